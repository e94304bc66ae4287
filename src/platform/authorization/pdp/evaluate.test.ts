import { describe, expect, it } from 'vitest';
import { ATTRIBUTE, CATEGORY, DATA_TYPE, FUNCTION, RULE_COMBINING, STATUS_CODE } from './constants.ts';
import { evaluatePolicy } from './evaluate.ts';
import { parsePolicy } from './parse-policy.ts';
import type { Effect, Match, ObligationExpression, Policy, Rule, Target } from './policy-model.ts';
import type { IndividualRequest, RequestAttribute } from './request-model.ts';

const S = CATEGORY.accessSubject;
const R = CATEGORY.resource;
const A = CATEGORY.action;
const STRING = DATA_TYPE.string;

function m(
  category: string,
  attributeId: string,
  value: string,
  options: { matchId?: string; dataType?: string; mustBePresent?: boolean } = {},
): Match {
  return {
    matchId: options.matchId ?? FUNCTION.stringEqual,
    value,
    dataType: options.dataType ?? STRING,
    attributeId,
    category,
    mustBePresent: options.mustBePresent ?? false,
  };
}
const role = (code: string) => m(S, ATTRIBUTE.roleCode, code, { matchId: FUNCTION.stringEqualIgnoreCase });
const action = (name: string) => m(A, ATTRIBUTE.actionId, name, { matchId: FUNCTION.stringEqualIgnoreCase });
const appMatches = [m(R, ATTRIBUTE.org, 'ttd'), m(R, ATTRIBUTE.app, 'app')];

function rule(effect: Effect, target: Target, extra: Partial<Rule> = {}): Rule {
  return { id: `rule-${effect}`, effect, target, obligations: [], ...extra };
}

const OBLIGATION: ObligationExpression = {
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
};

function policy(rules: Rule[], extra: Partial<Policy> = {}): Policy {
  return {
    id: 'urn:altinn:policyid:1',
    version: '1.0',
    ruleCombiningAlgId: RULE_COMBINING.denyOverrides,
    target: [],
    rules,
    obligations: [],
    ...extra,
  };
}

type Attr = [attributeId: string, value: string, options?: Partial<RequestAttribute>];
function request(categories: Partial<Record<string, Attr[]>>): IndividualRequest {
  return {
    categories: Object.entries(categories).map(([categoryId, attributes]) => ({
      categoryId,
      attributes: (attributes ?? []).map(([attributeId, value, options]) => ({
        attributeId,
        value,
        dataType: STRING,
        includeInResult: false,
        ...options,
      })),
    })),
  };
}
const appResource = (...extra: Attr[]): Attr[] => [[ATTRIBUTE.org, 'ttd'], [ATTRIBUTE.app, 'app'], ...extra];
const doing = (name: string): Attr[] => [[ATTRIBUTE.actionId, name]];
const withRoles = (...codes: string[]): Attr[] => codes.map((code): Attr => [ATTRIBUTE.roleCode, code]);

const daglReads = policy([rule('Permit', [[[role('dagl')]], [appMatches], [[action('read')]]])]);

