import { describe, expect, it } from 'vitest';
import { ATTRIBUTE, CATEGORY, DATA_TYPE, FUNCTION, STATUS_CODE } from './constants.ts';
import type { PdpInformationPoint } from './context-handler.ts';
import { DecisionRequestError } from './errors.ts';
import { parsePolicy } from './parse-policy.ts';
import { type DelegationSubject, decide, Pdp, type PdpDependencies } from './pdp.ts';
import type { Policy } from './policy-model.ts';

const NS = 'urn:oasis:names:tc:xacml:3.0:core:schema:wd-17';
const STRING = DATA_TYPE.string;

function matchXml(
  category: string,
  attributeId: string,
  value: string,
  matchId: string = FUNCTION.stringEqual,
): string {
  return `<Match MatchId="${matchId}"><AttributeValue DataType="${STRING}">${value}</AttributeValue>
    <AttributeDesignator AttributeId="${attributeId}" Category="${category}" DataType="${STRING}" MustBePresent="false"/></Match>`;
}
const anyOf = (...allOfs: string[]) => `<AnyOf>${allOfs.map((a) => `<AllOf>${a}</AllOf>`).join('')}</AnyOf>`;
const appResource =
  matchXml(CATEGORY.resource, ATTRIBUTE.org, '[ORG]') + matchXml(CATEGORY.resource, ATTRIBUTE.app, '[APP]');
const actions = (...names: string[]) =>
  anyOf(
    ...names.map((n) => matchXml(CATEGORY.action, ATTRIBUTE.actionId, n, FUNCTION.stringEqualIgnoreCase)),
  );

const APP_POLICY = parsePolicy(
  `<xacml:Policy xmlns:xacml="${NS}" PolicyId="urn:altinn:resource:app_[ORG]_[APP]:policyid:1" Version="1.0"
      RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
    <xacml:Target/>
    <xacml:Rule RuleId="r1" Effect="Permit"><xacml:Target>
      ${anyOf(matchXml(CATEGORY.accessSubject, ATTRIBUTE.roleCode, 'dagl', FUNCTION.stringEqualIgnoreCase))}
      ${anyOf(appResource)}${actions('read', 'write')}
    </xacml:Target></xacml:Rule>
    <xacml:Rule RuleId="r2" Effect="Permit"><xacml:Target>
      ${anyOf(matchXml(CATEGORY.accessSubject, ATTRIBUTE.org, '[org]', FUNCTION.stringEqualIgnoreCase))}
      ${anyOf(appResource)}${actions('read', 'complete')}
    </xacml:Target></xacml:Rule>
    <xacml:ObligationExpressions><xacml:ObligationExpression ObligationId="urn:altinn:obligation:authenticationLevel1" FulfillOn="Permit">
      <xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation1-assignment1" Category="urn:altinn:minimum-authenticationlevel">
        <xacml:AttributeValue DataType="${DATA_TYPE.integer}">2</xacml:AttributeValue>
      </xacml:AttributeAssignmentExpression></xacml:ObligationExpression></xacml:ObligationExpressions>
  </xacml:Policy>`,
  { placeholders: { org: 'ttd', app: 'app' } },
);

/** A delegation policy: user 2001 may write on behalf of party 500000. */
const DELEGATION_POLICY = parsePolicy(
  `<Policy xmlns="${NS}" PolicyId="urn:altinn:delegation:1" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
    <Rule RuleId="d1" Effect="Permit"><Target>
      ${anyOf(matchXml(CATEGORY.accessSubject, ATTRIBUTE.userId, '2001'))}${anyOf(appResource)}${actions('write')}
    </Target></Rule></Policy>`,
  { placeholders: { org: 'ttd', app: 'app' } },
);

const ROLES: Record<string, readonly string[]> = { '1337/500000': ['DAGL'], '2001/500000': ['UTINN'] };

function dependencies(extra: Partial<PdpDependencies> = {}) {
  const calls = { roles: 0, instances: 0, policies: 0, delegations: [] as unknown[][] };
  const pip: PdpInformationPoint = {
    rolesFor: async (userId, partyId) => {
      calls.roles += 1;
      return ROLES[`${userId}/${partyId}`] ?? [];
    },
    partyIdForOrgNumber: async () => null,
    partyIdForPersonId: async () => null,
    userIdForPersonId: async () => null,
    instanceContext: async (instanceId) => {
      calls.instances += 1;
      const [party, guid] = instanceId.split('/');
      return {
        org: 'ttd',
        app: 'app',
        partyId: Number(party),
        ...(guid === 'ended' ? { endEvent: 'EndEvent_1' } : { task: 'Task_1' }),
      };
    },
  };
  const deps: PdpDependencies = {
    pip,
    policyFor: (org, app): Policy | undefined => {
      calls.policies += 1;
      return org === 'ttd' && app === 'app' ? APP_POLICY : undefined;
    },
    delegationPoliciesFor: (subject: DelegationSubject, partyId, org, app, instanceId) => {
      calls.delegations.push([subject, partyId, org, app, instanceId]);
      return subject.userId === 2001 && partyId === 500000 ? [APP_POLICY, DELEGATION_POLICY] : [];
    },
    ...extra,
  };
  return { deps, calls };
}

