import { FUNCTION, XACML_3_NAMESPACE } from './constants.ts';
import { isSupportedDataType, isValidLiteral } from './data-types.ts';
import { PolicyParseError } from './errors.ts';
import { isValidPattern, MATCH_FUNCTION_IDS } from './match-functions.ts';
import { parseCondition } from './parse-condition.ts';
import type {
  AllOf,
  AnyOf,
  AttributeAssignment,
  Effect,
  Match,
  ObligationExpression,
  Policy,
  Rule,
  Target,
} from './policy-model.ts';
import {
  booleanAttribute,
  childrenNamed,
  optionalAttribute,
  optionalChild,
  requiredAttribute,
  requiredChild,
} from './xml-access.ts';
import { parseXmlTree, type XmlElement, XmlSyntaxError } from './xml-tree.ts';

/** The app a template policy belongs to; replaces `[ORG]`/`[org]` and `[APP]`/`[app]`. */
export interface PolicyPlaceholders {
  readonly org: string;
  readonly app: string;
}

export interface ParsePolicyOptions {
  readonly placeholders?: PolicyPlaceholders;
}

type Substitute = (text: string) => string;

/**
 * Reads an Altinn XACML 3.0 `policy.xml` (any namespace prefix, or none) into a `Policy`.
 * Throws `PolicyParseError` for malformed XML, a document that is not a policy, or a construct the
 * engine cannot evaluate.
 */
export function parsePolicy(xml: string, options: ParsePolicyOptions = {}): Policy {
  let root: XmlElement;
  try {
    root = parseXmlTree(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      const position = error.line === undefined ? undefined : { line: error.line, column: error.column ?? 0 };
      throw new PolicyParseError(error.message, position);
    }
    throw error;
  }
  if (root.localName === 'PolicySet') {
    throw new PolicyParseError('policy sets are not supported; expected a <Policy> root element');
  }
  if (root.localName !== 'Policy') {
    throw new PolicyParseError(
      `not a XACML policy: the root element is <${root.localName}>, expected <Policy>`,
    );
  }
  if (root.namespace !== undefined && root.namespace !== XACML_3_NAMESPACE) {
    throw new PolicyParseError(
      `not a XACML 3.0 policy: <Policy> is in namespace "${root.namespace}", expected "${XACML_3_NAMESPACE}"`,
    );
  }
  const substitute = makeSubstitute(options.placeholders);
  const id = substitute(requiredAttribute(root, 'PolicyId', 'policy'));
  const where = `policy ${id}`;
  const targetElement = optionalChild(root, 'Target', where);
  const description = optionalChild(root, 'Description', where)?.text;
  const rules = childrenNamed(root, 'Rule').map((rule, index) => parseRule(rule, index, substitute));
  const obligationsElement = optionalChild(root, 'ObligationExpressions', where);
  return {
    id,
    version: optionalAttribute(root, 'Version') ?? '1.0',
    ruleCombiningAlgId: requiredAttribute(root, 'RuleCombiningAlgId', where),
    ...(description ? { description: substitute(description) } : {}),
    target: targetElement === undefined ? [] : parseTarget(targetElement, `${where} target`, substitute),
    rules,
    obligations:
      obligationsElement === undefined ? [] : parseObligations(obligationsElement, where, substitute),
  };
}

function makeSubstitute(placeholders: PolicyPlaceholders | undefined): Substitute {
  if (placeholders === undefined) return (text) => text;
  const { org, app } = placeholders;
  return (text) =>
    text.replaceAll('[ORG]', org).replaceAll('[org]', org).replaceAll('[APP]', app).replaceAll('[app]', app);
}

function parseRule(element: XmlElement, index: number, substitute: Substitute): Rule {
  const id = substitute(requiredAttribute(element, 'RuleId', `rule #${index + 1}`));
  const where = `rule ${id} (#${index + 1})`;
  const effect = parseEffect(requiredAttribute(element, 'Effect', where), `${where} Effect`);
  const description = optionalChild(element, 'Description', where)?.text;
  const targetElement = optionalChild(element, 'Target', where);
  const conditionElement = optionalChild(element, 'Condition', where);
  const obligationsElement = optionalChild(element, 'ObligationExpressions', where);
  return {
    id,
    effect,
    ...(description ? { description: substitute(description) } : {}),
    target: targetElement === undefined ? [] : parseTarget(targetElement, where, substitute),
    ...(conditionElement === undefined
      ? {}
      : { condition: parseCondition(conditionElement, where, substitute) }),
    obligations:
      obligationsElement === undefined ? [] : parseObligations(obligationsElement, where, substitute),
  };
}

