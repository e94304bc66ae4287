import { describe, expect, it } from 'vitest';
import { ATTRIBUTE, CATEGORY, DATA_TYPE, FUNCTION, RULE_COMBINING, STATUS_CODE } from './constants.ts';
import { enrichRequest, type InstanceContext, type PdpInformationPoint } from './context-handler.ts';
import type { Policy } from './policy-model.ts';
import { valuesOf } from './request-attributes.ts';
import type { IndividualRequest, RequestAttribute } from './request-model.ts';

const S = CATEGORY.accessSubject;
const R = CATEGORY.resource;

interface Calls {
  roles: [number, number][];
  instances: string[];
}

function fakePip(options: { roles?: readonly string[]; instance?: InstanceContext | null } = {}): {
  pip: PdpInformationPoint;
  calls: Calls;
} {
  const calls: Calls = { roles: [], instances: [] };
  const pip: PdpInformationPoint = {
    rolesFor: async (userId, partyId) => {
      calls.roles.push([userId, partyId]);
      return options.roles ?? ['DAGL', 'REGNA'];
    },
    partyIdForOrgNumber: async (orgNumber) => (orgNumber === '910000001' ? 50001 : null),
    partyIdForPersonId: async (personId) => (personId === '01017012345' ? 50002 : null),
    userIdForPersonId: async (personId) => (personId === '01017012345' ? 1337 : null),
    instanceContext: async (instanceId) => {
      calls.instances.push(instanceId);
      return options.instance === undefined
        ? { org: 'ttd', app: 'app', task: 'Task_1', partyId: 500000 }
        : options.instance;
    },
  };
  return { pip, calls };
}

function policyMentioning(attributeId: string): Policy {
  return {
    id: 'p',
    version: '1.0',
    ruleCombiningAlgId: RULE_COMBINING.denyOverrides,
    target: [],
    rules: [
      {
        id: 'r',
        effect: 'Permit',
        target: [
          [
            [
              {
                matchId: FUNCTION.stringEqualIgnoreCase,
                value: 'dagl',
                dataType: DATA_TYPE.string,
                attributeId,
                category: S,
                mustBePresent: false,
              },
            ],
          ],
        ],
        obligations: [],
      },
    ],
    obligations: [],
  };
}
const roleAware = policyMentioning(ATTRIBUTE.roleCode);
const roleBlind = policyMentioning(ATTRIBUTE.org);

function attr(attributeId: string, value: string, includeInResult = false): RequestAttribute {
  return { attributeId, value, dataType: DATA_TYPE.string, includeInResult };
}
function request(subject: RequestAttribute[], resource: RequestAttribute[]): IndividualRequest {
  return {
    categories: [
      { categoryId: S, attributes: subject },
      { categoryId: R, attributes: resource },
    ],
  };
}