function body(
  subject: Record<string, string>,
  act: string,
  resource: Record<string, string>,
  extra: object = {},
) {
  const attributes = (values: Record<string, string>) =>
    Object.entries(values).map(([AttributeId, Value]) => ({ AttributeId, Value }));
  return {
    Request: {
      AccessSubject: [{ Attribute: attributes(subject) }],
      Action: [{ Attribute: attributes({ [ATTRIBUTE.actionId]: act }) }],
      Resource: [{ Attribute: attributes(resource) }],
      ...extra,
    },
  };
}

const USER = { [ATTRIBUTE.userId]: '1337', [ATTRIBUTE.authLevel]: '2' };
const INSTANCE = { [ATTRIBUTE.instanceId]: '500000/abc' };
const AUTH_LEVEL_OBLIGATION = {
  id: 'urn:altinn:obligation:authenticationLevel1',
  attributeAssignment: [
    {
      attributeId: 'urn:altinn:obligation1-assignment1',
      value: '2',
      category: 'urn:altinn:minimum-authenticationlevel',
      dataType: DATA_TYPE.integer,
    },
  ],
};

describe('Pdp', () => {
  it('decides an instance request end to end: context, roles, policy, obligations, echoed party', async () => {
    const { deps } = dependencies();
    const response = await new Pdp(deps).decide(body(USER, 'read', INSTANCE));
    expect(response).toEqual({
      response: [
        {
          decision: 'Permit',
          status: { statusCode: { value: STATUS_CODE.ok } },
          obligations: [AUTH_LEVEL_OBLIGATION],
          category: [
            {
              categoryId: CATEGORY.resource,
              attribute: [
                { attributeId: ATTRIBUTE.partyId, value: '500000', dataType: STRING, includeInResult: true },
              ],
            },
          ],
        },
      ],
    });
  });

  it('permits the service owner by its org claim and not a user without the role', async () => {
    const { deps } = dependencies();
    const pdp = new Pdp(deps);
    expect(
      (await pdp.decide(body({ [ATTRIBUTE.org]: 'TTD' }, 'complete', INSTANCE))).response[0]?.decision,
    ).toBe('Permit');
    expect((await pdp.decide(body({ [ATTRIBUTE.org]: 'skd' }, 'read', INSTANCE))).response[0]?.decision).toBe(
      'NotApplicable',
    );
    expect(
      (await pdp.decide(body({ [ATTRIBUTE.userId]: '9' }, 'read', INSTANCE))).response[0]?.decision,
    ).toBe('NotApplicable');
  });

  it('throws DecisionRequestError for a body that is not a decision request', async () => {
    const { deps } = dependencies();
    await expect(decide({ request: { accessSubject: 'me' } }, deps)).rejects.toBeInstanceOf(
      DecisionRequestError,
    );
    await expect(decide('not json', deps)).rejects.toBeInstanceOf(DecisionRequestError);
  });

  it('answers a multi request in reference order and asks each question once', async () => {
    const { deps, calls } = dependencies();
    const attribute = (id: string, value: string, includeInResult = false) => ({
      AttributeId: id,
      Value: value,
      IncludeInResult: includeInResult,
    });
    const resource = (id: string, instance: string, task: string) => ({
      Id: id,
      Attribute: [
        attribute(ATTRIBUTE.task, task),
        attribute(ATTRIBUTE.instanceId, instance, true),
        attribute(ATTRIBUTE.partyId, '500000'),
        attribute(ATTRIBUTE.org, 'ttd'),
        attribute(ATTRIBUTE.app, 'app'),
      ],
    });
    const request = {
      Request: {
        AccessSubject: [{ Id: 's1', Attribute: [attribute(ATTRIBUTE.userId, '1337')] }],
        Action: ['read', 'write', 'delete'].map((name, i) => ({
          Id: `a${i + 1}`,
          Attribute: [attribute(ATTRIBUTE.actionId, name, true)],
        })),
        Resource: [resource('r1', '500000/a', 'Task_1'), resource('r2', '500000/b', 'Task_2')],
        MultiRequests: {
          RequestReference: ['r1', 'r2'].flatMap((r) =>
            ['a1', 'a2', 'a3'].map((a) => ({ ReferenceId: ['s1', a, r] })),
          ),
        },
      },
    };
    const response = await new Pdp(deps).decide(request);
    expect(response.response.map((r) => r.decision)).toEqual([
      'Permit',
      'Permit',
      'NotApplicable',
      'Permit',
      'Permit',
      'NotApplicable',
    ]);
    expect(
      response.response.map((r) => r.category?.flatMap((c) => c.attribute.map((a) => a.value)).join(' ')),
    ).toEqual([
      'read 500000/a',
      'write 500000/a',
      'delete 500000/a',
      'read 500000/b',
      'write 500000/b',
      'delete 500000/b',
    ]);
    expect(calls.roles).toBe(1);
    expect(calls.policies).toBe(1);
    expect(calls.instances).toBe(0);
  });

  it('is NotApplicable with a message when the app has no policy, Indeterminate when no app is named', async () => {
    const { deps } = dependencies();
    const pdp = new Pdp(deps);
    const unknownApp = (
      await pdp.decide(body(USER, 'read', { [ATTRIBUTE.org]: 'ttd', [ATTRIBUTE.app]: 'nope' }))
    ).response[0];
    expect(unknownApp?.decision).toBe('NotApplicable');
    expect(unknownApp?.status.statusMessage).toBe('no policy for ttd/nope');
    const noApp = (await pdp.decide(body(USER, 'read', { [ATTRIBUTE.partyId]: '500000' }))).response[0];
    expect(noApp?.decision).toBe('Indeterminate');
    expect(noApp?.status.statusCode.value).toBe(STATUS_CODE.missingAttribute);
  });

  it('is Indeterminate for a subject with conflicting identities', async () => {
    const { deps } = dependencies();
    const result = (
      await new Pdp(deps).decide(body({ ...USER, [ATTRIBUTE.personId]: '01017012345' }, 'read', INSTANCE))
    ).response[0];
    expect(result?.decision).toBe('Indeterminate');
  });

  describe('delegations', () => {
    it('are tried when the app policy is not applicable; the first Permit wins, with the app obligations', async () => {
      const { deps, calls } = dependencies();
      const subject = { [ATTRIBUTE.userId]: '2001' };
      const result = (
        await new Pdp(deps).decide(body(subject, 'write', INSTANCE, { ReturnPolicyIdList: true }))
      ).response[0];
      expect(result?.decision).toBe('Permit');
      expect(result?.obligations).toEqual([AUTH_LEVEL_OBLIGATION]);
      expect(result?.policyIdentifierList).toEqual({
        policyIdReference: [{ id: 'urn:altinn:delegation:1', version: '1.0' }],
      });
      expect(calls.delegations).toEqual([[{ userId: 2001 }, 500000, 'ttd', 'app', '500000/abc']]);
    });

    it('leave the app decision when none permits, and are not asked when the app policy permits', async () => {
      const { deps, calls } = dependencies();
      const pdp = new Pdp(deps);
      expect(
        (await pdp.decide(body({ [ATTRIBUTE.userId]: '2001' }, 'delete', INSTANCE))).response[0]?.decision,
      ).toBe('NotApplicable');
      expect(calls.delegations).toHaveLength(1);
      expect((await pdp.decide(body(USER, 'read', INSTANCE))).response[0]?.decision).toBe('Permit');
      expect(calls.delegations).toHaveLength(1);
    });

    it('are skipped without a subject the delegation source can look up', async () => {
      const { deps, calls } = dependencies();
      await new Pdp(deps).decide(body({ [ATTRIBUTE.org]: 'skd' }, 'write', INSTANCE));
      expect(calls.delegations).toEqual([]);
    });
  });

  it('turns a failing lookup into Indeterminate and reports it', async () => {
    const errors: unknown[] = [];
    const { deps } = dependencies({ onError: (error) => errors.push(error) });
    const failing = new Pdp({
      ...deps,
      pip: {
        ...deps.pip,
        instanceContext: async () => {
          throw new Error('storage is down');
        },
      },
    });
    const result = (await failing.decide(body(USER, 'read', INSTANCE))).response[0];
    expect(result?.decision).toBe('Indeterminate');
    expect(result?.status.statusCode.value).toBe(STATUS_CODE.processingError);
    expect(result?.status.statusMessage).not.toContain('storage');
    expect(errors).toHaveLength(1);
  });
});