describe('evaluatePolicy', () => {
  it('permits when resource, action and subject all match', () => {
    const result = evaluatePolicy(
      daglReads,
      request({ [S]: withRoles('DAGL'), [R]: appResource(), [A]: doing('read') }),
    );
    expect(result).toEqual({ decision: 'Permit', status: { statusCode: { value: STATUS_CODE.ok } } });
  });

  it('is NotApplicable with no candidate rule (resource or action differ)', () => {
    for (const [resource, act] of [
      [appResource(), 'write'],
      [
        [
          [ATTRIBUTE.org, 'ttd'],
          [ATTRIBUTE.app, 'other'],
        ] as Attr[],
        'read',
      ],
      [[[ATTRIBUTE.org, 'ttd']] as Attr[], 'read'],
    ] as const) {
      const result = evaluatePolicy(
        daglReads,
        request({ [S]: withRoles('DAGL'), [R]: resource, [A]: doing(act) }),
      );
      expect(result.decision).toBe('NotApplicable');
      expect(result.status.statusCode.value).toBe(STATUS_CODE.ok);
    }
  });

  it('is NotApplicable when a candidate rule does not match the subject', () => {
    expect(
      evaluatePolicy(daglReads, request({ [S]: withRoles('REGNA'), [R]: appResource(), [A]: doing('read') }))
        .decision,
    ).toBe('NotApplicable');
    expect(evaluatePolicy(daglReads, request({ [R]: appResource(), [A]: doing('read') })).decision).toBe(
      'NotApplicable',
    );
  });

  it('looks only at the matches of the category being evaluated, wherever they sit in the target', () => {
    // As in several real policies: the action match sits inside the resource AllOf.
    const mixed = policy([
      rule('Permit', [[[role('dagl')]], [[...appMatches, m(A, ATTRIBUTE.actionId, 'delete')]]]),
    ]);
    const base = { [S]: withRoles('dagl'), [R]: appResource() };
    expect(evaluatePolicy(mixed, request({ ...base, [A]: doing('delete') })).decision).toBe('Permit');
    expect(evaluatePolicy(mixed, request({ ...base, [A]: doing('read') })).decision).toBe('NotApplicable');
  });

  it('treats any AllOf in any AnyOf as enough: two AnyOf blocks of one category are OR', () => {
    const twoBlocks = policy([
      rule('Permit', [[[role('dagl')]], [[role('regna')]], [appMatches], [[action('read')]]]),
    ]);
    const base = { [R]: appResource(), [A]: doing('read') };
    expect(evaluatePolicy(twoBlocks, request({ ...base, [S]: withRoles('REGNA') })).decision).toBe('Permit');
    expect(evaluatePolicy(twoBlocks, request({ ...base, [S]: withRoles('DAGL') })).decision).toBe('Permit');
    expect(evaluatePolicy(twoBlocks, request({ ...base, [S]: withRoles('PRIV') })).decision).toBe(
      'NotApplicable',
    );
  });

  it('requires every match of the category within one AllOf', () => {
    const both = policy([rule('Permit', [[[role('dagl'), m(S, ATTRIBUTE.authLevel, '3')]], [appMatches]])]);
    const base = { [R]: appResource(), [A]: doing('read') };
    expect(
      evaluatePolicy(both, request({ ...base, [S]: [...withRoles('dagl'), [ATTRIBUTE.authLevel, '3']] }))
        .decision,
    ).toBe('Permit');
    expect(
      evaluatePolicy(both, request({ ...base, [S]: [...withRoles('dagl'), [ATTRIBUTE.authLevel, '2']] }))
        .decision,
    ).toBe('NotApplicable');
  });

  it('treats a category the target has no match for as a wildcard', () => {
    const anyoneAnything = policy([rule('Permit', [[appMatches]])]);
    expect(
      evaluatePolicy(anyoneAnything, request({ [R]: appResource(), [A]: doing('whatever') })).decision,
    ).toBe('Permit');
    expect(evaluatePolicy(anyoneAnything, request({ [R]: appResource() })).decision).toBe('Permit');
  });

  it('matches org+app rules in every task and without one, task rules only in their task', () => {
    const policyWithTasks = policy([
      rule('Permit', [[[role('dagl')]], [appMatches], [[action('read')]]]),
      rule('Permit', [
        [[role('dagl')]],
        [[...appMatches, m(R, ATTRIBUTE.task, 'Task_1')]],
        [[action('write')]],
      ]),
    ]);
    const decide = (act: string, ...extra: Attr[]) =>
      evaluatePolicy(
        policyWithTasks,
        request({ [S]: withRoles('dagl'), [R]: appResource(...extra), [A]: doing(act) }),
      ).decision;
    expect(decide('read')).toBe('Permit');
    expect(decide('read', [ATTRIBUTE.task, 'Task_9'])).toBe('Permit');
    expect(decide('write', [ATTRIBUTE.task, 'Task_1'])).toBe('Permit');
    expect(decide('write', [ATTRIBUTE.task, 'Task_2'])).toBe('NotApplicable');
    expect(decide('write', [ATTRIBUTE.task, 'task_1'])).toBe('NotApplicable');
    expect(decide('write')).toBe('NotApplicable');
    expect(decide('write', [ATTRIBUTE.endEvent, 'Task_1'])).toBe('NotApplicable');
  });

  it('matches when any value of a multi-valued attribute satisfies the match', () => {
    const result = evaluatePolicy(
      daglReads,
      request({
        [S]: withRoles('UTINN', 'PRIV', 'dagl'),
        [R]: appResource(),
        [A]: [
          [ATTRIBUTE.actionId, 'write'],
          [ATTRIBUTE.actionId, 'read'],
        ],
      }),
    );
    expect(result.decision).toBe('Permit');
  });

  it('compares string-equal case-sensitively and string-equal-ignore-case not', () => {
    const exact = policy([
      rule('Permit', [[[m(S, ATTRIBUTE.org, 'ttd')]], [appMatches], [[m(A, ATTRIBUTE.actionId, 'read')]]]),
    ]);
    const decide = (org: string, act: string) =>
      evaluatePolicy(exact, request({ [S]: [[ATTRIBUTE.org, org]], [R]: appResource(), [A]: doing(act) }))
        .decision;
    expect(decide('ttd', 'read')).toBe('Permit');
    expect(decide('TTD', 'read')).toBe('NotApplicable');
    expect(decide('ttd', 'Read')).toBe('NotApplicable');
    expect(
      evaluatePolicy(daglReads, request({ [S]: withRoles('DaGl'), [R]: appResource(), [A]: doing('READ') }))
        .decision,
    ).toBe('Permit');
  });

  it('only matches values of the same data type', () => {
    const result = evaluatePolicy(
      daglReads,
      request({
        [S]: [[ATTRIBUTE.roleCode, 'dagl', { dataType: DATA_TYPE.anyURI }]],
        [R]: appResource(),
        [A]: doing('read'),
      }),
    );
    expect(result.decision).toBe('NotApplicable');
  });

  describe('match functions', () => {
    const single = (match: Match, value: string, dataType: string = STRING) =>
      evaluatePolicy(
        policy([rule('Permit', [[[match]]])]),
        request({ [R]: [[match.attributeId, value, { dataType }]] }),
      ).decision === 'Permit';

    it('anyURI-equal', () => {
      const match = m(R, 'u', 'urn:altinn:x', { matchId: FUNCTION.anyUriEqual, dataType: DATA_TYPE.anyURI });
      expect(single(match, 'urn:altinn:x', DATA_TYPE.anyURI)).toBe(true);
      expect(single(match, 'urn:altinn:y', DATA_TYPE.anyURI)).toBe(false);
    });

    it('integer-equal compares numbers', () => {
      const match = m(R, 'n', '7', { matchId: FUNCTION.integerEqual, dataType: DATA_TYPE.integer });
      expect(single(match, '007', DATA_TYPE.integer)).toBe(true);
      expect(single(match, '+7', DATA_TYPE.integer)).toBe(true);
      expect(single(match, '8', DATA_TYPE.integer)).toBe(false);
    });

    it('string-is-in is a substring test on the request value', () => {
      const match = m(R, 's', 'enduser', { matchId: FUNCTION.stringIsIn });
      expect(single(match, 'altinn:portal/enduser altinn:instances.read')).toBe(true);
      expect(single(match, 'altinn:portal/admin')).toBe(false);
    });

    it('string-regexp-match', () => {
      const match = m(R, 's', '^Task_[0-9]+$', { matchId: FUNCTION.stringRegexpMatch });
      expect(single(match, 'Task_12')).toBe(true);
      expect(single(match, 'Task_x')).toBe(false);
    });

    it('date, time and dateTime equality', () => {
      const date = m(R, 'd', '2024-05-17', { matchId: FUNCTION.dateEqual, dataType: DATA_TYPE.date });
      expect(single(date, '2024-05-17', DATA_TYPE.date)).toBe(true);
      expect(single(date, '2024-05-18', DATA_TYPE.date)).toBe(false);
      const time = m(R, 't', '10:00:00.50', { matchId: FUNCTION.timeEqual, dataType: DATA_TYPE.time });
      expect(single(time, '10:00:00.5', DATA_TYPE.time)).toBe(true);
      expect(single(time, '10:00:01', DATA_TYPE.time)).toBe(false);
      const dateTime = m(R, 'dt', '2024-05-17T12:00:00Z', {
        matchId: FUNCTION.dateTimeEqual,
        dataType: DATA_TYPE.dateTime,
      });
      expect(single(dateTime, '2024-05-17T14:00:00+02:00', DATA_TYPE.dateTime)).toBe(true);
      expect(single(dateTime, '2024-05-17T12:00:01Z', DATA_TYPE.dateTime)).toBe(false);
    });
  });

  it('is Indeterminate (missing-attribute) when a MustBePresent attribute is absent', () => {
    const strict = policy([
      rule('Permit', [
        [[m(S, ATTRIBUTE.userId, '1', { mustBePresent: true })]],
        [[...appMatches, m(R, ATTRIBUTE.task, 'Task_1', { mustBePresent: true })]],
      ]),
    ]);
    const missingTask = evaluatePolicy(
      strict,
      request({ [S]: [[ATTRIBUTE.userId, '1']], [R]: appResource() }),
    );
    expect(missingTask.decision).toBe('Indeterminate');
    expect(missingTask.status.statusCode.value).toBe(STATUS_CODE.missingAttribute);
    expect(missingTask.status.statusMessage).toContain(ATTRIBUTE.task);

    const missingUser = evaluatePolicy(strict, request({ [R]: appResource([ATTRIBUTE.task, 'Task_1']) }));
    expect(missingUser.decision).toBe('Indeterminate');
    expect(missingUser.status.statusCode.value).toBe(STATUS_CODE.missingAttribute);

    const present = evaluatePolicy(
      strict,
      request({ [S]: [[ATTRIBUTE.userId, '1']], [R]: appResource([ATTRIBUTE.task, 'Task_2']) }),
    );
    expect(present.decision).toBe('NotApplicable');
    const matched = evaluatePolicy(
      strict,
      request({ [S]: [[ATTRIBUTE.userId, '1']], [R]: appResource([ATTRIBUTE.task, 'Task_1']) }),
    );
    expect(matched.decision).toBe('Permit');
  });

  describe('rule combining', () => {
    const permitRead = rule('Permit', [[appMatches], [[action('read')]]]);
    const denyRead = rule('Deny', [[[role('priv')]], [appMatches], [[action('read')]]]);
    const req = (...roles: string[]) =>
      request({ [S]: withRoles(...roles), [R]: appResource(), [A]: doing('read') });

    it('deny-overrides: a matching Deny wins whatever the rule order', () => {
      expect(
        evaluatePolicy(policy([permitRead, denyRead], { obligations: [OBLIGATION] }), req('priv')),
      ).toEqual({
        decision: 'Deny',
        status: { statusCode: { value: STATUS_CODE.ok } },
      });
      expect(evaluatePolicy(policy([denyRead, permitRead]), req('priv')).decision).toBe('Deny');
      expect(evaluatePolicy(policy([permitRead, denyRead]), req('dagl')).decision).toBe('Permit');
    });

    it('other algorithms: any Permit permits and a Deny alone is not applicable', () => {
      const permitOverrides = 'urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides';
      expect(
        evaluatePolicy(policy([denyRead, permitRead], { ruleCombiningAlgId: permitOverrides }), req('priv'))
          .decision,
      ).toBe('Permit');
      expect(
        evaluatePolicy(policy([denyRead], { ruleCombiningAlgId: permitOverrides }), req('priv')).decision,
      ).toBe('NotApplicable');
    });
  });

  describe('obligations', () => {
    const withObligations = policy([rule('Permit', [[[role('dagl')]], [appMatches]])], {
      obligations: [OBLIGATION, { id: 'on-deny', fulfillOn: 'Deny', attributeAssignments: [] }],
    });

    it('copies FulfillOn=Permit obligations into a Permit', () => {
      const result = evaluatePolicy(withObligations, request({ [S]: withRoles('dagl'), [R]: appResource() }));
      expect(result.obligations).toEqual([
        {
          id: 'urn:altinn:obligation:authenticationLevel1',
          attributeAssignment: [
            {
              attributeId: 'urn:altinn:obligation1-assignment1',
              value: '2',
              category: 'urn:altinn:minimum-authenticationlevel',
              dataType: DATA_TYPE.integer,
            },
          ],
        },
      ]);
    });

    it('adds none to other decisions', () => {
      const result = evaluatePolicy(withObligations, request({ [S]: withRoles('priv'), [R]: appResource() }));
      expect(result.decision).toBe('NotApplicable');
      expect(result.obligations).toBeUndefined();
    });

    it('appends additional obligations and permitting rules’ own', () => {
      const ruleObligation: ObligationExpression = {
        id: 'rule-level',
        fulfillOn: 'Permit',
        attributeAssignments: [],
      };
      const p = policy([rule('Permit', [[appMatches]], { obligations: [ruleObligation] })], {
        obligations: [OBLIGATION],
      });
      const result = evaluatePolicy(p, request({ [R]: appResource() }), {
        additionalObligations: [{ id: 'from-app', fulfillOn: 'Permit', attributeAssignments: [] }],
      });
      expect(result.obligations?.map((o) => o.id)).toEqual([OBLIGATION.id, 'rule-level', 'from-app']);
    });
  });

  it('echoes IncludeInResult attributes per category object, whatever the decision', () => {
    const req: IndividualRequest = {
      categories: [
        {
          categoryId: S,
          id: 's1',
          attributes: [
            { attributeId: ATTRIBUTE.userId, value: '1', dataType: STRING, includeInResult: false },
          ],
        },
        {
          categoryId: A,
          id: 'a1',
          attributes: [
            {
              attributeId: ATTRIBUTE.actionId,
              value: 'write',
              dataType: STRING,
              issuer: 'Altinn',
              includeInResult: true,
            },
          ],
        },
        {
          categoryId: R,
          id: 'r1',
          attributes: [
            { attributeId: ATTRIBUTE.org, value: 'ttd', dataType: STRING, includeInResult: false },
            { attributeId: ATTRIBUTE.app, value: 'app', dataType: STRING, includeInResult: false },
            { attributeId: ATTRIBUTE.instanceId, value: '1/abc', dataType: STRING, includeInResult: true },
          ],
        },
      ],
    };
    const result = evaluatePolicy(daglReads, req);
    expect(result.decision).toBe('NotApplicable');
    expect(result.category).toEqual([
      {
        categoryId: A,
        id: 'a1',
        attribute: [
          {
            attributeId: ATTRIBUTE.actionId,
            value: 'write',
            dataType: STRING,
            issuer: 'Altinn',
            includeInResult: true,
          },
        ],
      },
      {
        categoryId: R,
        id: 'r1',
        attribute: [
          { attributeId: ATTRIBUTE.instanceId, value: '1/abc', dataType: STRING, includeInResult: true },
        ],
      },
    ]);
  });

  it('lists the policy when asked and the policy applied', () => {
    const req = request({ [S]: withRoles('dagl'), [R]: appResource(), [A]: doing('read') });
    expect(evaluatePolicy(daglReads, req, { returnPolicyIdList: true }).policyIdentifierList).toEqual({
      policyIdReference: [{ id: 'urn:altinn:policyid:1', version: '1.0' }],
    });
    expect(evaluatePolicy(daglReads, req).policyIdentifierList).toBeUndefined();
  });

  it('applies a non-empty policy target before the rules', () => {
    const targeted = policy([rule('Permit', [])], { target: [[appMatches]] });
    expect(evaluatePolicy(targeted, request({ [R]: appResource() })).decision).toBe('Permit');
    expect(evaluatePolicy(targeted, request({ [R]: [[ATTRIBUTE.org, 'other']] })).decision).toBe(
      'NotApplicable',
    );
  });

  it('evaluates a rule condition after the subject matched', () => {
    const NS = 'urn:oasis:names:tc:xacml:3.0:core:schema:wd-17';
    const xml = `<Policy xmlns="${NS}" PolicyId="p" RuleCombiningAlgId="${RULE_COMBINING.denyOverrides}">
      <Rule RuleId="r" Effect="Permit">
        <Target><AnyOf><AllOf><Match MatchId="${FUNCTION.stringEqual}"><AttributeValue DataType="${STRING}">ttd</AttributeValue>
          <AttributeDesignator AttributeId="${ATTRIBUTE.org}" Category="${R}" DataType="${STRING}" MustBePresent="false"/></Match></AllOf></AnyOf></Target>
        <Condition><Apply FunctionId="${FUNCTION.or}">
          <Apply FunctionId="${FUNCTION.integerGreaterThanOrEqual}">
            <Apply FunctionId="urn:oasis:names:tc:xacml:1.0:function:integer-one-and-only">
              <AttributeDesignator AttributeId="${ATTRIBUTE.authLevel}" Category="${S}" DataType="${DATA_TYPE.integer}" MustBePresent="true"/>
            </Apply>
            <AttributeValue DataType="${DATA_TYPE.integer}">3</AttributeValue>
          </Apply>
          <Apply FunctionId="${FUNCTION.anyOf}"><Function FunctionId="${FUNCTION.stringEqualIgnoreCase}"/>
            <AttributeValue DataType="${STRING}">dagl</AttributeValue>
            <AttributeDesignator AttributeId="${ATTRIBUTE.roleCode}" Category="${S}" DataType="${STRING}" MustBePresent="false"/>
          </Apply>
        </Apply></Condition>
      </Rule></Policy>`;
    const p = parsePolicy(xml);
    const level = (value: string, ...roles: string[]) =>
      evaluatePolicy(
        p,
        request({
          [S]: [[ATTRIBUTE.authLevel, value, { dataType: DATA_TYPE.integer }], ...withRoles(...roles)],
          [R]: [[ATTRIBUTE.org, 'ttd']],
        }),
      );
    expect(level('3').decision).toBe('Permit');
    expect(level('2').decision).toBe('NotApplicable');
    expect(level('2', 'REGNA', 'DAGL').decision).toBe('Permit');
    const missing = evaluatePolicy(p, request({ [R]: [[ATTRIBUTE.org, 'ttd']] }));
    expect(missing.decision).toBe('Indeterminate');
    expect(missing.status.statusCode.value).toBe(STATUS_CODE.missingAttribute);
    const twoLevels = evaluatePolicy(
      p,
      request({
        [S]: [
          [ATTRIBUTE.authLevel, '3', { dataType: DATA_TYPE.integer }],
          [ATTRIBUTE.authLevel, '4', { dataType: DATA_TYPE.integer }],
        ],
        [R]: [[ATTRIBUTE.org, 'ttd']],
      }),
    );
    expect(twoLevels.decision).toBe('Indeterminate');
    expect(twoLevels.status.statusCode.value).toBe(STATUS_CODE.processingError);
  });
});