async function ready(
  req: IndividualRequest,
  pip: PdpInformationPoint,
  policy: Policy | undefined = roleAware,
) {
  const outcome = await enrichRequest(req, pip, () => policy);
  if (outcome.kind !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const completeResource = [
  attr(ATTRIBUTE.org, 'ttd'),
  attr(ATTRIBUTE.app, 'app'),
  attr(ATTRIBUTE.partyId, '500000'),
  attr(ATTRIBUTE.instanceId, '500000/abc'),
  attr(ATTRIBUTE.task, 'Task_2'),
];

describe('enrichRequest', () => {
  it('adds the resource party from an organisation number or a person id, echoed in the result', async () => {
    const { pip } = fakePip();
    for (const [id, value, party] of [
      [ATTRIBUTE.organizationNumber, '910000001', '50001'],
      [ATTRIBUTE.legacyOrganizationNumber, '910000001', '50001'],
      [ATTRIBUTE.personId, '01017012345', '50002'],
    ] as const) {
      const outcome = await ready(
        request([], [attr(ATTRIBUTE.org, 'ttd'), attr(ATTRIBUTE.app, 'app'), attr(id, value)]),
        pip,
      );
      const added = outcome.request.categories[1]?.attributes.find(
        (a) => a.attributeId === ATTRIBUTE.partyId,
      );
      expect(added).toEqual(attr(ATTRIBUTE.partyId, party, true));
      expect(outcome.resource.partyId).toBe(party);
    }
  });

  it('completes an incomplete resource from the instance: org, app, task and party', async () => {
    const { pip, calls } = fakePip();
    const outcome = await ready(request([], [attr(ATTRIBUTE.instanceId, '500000/abc')]), pip);
    expect(calls.instances).toEqual(['500000/abc']);
    expect(outcome.request.categories[1]?.attributes).toEqual([
      attr(ATTRIBUTE.instanceId, '500000/abc'),
      attr(ATTRIBUTE.org, 'ttd'),
      attr(ATTRIBUTE.app, 'app'),
      attr(ATTRIBUTE.task, 'Task_1'),
      attr(ATTRIBUTE.partyId, '500000', true),
    ]);
    expect(outcome.resource).toEqual({ org: 'ttd', app: 'app', partyId: '500000', instanceId: '500000/abc' });
  });

  it('adds the end event when the process has ended, and keeps what the PEP sent', async () => {
    const { pip } = fakePip({
      instance: { org: 'ttd', app: 'app', endEvent: 'EndEvent_1', partyId: 500000 },
    });
    const outcome = await ready(
      request(
        [],
        [
          attr(ATTRIBUTE.instanceId, '500000/abc'),
          attr(ATTRIBUTE.org, 'ttd'),
          attr(ATTRIBUTE.partyId, '500000'),
        ],
      ),
      pip,
    );
    expect(outcome.request.categories[1]?.attributes).toEqual([
      attr(ATTRIBUTE.instanceId, '500000/abc'),
      attr(ATTRIBUTE.org, 'ttd'),
      attr(ATTRIBUTE.partyId, '500000'),
      attr(ATTRIBUTE.app, 'app'),
      attr(ATTRIBUTE.endEvent, 'EndEvent_1'),
    ]);
  });

  it('does not look up the instance when the resource is complete', async () => {
    const { pip, calls } = fakePip();
    await ready(request([], completeResource), pip);
    await ready(
      request(
        [],
        completeResource.filter(
          (a) => a.attributeId !== ATTRIBUTE.instanceId && a.attributeId !== ATTRIBUTE.task,
        ),
      ),
      pip,
    );
    await ready(
      request(
        [],
        [
          ...completeResource.filter((a) => a.attributeId !== ATTRIBUTE.task),
          attr(ATTRIBUTE.appResource, 'events'),
        ],
      ),
      pip,
    );
    expect(calls.instances).toEqual([]);
  });

  it('leaves the resource as it was when the instance is unknown', async () => {
    const { pip } = fakePip({ instance: null });
    const req = request([], [attr(ATTRIBUTE.instanceId, '1/x')]);
    const outcome = await ready(req, pip);
    expect(outcome.request).toEqual(req);
    expect(outcome.policy).toBeUndefined();
  });

  it('reads org and app from an app_{org}_{app} registry resource id', async () => {
    const { pip } = fakePip();
    const seen: string[] = [];
    const outcome = await enrichRequest(
      request([], [attr(ATTRIBUTE.resourceRegistryId, 'app_ttd_my_app'), attr(ATTRIBUTE.partyId, '1')]),
      pip,
      (org, app) => {
        seen.push(`${org}/${app}`);
        return undefined;
      },
    );
    expect(seen).toEqual(['ttd/my_app']);
    expect(outcome.kind === 'ready' ? outcome.resource : undefined).toEqual({
      org: 'ttd',
      app: 'my_app',
      partyId: '1',
    });
  });

  it('resolves a subject person id to a user id and an organisation number to a party id', async () => {
    const { pip } = fakePip();
    const person = await ready(
      request([attr(ATTRIBUTE.personId, '01017012345')], completeResource),
      pip,
      roleBlind,
    );
    expect(valuesOf(person.request, S, ATTRIBUTE.userId)).toEqual(['1337']);
    const org = await ready(
      request(
        [
          attr(ATTRIBUTE.organizationNumber, '910000001'),
          attr(ATTRIBUTE.legacyOrganizationNumber, '910000001'),
        ],
        completeResource,
      ),
      pip,
    );
    expect(valuesOf(org.request, S, ATTRIBUTE.partyId)).toEqual(['50001']);
  });

  it('adds the user’s roles for the resource party when the policy looks at role codes', async () => {
    const { pip, calls } = fakePip({ roles: ['DAGL', 'dagl', 'UTINN'] });
    const outcome = await ready(request([attr(ATTRIBUTE.userId, '1337')], completeResource), pip);
    expect(calls.roles).toEqual([[1337, 500000]]);
    expect(valuesOf(outcome.request, S, ATTRIBUTE.roleCode)).toEqual(['DAGL', 'dagl', 'UTINN']);
    expect(outcome.policy).toBe(roleAware);
  });

  it('adds roles for a person subject once it is resolved to a user', async () => {
    const { pip, calls } = fakePip();
    await ready(request([attr(ATTRIBUTE.personId, '01017012345')], completeResource), pip);
    expect(calls.roles).toEqual([[1337, 500000]]);
  });

  it('never trusts role codes sent by the PEP', async () => {
    const { pip, calls } = fakePip({ roles: [] });
    const forged = request(
      [attr(ATTRIBUTE.userId, '1337'), attr(ATTRIBUTE.roleCode, 'DAGL')],
      completeResource,
    );
    expect(valuesOf((await ready(forged, pip)).request, S, ATTRIBUTE.roleCode)).toEqual([]);
    expect(valuesOf((await ready(forged, pip, roleBlind)).request, S, ATTRIBUTE.roleCode)).toEqual([]);
    expect(calls.roles).toHaveLength(1);
  });

  it('fetches no roles without a user id, a numeric resource party, or a policy that needs them', async () => {
    const { pip, calls } = fakePip();
    await ready(request([attr(ATTRIBUTE.org, 'ttd')], completeResource), pip);
    await ready(request([attr(ATTRIBUTE.userId, '1337')], completeResource), pip, roleBlind);
    await ready(
      request(
        [attr(ATTRIBUTE.userId, '1337')],
        [attr(ATTRIBUTE.org, 'ttd'), attr(ATTRIBUTE.app, 'app'), attr(ATTRIBUTE.partyId, 'abc')],
      ),
      pip,
    );
    expect(calls.roles).toEqual([]);
  });

  it('is Indeterminate for a subject that is both user and person, or an organisation and a user/person', async () => {
    const { pip, calls } = fakePip();
    for (const subject of [
      [attr(ATTRIBUTE.userId, '1'), attr(ATTRIBUTE.personId, '01017012345')],
      [attr(ATTRIBUTE.userId, '1'), attr(ATTRIBUTE.organizationNumber, '910000001')],
      [attr(ATTRIBUTE.personId, '01017012345'), attr(ATTRIBUTE.legacyOrganizationNumber, '910000001')],
    ]) {
      const outcome = await enrichRequest(request(subject, completeResource), pip, () => roleAware);
      expect(outcome.kind).toBe('indeterminate');
      if (outcome.kind === 'indeterminate') {
        expect(outcome.result.decision).toBe('Indeterminate');
        expect(outcome.result.status.statusCode.value).toBe(STATUS_CODE.syntaxError);
      }
    }
    expect(calls.roles).toEqual([]);
  });
});