function parseEffect(value: string, where: string): Effect {
  if (value === 'Permit' || value === 'Deny') return value;
  throw new PolicyParseError(`${where}: "${value}" is neither Permit nor Deny`);
}

function parseTarget(element: XmlElement, where: string, substitute: Substitute): Target {
  return childrenNamed(element, 'AnyOf').map(
    (anyOf): AnyOf =>
      childrenNamed(anyOf, 'AllOf').map(
        (allOf): AllOf => childrenNamed(allOf, 'Match').map((match) => parseMatch(match, where, substitute)),
      ),
  );
}

function parseMatch(element: XmlElement, where: string, substitute: Substitute): Match {
  const matchId = requiredAttribute(element, 'MatchId', where);
  if (!MATCH_FUNCTION_IDS.has(matchId))
    throw new PolicyParseError(`${where}: unsupported MatchId ${matchId}`);
  if (optionalChild(element, 'AttributeSelector', where) !== undefined) {
    throw new PolicyParseError(`${where}: <AttributeSelector> is not supported`);
  }
  const valueElement = requiredChild(element, 'AttributeValue', `${where} <Match>`);
  const designator = requiredChild(element, 'AttributeDesignator', `${where} <Match>`);
  const dataType = requiredAttribute(valueElement, 'DataType', where);
  if (!isSupportedDataType(dataType))
    throw new PolicyParseError(`${where}: unsupported data type ${dataType}`);
  const value = substitute(valueElement.text);
  if (!isValidLiteral(dataType, value)) {
    throw new PolicyParseError(`${where}: "${value}" is not a valid ${dataType} value`);
  }
  if (matchId === FUNCTION.stringRegexpMatch && !isValidPattern(value)) {
    throw new PolicyParseError(`${where}: invalid regular expression "${value}"`);
  }
  const issuer = optionalAttribute(designator, 'Issuer');
  return {
    matchId,
    value,
    dataType,
    attributeId: requiredAttribute(designator, 'AttributeId', where),
    category: requiredAttribute(designator, 'Category', where),
    mustBePresent: booleanAttribute(designator, 'MustBePresent', where),
    ...(issuer === undefined ? {} : { issuer }),
  };
}

function parseObligations(
  element: XmlElement,
  where: string,
  substitute: Substitute,
): ObligationExpression[] {
  return childrenNamed(element, 'ObligationExpression').map((obligation) => {
    const id = requiredAttribute(obligation, 'ObligationId', `${where} obligation`);
    const here = `${where} obligation ${id}`;
    return {
      id,
      fulfillOn: parseEffect(requiredAttribute(obligation, 'FulfillOn', here), `${here} FulfillOn`),
      attributeAssignments: childrenNamed(obligation, 'AttributeAssignmentExpression').map((assignment) =>
        parseAssignment(assignment, here, substitute),
      ),
    };
  });
}

function parseAssignment(element: XmlElement, where: string, substitute: Substitute): AttributeAssignment {
  const attributeId = requiredAttribute(element, 'AttributeId', where);
  const expressions = element.children.filter((child) => child.localName !== 'Description');
  const literal = expressions[0];
  if (expressions.length !== 1 || literal?.localName !== 'AttributeValue') {
    throw new PolicyParseError(`${where}: only a literal <AttributeValue> is supported in an assignment`);
  }
  const dataType = requiredAttribute(literal, 'DataType', where);
  const issuer = optionalAttribute(element, 'Issuer');
  return {
    attributeId,
    category: optionalAttribute(element, 'Category') ?? '',
    dataType,
    value: substitute(literal.text),
    ...(issuer === undefined ? {} : { issuer }),
  };
}
