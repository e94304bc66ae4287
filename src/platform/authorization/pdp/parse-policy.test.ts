import { describe, expect, it } from 'vitest';
import { CATEGORY, DATA_TYPE, FUNCTION, RULE_COMBINING } from './constants.ts';
import { PolicyParseError } from './errors.ts';
import { parsePolicy } from './parse-policy.ts';

const NS = 'urn:oasis:names:tc:xacml:3.0:core:schema:wd-17';
const STRING = DATA_TYPE.string;

/** A template-style policy written with element prefix `p` ('' for the default namespace). */
function templatePolicy(p: string, extraRuleContent = ''): string {
  const t = p === '' ? '' : `${p}:`;
  const ns = p === '' ? `xmlns="${NS}"` : `xmlns:${p}="${NS}"`;
  return `<?xml version="1.0" encoding="utf-8"?>
<${t}Policy PolicyId="urn:altinn:resource:app_[ORG]_[APP]:policyid:1" Version="1.0" RuleCombiningAlgId="${RULE_COMBINING.denyOverrides}" ${ns}>
  <${t}Target />
  <${t}Rule RuleId="urn:altinn:resource:app_[ORG]_[APP]:policyid:1:ruleid:1" Effect="Permit">
    <${t}Description>Owner [org] of [app]</${t}Description>
    <${t}Target>
      <${t}AnyOf>
        <${t}AllOf>
          <${t}Match MatchId="${FUNCTION.stringEqualIgnoreCase}">
            <${t}AttributeValue DataType="${STRING}">dagl</${t}AttributeValue>
            <${t}AttributeDesignator AttributeId="urn:altinn:rolecode" Category="${CATEGORY.accessSubject}" DataType="${STRING}" MustBePresent="false" />
          </${t}Match>
        </${t}AllOf>
        <${t}AllOf>
          <${t}Match MatchId="${FUNCTION.stringEqualIgnoreCase}">
            <${t}AttributeValue DataType="${STRING}">[org]</${t}AttributeValue>
            <${t}AttributeDesignator AttributeId="urn:altinn:org" Category="${CATEGORY.accessSubject}" DataType="${STRING}" MustBePresent="true" />
          </${t}Match>
        </${t}AllOf>
      </${t}AnyOf>
      <${t}AnyOf>
        <${t}AllOf>
          <${t}Match MatchId="${FUNCTION.stringEqual}">
            <${t}AttributeValue DataType="${STRING}">[ORG]</${t}AttributeValue>
            <${t}AttributeDesignator AttributeId="urn:altinn:org" Category="${CATEGORY.resource}" DataType="${STRING}" MustBePresent="false" />
          </${t}Match>
          <${t}Match MatchId="${FUNCTION.stringEqual}">
            <${t}AttributeValue DataType="${STRING}">[APP]</${t}AttributeValue>
            <${t}AttributeDesignator AttributeId="urn:altinn:app" Category="${CATEGORY.resource}" DataType="${STRING}" MustBePresent="false" />
          </${t}Match>
        </${t}AllOf>
      </${t}AnyOf>
      <${t}AnyOf>
        <${t}AllOf>
          <${t}Match MatchId="${FUNCTION.stringEqualIgnoreCase}">
            <${t}AttributeValue DataType="${STRING}">read</${t}AttributeValue>
            <${t}AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="${CATEGORY.action}" DataType="${STRING}" MustBePresent="false" />
          </${t}Match>
        </${t}AllOf>
      </${t}AnyOf>
    </${t}Target>
    ${extraRuleContent}
  </${t}Rule>
  <${t}ObligationExpressions>
    <${t}ObligationExpression ObligationId="urn:altinn:obligation:authenticationLevel1" FulfillOn="Permit">
      <${t}AttributeAssignmentExpression AttributeId="urn:altinn:obligation1-assignment1" Category="urn:altinn:minimum-authenticationlevel">
        <${t}AttributeValue DataType="${DATA_TYPE.integer}">2</${t}AttributeValue>
      </${t}AttributeAssignmentExpression>
    </${t}ObligationExpression>
  </${t}ObligationExpressions>
</${t}Policy>`;
}

