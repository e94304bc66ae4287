import { FUNCTION, ONE_AND_ONLY_PREFIX, ONE_AND_ONLY_SUFFIX } from './constants.ts';
import { isSupportedDataType, isValidLiteral } from './data-types.ts';
import { PolicyParseError } from './errors.ts';
import { isComparisonFunction, isValidPattern } from './match-functions.ts';
import type { ConditionExpression } from './policy-model.ts';
import { booleanAttribute, requiredAttribute } from './xml-access.ts';
import type { XmlElement } from './xml-tree.ts';

/** What an expression evaluates to, checked when parsing so evaluation never meets a type error. */
type ExpressionType = 'boolean' | 'single' | 'bag' | 'function';

interface Typed {
  readonly expression: ConditionExpression;
  readonly type: ExpressionType;
}

/** The `*-one-and-only` functions, one per supported data type. */
export const ONE_AND_ONLY_FUNCTIONS: ReadonlySet<string> = new Set(
  ['string', 'anyURI', 'integer', 'boolean', 'date', 'dateTime', 'time'].map(
    (type) => `${ONE_AND_ONLY_PREFIX}${type}${ONE_AND_ONLY_SUFFIX}`,
  ),
);

/**
 * Parses a `<Condition>`. Supported: `and`, `or`, `not`, the `*-one-and-only` functions, the comparison
 * functions also allowed in matches (plus integer ordering), and `any-of(function, value, bag)`. Anything
 * else is a parse error rather than a condition that silently never holds.
 */
export function parseCondition(
  condition: XmlElement,
  where: string,
  substitute: (text: string) => string,
): ConditionExpression {
  const expressions = condition.children.filter((child) => child.localName !== 'Description');
  if (expressions.length !== 1 || expressions[0] === undefined) {
    throw new PolicyParseError(`${where}: <Condition> must hold exactly one expression`);
  }
  const root = parseExpression(expressions[0], where, substitute);
  if (root.type !== 'boolean') throw new PolicyParseError(`${where}: <Condition> must evaluate to a boolean`);
  return root.expression;
}

function parseExpression(element: XmlElement, where: string, substitute: (text: string) => string): Typed {
  switch (element.localName) {
    case 'AttributeValue': {
      const dataType = requiredAttribute(element, 'DataType', where);
      if (!isSupportedDataType(dataType))
        throw new PolicyParseError(`${where}: unsupported data type ${dataType}`);
      const value = substitute(element.text);
      if (!isValidLiteral(dataType, value)) {
        throw new PolicyParseError(`${where}: "${value}" is not a valid ${dataType} value`);
      }
      return { expression: { kind: 'value', value, dataType }, type: 'single' };
    }
    case 'AttributeDesignator': {
      const dataType = requiredAttribute(element, 'DataType', where);
      if (!isSupportedDataType(dataType))
        throw new PolicyParseError(`${where}: unsupported data type ${dataType}`);
      return {
        expression: {
          kind: 'designator',
          attributeId: requiredAttribute(element, 'AttributeId', where),
          category: requiredAttribute(element, 'Category', where),
          dataType,
          mustBePresent: booleanAttribute(element, 'MustBePresent', where),
        },
        type: 'bag',
      };
    }
    case 'Function': {
      const functionId = requiredAttribute(element, 'FunctionId', where);
      if (!isComparisonFunction(functionId)) {
        throw new PolicyParseError(`${where}: unsupported function ${functionId} in <Function>`);
      }
      return { expression: { kind: 'function', functionId }, type: 'function' };
    }
    case 'Apply':
      return parseApply(element, where, substitute);
    default:
      throw new PolicyParseError(`${where}: <${element.localName}> is not supported in a condition`);
  }
}

function parseApply(element: XmlElement, where: string, substitute: (text: string) => string): Typed {
  const functionId = requiredAttribute(element, 'FunctionId', where);
  const args = element.children
    .filter((child) => child.localName !== 'Description')
    .map((child) => parseExpression(child, where, substitute));
  const types = args.map((arg) => arg.type);
  const apply = (type: ExpressionType): Typed => ({
    expression: { kind: 'apply', functionId, args: args.map((arg) => arg.expression) },
    type,
  });
  const fail = (expected: string): never => {
    throw new PolicyParseError(
      `${where}: ${functionId} expects ${expected}, got (${types.join(', ') || 'nothing'})`,
    );
  };

  if (functionId === FUNCTION.and || functionId === FUNCTION.or) {
    if (types.some((type) => type !== 'boolean')) fail('boolean arguments');
    return apply('boolean');
  }
  if (functionId === FUNCTION.not) {
    if (types.length !== 1 || types[0] !== 'boolean') fail('one boolean argument');
    return apply('boolean');
  }
  if (ONE_AND_ONLY_FUNCTIONS.has(functionId)) {
    if (types.length !== 1 || types[0] !== 'bag') fail('one attribute designator');
    return apply('single');
  }
  if (functionId === FUNCTION.anyOf) {
    if (types.length !== 3 || types[0] !== 'function' || types[1] !== 'single' || types[2] !== 'bag') {
      fail('(function, value, attribute designator)');
    }
    const [fn, pattern] = args.map((arg) => arg.expression);
    if (fn?.kind === 'function' && fn.functionId === FUNCTION.stringRegexpMatch) checkPattern(pattern, where);
    return apply('boolean');
  }
  if (isComparisonFunction(functionId)) {
    if (types.length !== 2 || types[0] !== 'single' || types[1] !== 'single') {
      fail('two single values (wrap an attribute designator in a *-one-and-only function)');
    }
    if (functionId === FUNCTION.stringRegexpMatch) checkPattern(args[0]?.expression, where);
    return apply('boolean');
  }
  throw new PolicyParseError(`${where}: unsupported condition function ${functionId}`);
}

function checkPattern(expression: ConditionExpression | undefined, where: string): void {
  if (expression?.kind === 'value' && !isValidPattern(expression.value)) {
    throw new PolicyParseError(`${where}: invalid regular expression "${expression.value}"`);
  }
}
