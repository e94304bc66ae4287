import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE,
  DecisionRequestError,
  type InstanceContext,
  minimumAuthenticationLevel,
  OBLIGATION_CATEGORY,
  Pdp,
  type PdpInformationPoint,
  type Policy,
  parsePolicy,
  roleCodesInPolicy,
} from '../../src/platform/authorization/pdp/index.ts';
import {
  type AppFixture,
  type DecisionCase,
  POLICY_DECISION_FIXTURES,
  type Subject,
} from './fixtures/policy-decisions/index.ts';

const APPS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/altinn/apps');
const USER_ID = 1337;
const PARTY_ID = 500000;
const INSTANCE_ID = `${PARTY_ID}/6a3f2c1e-7a0b-4c55-9f2e-0d7e1c9b8a41`;

interface LoadedApp {
  readonly folder: string;
  readonly org: string;
  readonly app: string;
  readonly policy: Policy;
}

function appFolders(): string[] {
  return readdirSync(APPS_DIR)
    .filter((folder) => existsSync(join(APPS_DIR, folder, 'App/config/authorization/policy.xml')))
    .sort();
}

function loadApp(folder: string): LoadedApp {
  const config = join(APPS_DIR, folder, 'App/config');
  const metadata: unknown = JSON.parse(
    readFileSync(join(config, 'applicationmetadata.json'), 'utf8').replace(/^\uFEFF/, ''),
  );
  const { org, id } = metadata as { org: string; id: string };
  const app = id.slice(id.indexOf('/') + 1);
  const policy = parsePolicy(readFileSync(join(config, 'authorization/policy.xml'), 'utf8'), {
    placeholders: { org, app },
  });
  return { folder, org, app, policy };
}

type JsonAttribute = { AttributeId: string; Value: string; DataType?: string };

function subjectAttributes(subject: Subject, extra: JsonAttribute[] = []): JsonAttribute[] {
  const base: JsonAttribute[] = [{ AttributeId: ATTRIBUTE.authLevel, Value: '3', DataType: 'string' }];
  switch (subject.kind) {
    case 'user':
      return [
        { AttributeId: ATTRIBUTE.userId, Value: String(USER_ID), DataType: 'string' },
        ...base,
        ...extra,
      ];
    case 'org':
      return [{ AttributeId: ATTRIBUTE.org, Value: subject.org, DataType: 'string' }, ...base, ...extra];
    case 'orgNumber':
      return [
        ...(subject.legacy
          ? [{ AttributeId: ATTRIBUTE.legacyOrganizationNumber, Value: subject.orgNumber }]
          : []),
        { AttributeId: ATTRIBUTE.organizationNumber, Value: subject.orgNumber },
        ...base,
        ...extra,
      ];
    case 'systemUser':
      return [{ AttributeId: ATTRIBUTE.systemUserUuid, Value: subject.uuid }, ...extra];
  }
}

function resourceOf(loaded: LoadedApp, testCase: DecisionCase) {
  const org = testCase.org ?? loaded.org;
  const app = testCase.app ?? loaded.app;
  const onInstance =
    testCase.task !== undefined || testCase.endEvent !== undefined || testCase.appResource !== undefined;
  const context: InstanceContext = {
    org,
    app,
    partyId: PARTY_ID,
    ...(testCase.task === undefined ? {} : { task: testCase.task }),
    ...(testCase.endEvent === undefined ? {} : { endEvent: testCase.endEvent }),
  };
  if (testCase.viaInstance)
    return { context, attributes: [{ AttributeId: ATTRIBUTE.instanceId, Value: INSTANCE_ID }] };
  const attributes: JsonAttribute[] = [
    { AttributeId: ATTRIBUTE.partyId, Value: String(PARTY_ID) },
    { AttributeId: ATTRIBUTE.org, Value: org },
    { AttributeId: ATTRIBUTE.app, Value: app },
  ];
  if (onInstance) attributes.push({ AttributeId: ATTRIBUTE.instanceId, Value: INSTANCE_ID });
  if (testCase.task !== undefined) attributes.push({ AttributeId: ATTRIBUTE.task, Value: testCase.task });
  if (testCase.endEvent !== undefined)
    attributes.push({ AttributeId: ATTRIBUTE.endEvent, Value: testCase.endEvent });
  if (testCase.appResource !== undefined) {
    attributes.push({ AttributeId: ATTRIBUTE.appResource, Value: testCase.appResource });
  }
  return { context, attributes };
}

/** A PEP-shaped request (PascalCase, as the .NET PEP sends it) and a PDP whose lookups answer for this case. */
function setUp(loaded: LoadedApp, testCase: DecisionCase, forgedRoles: string[] = []) {
  const resource = resourceOf(loaded, testCase);
  const roles = testCase.subject.kind === 'user' ? testCase.subject.roles : [];
  const pip: PdpInformationPoint = {
    rolesFor: async (userId, partyId) => (userId === USER_ID && partyId === PARTY_ID ? roles : []),
    partyIdForOrgNumber: async () => 510001,
    partyIdForPersonId: async () => null,
    userIdForPersonId: async () => null,
    instanceContext: async (instanceId) => (instanceId === INSTANCE_ID ? resource.context : null),
  };
  const pdp = new Pdp({
    pip,
    // Whatever app the request names, this app's policy is the one under test: its own rules must
    // decide whether a request for another org/app matches.
    policyFor: () => loaded.policy,
  });
  const forged = forgedRoles.map((Value) => ({ AttributeId: ATTRIBUTE.roleCode, Value }));
  const body = {
    Request: {
      AccessSubject: [{ Attribute: subjectAttributes(testCase.subject, forged) }],
      Action: [
        {
          Attribute: [
            { AttributeId: ATTRIBUTE.actionId, Value: testCase.action, DataType: 'string', Issuer: 'Altinn' },
          ],
        },
      ],
      Resource: [{ Attribute: resource.attributes }],
    },
  };
  return { pdp, body };
}