function expectParseError(xml: string, message: RegExp): PolicyParseError {
  let caught: unknown;
  try {
    parsePolicy(xml);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PolicyParseError);
  expect((caught as PolicyParseError).message).toMatch(message);
  return caught as PolicyParseError;
}

/** A minimal policy whose single rule target holds `match`. */
function withMatch(match: string): string {
  return `<Policy xmlns="${NS}" PolicyId="p" RuleCombiningAlgId="${RULE_COMBINING.denyOverrides}">
    <Target/><Rule RuleId="r" Effect="Permit"><Target><AnyOf><AllOf>${match}</AllOf></AnyOf></Target></Rule></Policy>`;
}

function match(matchId: string, value: string, dataType: string = STRING): string {
  return `<Match MatchId="${matchId}"><AttributeValue DataType="${dataType}">${value}</AttributeValue>
    <AttributeDesignator AttributeId="a" Category="${CATEGORY.resource}" DataType="${dataType}" MustBePresent="false"/></Match>`;
}

describe('parsePolicy', () => {
  it('reads the xacml: prefixed template into the model', () => {
    const policy = parsePolicy(templatePolicy('xacml'));
    expect(policy.id).toBe('urn:altinn:resource:app_[ORG]_[APP]:policyid:1');
    expect(policy.version).toBe('1.0');
    expect(policy.ruleCombiningAlgId).toBe(RULE_COMBINING.denyOverrides);
    expect(policy.target).toEqual([]);
    expect(policy.rules).toHaveLength(1);
    const [rule] = policy.rules;
    expect(rule?.id).toBe('urn:altinn:resource:app_[ORG]_[APP]:policyid:1:ruleid:1');
    expect(rule?.effect).toBe('Permit');
    expect(rule?.description).toBe('Owner [org] of [app]');
    expect(rule?.condition).toBeUndefined();
    expect(rule?.target).toHaveLength(3);
    expect(rule?.target[0]).toEqual([
      [
        {
          matchId: FUNCTION.stringEqualIgnoreCase,
          value: 'dagl',
          dataType: STRING,
          attributeId: 'urn:altinn:rolecode',
          category: CATEGORY.accessSubject,
          mustBePresent: false,
        },
      ],
      [
        {
          matchId: FUNCTION.stringEqualIgnoreCase,
          value: '[org]',
          dataType: STRING,
          attributeId: 'urn:altinn:org',
          category: CATEGORY.accessSubject,
          mustBePresent: true,
        },
      ],
    ]);
    expect(rule?.target[1]?.[0]?.map((m) => m.value)).toEqual(['[ORG]', '[APP]']);
    expect(policy.obligations).toEqual([
      {
        id: 'urn:altinn:obligation:authenticationLevel1',
        fulfillOn: 'Permit',
        attributeAssignments: [
          {
            attributeId: 'urn:altinn:obligation1-assignment1',
            category: 'urn:altinn:minimum-authenticationlevel',
            dataType: DATA_TYPE.integer,
            value: '2',
          },
        ],
      },
    ]);
  });

  it('reads the same policy with no prefix or any other prefix', () => {
    const reference = parsePolicy(templatePolicy('xacml'));
    expect(parsePolicy(templatePolicy(''))).toEqual(reference);
    expect(parsePolicy(templatePolicy('x3'))).toEqual(reference);
  });

  it('accepts a policy in no namespace at all and a leading byte order mark', () => {
    const noNamespace = templatePolicy('').replace(` xmlns="${NS}"`, '');
    expect(parsePolicy(noNamespace).rules).toHaveLength(1);
    expect(parsePolicy(`\uFEFF${templatePolicy('xacml')}`).rules).toHaveLength(1);
  });

  it('replaces the [ORG]/[org]/[APP]/[app] placeholders when given', () => {
    const policy = parsePolicy(templatePolicy('xacml'), { placeholders: { org: 'ttd', app: 'my-app' } });
    expect(policy.id).toBe('urn:altinn:resource:app_ttd_my-app:policyid:1');
    const [rule] = policy.rules;
    expect(rule?.id).toBe('urn:altinn:resource:app_ttd_my-app:policyid:1:ruleid:1');
    expect(rule?.description).toBe('Owner ttd of my-app');
    expect(rule?.target[0]?.[1]?.[0]?.value).toBe('ttd');
    expect(rule?.target[1]?.[0]?.map((m) => m.value)).toEqual(['ttd', 'my-app']);
  });

  it('keeps several rules with the same RuleId, as real policies have them', () => {
    const xml = `<Policy xmlns="${NS}" PolicyId="p" RuleCombiningAlgId="x">
      <Rule RuleId="r" Effect="Permit"/><Rule RuleId="r" Effect="Deny"/></Policy>`;
    const policy = parsePolicy(xml);
    expect(policy.rules.map((r) => r.effect)).toEqual(['Permit', 'Deny']);
    expect(policy.rules[0]?.target).toEqual([]);
    expect(policy.target).toEqual([]);
  });

  it('decodes entities in values', () => {
    const policy = parsePolicy(withMatch(match(FUNCTION.stringEqual, 'a &amp; b')));
    expect(policy.rules[0]?.target[0]?.[0]?.[0]?.value).toBe('a & b');
  });

  it('rejects malformed XML with its position', () => {
    const error = expectParseError('<Policy><Rule></Policy>', /malformed XML at line 1/);
    expect(error.line).toBe(1);
    expectParseError(templatePolicy('xacml').replace('</xacml:Policy>', ''), /malformed XML/);
    expectParseError('', /empty/);
    expectParseError('just text', /malformed XML|root element/);
  });

  it('rejects an undeclared prefix', () => {
    expectParseError('<x:Policy PolicyId="p" RuleCombiningAlgId="a"/>', /undeclared namespace prefix "x"/);
  });

  it('rejects XML that is not a XACML 3.0 policy', () => {
    expectParseError(
      '<configuration><x/></configuration>',
      /not a XACML policy: the root element is <configuration>/,
    );
    expectParseError(`<PolicySet xmlns="${NS}"/>`, /policy sets are not supported/);
    expectParseError(
      '<Policy xmlns="urn:oasis:names:tc:xacml:2.0:policy:schema:os" PolicyId="p" RuleCombiningAlgId="a"/>',
      /not a XACML 3.0 policy/,
    );
    expectParseError('<!DOCTYPE x [<!ENTITY a "b">]><Policy/>', /DOCTYPE/);
  });

  it('rejects missing required attributes and bad effects', () => {
    expectParseError(`<Policy xmlns="${NS}" RuleCombiningAlgId="a"/>`, /missing the PolicyId attribute/);
    expectParseError(`<Policy xmlns="${NS}" PolicyId="p"/>`, /missing the RuleCombiningAlgId attribute/);
    expectParseError(
      `<Policy xmlns="${NS}" PolicyId="p" RuleCombiningAlgId="a"><Rule Effect="Permit"/></Policy>`,
      /missing the RuleId attribute/,
    );
    expectParseError(
      `<Policy xmlns="${NS}" PolicyId="p" RuleCombiningAlgId="a"><Rule RuleId="r" Effect="Allow"/></Policy>`,
      /"Allow" is neither Permit nor Deny/,
    );
  });

  it('rejects matches the engine cannot evaluate', () => {
    expectParseError(withMatch(match('urn:example:function:soundex', 'x')), /unsupported MatchId/);
    expectParseError(
      withMatch(match(FUNCTION.stringEqual, '1.5', 'http://www.w3.org/2001/XMLSchema#double')),
      /unsupported data type/,
    );
    expectParseError(
      withMatch(match(FUNCTION.integerEqual, 'ten', DATA_TYPE.integer)),
      /not a valid .*integer/,
    );
    expectParseError(withMatch(match(FUNCTION.stringRegexpMatch, '(unclosed')), /invalid regular expression/);
    expectParseError(
      withMatch(`<Match MatchId="${FUNCTION.stringEqual}"><AttributeValue DataType="${STRING}">x</AttributeValue>
        <AttributeSelector Path="/a" Category="${CATEGORY.resource}" DataType="${STRING}" MustBePresent="false"/></Match>`),
      /AttributeSelector.* not supported/,
    );
    expectParseError(
      withMatch(
        `<Match MatchId="${FUNCTION.stringEqual}"><AttributeValue DataType="${STRING}">x</AttributeValue></Match>`,
      ),
      /no <AttributeDesignator>/,
    );
    expectParseError(
      withMatch(`<Match MatchId="${FUNCTION.stringEqual}"><AttributeValue DataType="${STRING}">x</AttributeValue>
        <AttributeDesignator AttributeId="a" Category="c" DataType="${STRING}" MustBePresent="maybe"/></Match>`),
      /MustBePresent="maybe" is not a boolean/,
    );
  });

  it('rejects obligations that are not literal values', () => {
    const xml = `<Policy xmlns="${NS}" PolicyId="p" RuleCombiningAlgId="a"><ObligationExpressions>
      <ObligationExpression ObligationId="o" FulfillOn="Permit"><AttributeAssignmentExpression AttributeId="x">
      <AttributeDesignator AttributeId="a" Category="c" DataType="${STRING}" MustBePresent="false"/>
      </AttributeAssignmentExpression></ObligationExpression></ObligationExpressions></Policy>`;
    expectParseError(xml, /only a literal <AttributeValue>/);
  });

  describe('conditions', () => {
    const designator = (id: string, type: string = STRING) =>
      `<AttributeDesignator AttributeId="${id}" Category="${CATEGORY.accessSubject}" DataType="${type}" MustBePresent="false"/>`;
    const withCondition = (expression: string) => templatePolicy('', `<Condition>${expression}</Condition>`);

    it('parses the supported subset', () => {
      const xml = withCondition(`<Apply FunctionId="${FUNCTION.and}">
        <Apply FunctionId="${FUNCTION.integerGreaterThanOrEqual}">
          <Apply FunctionId="urn:oasis:names:tc:xacml:1.0:function:integer-one-and-only">${designator('urn:altinn:authlevel', DATA_TYPE.integer)}</Apply>
          <AttributeValue DataType="${DATA_TYPE.integer}">3</AttributeValue>
        </Apply>
        <Apply FunctionId="${FUNCTION.anyOf}"><Function FunctionId="${FUNCTION.stringEqual}"/>
          <AttributeValue DataType="${STRING}">altinn:portal/enduser</AttributeValue>${designator('urn:scope')}</Apply>
      </Apply>`);
      const condition = parsePolicy(xml).rules[0]?.condition;
      expect(condition?.kind).toBe('apply');
      expect(condition?.kind === 'apply' ? condition.args.map((a) => a.kind) : []).toEqual([
        'apply',
        'apply',
      ]);
    });

    it('rejects what it does not support', () => {
      expectParseError(
        withCondition(
          `<Apply FunctionId="urn:oasis:names:tc:xacml:1.0:function:string-bag-size">${designator('a')}</Apply>`,
        ),
        /unsupported condition function/,
      );
      expectParseError(
        withCondition('<VariableReference VariableId="v"/>'),
        /VariableReference> is not supported/,
      );
      expectParseError(
        withCondition(`<AttributeValue DataType="${STRING}">x</AttributeValue>`),
        /must evaluate to a boolean/,
      );
      expectParseError(
        withCondition(
          `<Apply FunctionId="${FUNCTION.stringEqual}">${designator('a')}<AttributeValue DataType="${STRING}">x</AttributeValue></Apply>`,
        ),
        /one-and-only/,
      );
      expectParseError(withCondition(''), /exactly one expression/);
    });
  });
});