function describeCase(testCase: DecisionCase): string {
  const subject = testCase.subject;
  const who =
    subject.kind === 'user'
      ? `user[${subject.roles.join(',') || 'no roles'}]`
      : subject.kind === 'org'
        ? `org ${subject.org}`
        : subject.kind === 'orgNumber'
          ? `orgno ${subject.orgNumber}${subject.legacy ? '' : ' (new form only)'}`
          : `system user ${subject.uuid.slice(0, 8)}`;
  const where = [
    testCase.org || testCase.app ? `${testCase.org ?? ''}/${testCase.app ?? ''}` : '',
    testCase.task ? `task ${testCase.task}` : '',
    testCase.endEvent ? `end ${testCase.endEvent}` : '',
    testCase.appResource ? `appresource ${testCase.appResource}` : '',
    testCase.viaInstance ? 'via instance' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const level = testCase.authLevel ? ` [level ${testCase.authLevel.level}]` : '';
  return `${who} ${testCase.action}${where ? ` (${where})` : ''} → ${testCase.expect}${level}`;
}

function expectedObligations(fixture: AppFixture) {
  const { minimumAuthenticationLevel: user, minimumAuthenticationLevelOrg: org } = fixture.obligations;
  return [
    ...(user === undefined
      ? []
      : [{ category: OBLIGATION_CATEGORY.minimumAuthenticationLevel, value: user }]),
    ...(org === undefined
      ? []
      : [{ category: OBLIGATION_CATEGORY.minimumAuthenticationLevelOrg, value: org }]),
  ];
}

describe('real Altinn app policies', () => {
  it('has a fixture table for every app policy and none for a missing app', () => {
    expect(appFolders()).toEqual(Object.keys(POLICY_DECISION_FIXTURES).sort());
  });

  for (const folder of appFolders()) {
    describe(folder, () => {
      const fixture = POLICY_DECISION_FIXTURES[folder];
      const loaded = loadApp(folder);

      it('parses, with every placeholder replaced', () => {
        expect(fixture).toBeDefined();
        expect(loaded.policy.rules).toHaveLength(fixture?.rules ?? -1);
        expect(roleCodesInPolicy(loaded.policy)).toEqual(fixture?.roleCodes);
        expect(JSON.stringify(loaded.policy)).not.toMatch(/\[(ORG|org|APP|app)\]/);
      });

      it('has at least ten cases', () => {
        expect(fixture?.cases.length ?? 0).toBeGreaterThanOrEqual(10);
      });

      for (const testCase of fixture?.cases ?? []) {
        it(describeCase(testCase), async () => {
          const { pdp, body } = setUp(loaded, testCase);
          const response = await pdp.decide(body);
          expect(response.response).toHaveLength(1);
          const [result] = response.response;
          expect(result?.decision).toBe(testCase.expect);
          if (testCase.expect === 'Permit' && fixture) {
            const assignments = (result?.obligations ?? []).flatMap((o) =>
              o.attributeAssignment.map((a) => ({ category: a.category, value: a.value })),
            );
            expect(assignments).toEqual(expectedObligations(fixture));
          } else {
            expect(result?.obligations).toBeUndefined();
          }
          if (testCase.authLevel && result) {
            const { level, isOrg, permitted, required } = testCase.authLevel;
            expect(minimumAuthenticationLevel(result, { authLevel: level, isOrg })).toEqual(
              permitted ? { permitted } : { permitted, requiredAuthenticationLevel: required },
            );
          }
        });
      }

      it('ignores role codes the PEP puts in the request', async () => {
        const forgedCase: DecisionCase = {
          subject: { kind: 'user', roles: [] },
          action: 'read',
          task: 'Task_1',
          expect: 'NotApplicable',
        };
        const { pdp, body } = setUp(loaded, forgedCase, fixture?.roleCodes.slice() ?? []);
        expect((await pdp.decide(body)).response[0]?.decision).toBe('NotApplicable');
      });
    });
  }

  it('rejects an unparseable decision request with DecisionRequestError', async () => {
    const loaded = loadApp('basic');
    const { pdp } = setUp(loaded, {
      subject: { kind: 'user', roles: ['DAGL'] },
      action: 'read',
      expect: 'Permit',
    });
    await expect(
      pdp.decide({ Request: { AccessSubject: [{ Attribute: [{ AttributeId: 'urn:altinn:userid' }] }] } }),
    ).rejects.toBeInstanceOf(DecisionRequestError);
    await expect(
      pdp.decide({
        Request: { Action: [{ Attribute: [{ AttributeId: 'a', Value: 'read', DataType: 'double' }] }] },
      }),
    ).rejects.toThrow(/unsupported data type/);
    await expect(pdp.decide(undefined)).rejects.toBeInstanceOf(DecisionRequestError);
  });
});
