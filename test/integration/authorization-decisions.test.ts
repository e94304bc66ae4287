import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, json, REPO_ROOT, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const TESTDATA = path.join(REPO_ROOT, 'test/fixtures/identity-testdata.json');
const POLICY_FILE = path.join(REPO_ROOT, 'test/fixtures/org-app-policy.xml');

const MIRA = 9101; // DAGL+REGNA for 700201, DAGL for its sub-unit 700202
const OSKAR = 9102; // PRIV for himself only
const OSKAR_PARTY = 700102;
const COMPANY = 700201;

describe('authorization: policies, decisions and delegations', () => {
  let tinn: TestPlatform;
  let ttd: string;
  let otherOwner: string;
  let policyXml: string;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA });
    ttd = await (await tinn.fetch('/Home/GetTestOrgToken/ttd')).text();
    otherOwner = await (await tinn.fetch('/Home/GetTestOrgToken/skd?orgNumber=974761076')).text();
    policyXml = await fs.readFile(POLICY_FILE, 'utf8');
    const upload = await uploadPolicy(ttd, 'ttd', 'company-app', policyXml);
    expect(upload.status).toBe(201);
  });
  afterAll(async () => {
    await tinn?.close();
  });

  const uploadPolicy = (token: string | undefined, org: string, app: string, body: string) =>
    tinn.fetch(`/authorization/api/v1/policies?org=${org}&app=${app}`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', ...(token ? bearer(token) : {}) },
      body,
    });

  const authorize = (token: string | undefined, body: unknown, raw?: string) =>
    tinn.fetch('/authorization/api/v1/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
      body: raw ?? JSON.stringify(body),
    });

  function userRequest(userId: number, partyId: number, action: string, app = 'company-app') {
    return {
      Request: {
        AccessSubject: [{ Attribute: [{ AttributeId: 'urn:altinn:userid', Value: String(userId) }] }],
        Action: [
          { Attribute: [{ AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id', Value: action }] },
        ],
        Resource: [
          {
            Attribute: [
              { AttributeId: 'urn:altinn:org', Value: 'ttd' },
              { AttributeId: 'urn:altinn:app', Value: app },
              { AttributeId: 'urn:altinn:partyid', Value: String(partyId) },
            ],
          },
        ],
      },
    };
  }

  async function decisionOf(body: unknown): Promise<string> {
    const response = await authorize(ttd, body);
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.response).toHaveLength(1);
    return result.response[0].decision;
  }

  describe('policy upload', () => {
    it('stores a policy for the service owner and lists the roles it names', async () => {
      const response = await tinn.fetch('/authorization/api/v1/policies/roleswithaccess/ttd/company-app', {
        headers: bearer(ttd),
      });
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual(['DAGL', 'REGNA']);
    });

    it('refuses another org, a user, no token and a malformed policy', async () => {
      expect((await uploadPolicy(otherOwner, 'ttd', 'company-app', policyXml)).status).toBe(403);
      const user = await (await tinn.fetch(`/Home/GetTestUserToken/${MIRA}`)).text();
      expect((await uploadPolicy(user, 'ttd', 'company-app', policyXml)).status).toBe(403);
      expect((await uploadPolicy(undefined, 'ttd', 'company-app', policyXml)).status).toBe(401);
      const broken = await uploadPolicy(ttd, 'ttd', 'broken-app', '<xacml:Policy><unclosed>');
      expect(broken.status).toBe(400);
      expect(broken.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await uploadPolicy(ttd, 'ttd', 'not-a-policy', '<Foo/>')).status).toBe(400);
      expect((await uploadPolicy(ttd, 'ttd', 'Bad App!', policyXml)).status).toBe(400);
      const missing = await tinn.fetch('/authorization/api/v1/policies/roleswithaccess/ttd/broken-app', {
        headers: bearer(ttd),
      });
      expect(missing.status).toBe(404);
    });
  });

  describe('decision API', () => {
    it('permits a role holder, with the policy obligations, and answers in camelCase', async () => {
      const response = await authorize(ttd, userRequest(MIRA, COMPANY, 'write'));
      expect(response.status).toBe(200);
      const [result] = (await json(response)).response;
      expect(result.decision).toBe('Permit');
      expect(result.status.statusCode.value).toBe('urn:oasis:names:tc:xacml:1.0:status:ok');
      expect(result.obligations[0].attributeAssignment[0]).toMatchObject({
        category: 'urn:altinn:minimum-authenticationlevel',
        value: '2',
      });
    });

    it('gives NotApplicable without a role, for actions the policy does not name, and for unknown apps', async () => {
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'read'))).toBe('NotApplicable');
      expect(await decisionOf(userRequest(MIRA, COMPANY, 'delete'))).toBe('NotApplicable');
      expect(await decisionOf(userRequest(MIRA, COMPANY, 'read', 'no-such-app'))).toBe('NotApplicable');
    });

    it('never trusts role codes sent by the caller', async () => {
      const request = userRequest(OSKAR, COMPANY, 'read');
      request.Request.AccessSubject[0]!.Attribute.push({ AttributeId: 'urn:altinn:rolecode', Value: 'DAGL' });
      expect(await decisionOf(request)).toBe('NotApplicable');
    });

    it('accepts any casing and answers multi requests in reference order', async () => {
      const body = {
        request: {
          accessSubject: [{ id: 's1', attribute: [{ attributeId: 'urn:altinn:userid', value: MIRA }] }],
          action: [
            {
              id: 'a1',
              attribute: [
                {
                  attributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
                  value: 'read',
                  includeInResult: true,
                },
              ],
            },
            {
              id: 'a2',
              attribute: [
                {
                  attributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
                  value: 'delete',
                  includeInResult: true,
                },
              ],
            },
          ],
          resource: [
            {
              id: 'r1',
              attribute: [
                { attributeId: 'urn:altinn:org', value: 'ttd' },
                { attributeId: 'urn:altinn:app', value: 'company-app' },
                { attributeId: 'urn:altinn:partyid', value: COMPANY, includeInResult: true },
              ],
            },
          ],
          multiRequests: {
            requestReference: [{ referenceId: ['s1', 'a1', 'r1'] }, { referenceId: ['s1', 'a2', 'r1'] }],
          },
        },
      };
      const response = await authorize(ttd, body);
      expect(response.status).toBe(200);
      const results = (await json(response)).response;
      expect(results.map((result: { decision: string }) => result.decision)).toEqual([
        'Permit',
        'NotApplicable',
      ]);
      const echoed = results[0].category.flatMap((category: { attribute: unknown[] }) => category.attribute);
      expect(echoed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ attributeId: 'urn:altinn:partyid', value: String(COMPANY) }),
        ]),
      );
    });

    it('refuses requests it cannot parse with 400 problem+json', async () => {
      for (const body of [
        {},
        { Request: 'x' },
        { Request: { Action: [{ Attribute: [{ Value: 'read' }] }] } },
        [],
      ]) {
        const response = await authorize(ttd, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      }
      expect((await authorize(ttd, undefined, '{"Request": ')).status).toBe(400);
      const badType = userRequest(MIRA, COMPANY, 'read');
      (badType.Request.Resource[0]!.Attribute[0] as Record<string, unknown>).DataType = 'urn:unknown:type';
      expect((await authorize(ttd, badType)).status).toBe(400);
    });

    it('answers only service owners about their own apps', async () => {
      expect((await authorize(undefined, userRequest(MIRA, COMPANY, 'read'))).status).toBe(401);
      const user = await (await tinn.fetch(`/Home/GetTestUserToken/${MIRA}`)).text();
      expect((await authorize(user, userRequest(MIRA, COMPANY, 'read'))).status).toBe(403);
      expect((await authorize(otherOwner, userRequest(MIRA, COMPANY, 'read'))).status).toBe(403);
    });
  });

  describe('delegations count in decisions', () => {
    it('a right delegated to a user permits that action only, until it is removed', async () => {
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'read'))).toBe('NotApplicable');
      const stored = await tinn.platform.delegations.add(
        {
          kind: 'right',
          offeredByPartyId: COMPANY,
          recipient: { userId: OSKAR },
          org: 'ttd',
          app: 'company-app',
          action: 'read',
        },
        { userId: MIRA },
      );
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'read'))).toBe('Permit');
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'write'))).toBe('NotApplicable');
      expect(await decisionOf(userRequest(OSKAR, 700202, 'read'))).toBe('NotApplicable');
      expect(await tinn.platform.delegations.remove(stored.delegationId)).toBe(true);
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'read'))).toBe('NotApplicable');
    });

    it('a role delegated to a user counts as a held role', async () => {
      const stored = await tinn.platform.delegations.add({
        kind: 'role',
        offeredByPartyId: COMPANY,
        recipient: { userId: OSKAR },
        roleCode: 'regna',
      });
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'write'))).toBe('Permit');
      await tinn.platform.delegations.remove(stored.delegationId);
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'write'))).toBe('NotApplicable');
    });

    it('a right delegated to a person party reaches that person; one to an organisation reaches its key-role holders', async () => {
      const toParty = await tinn.platform.delegations.add({
        kind: 'right',
        offeredByPartyId: COMPANY,
        recipient: { partyId: OSKAR_PARTY },
        org: 'ttd',
        app: 'company-app',
        action: 'instantiate',
      });
      expect(await decisionOf(userRequest(OSKAR, COMPANY, 'instantiate'))).toBe('Permit');
      await tinn.platform.delegations.remove(toParty.delegationId);

      // Oskar's company delegates to Mira's company; Mira is DAGL (a key role) there.
      const toOrganisation = await tinn.platform.delegations.add({
        kind: 'right',
        offeredByPartyId: OSKAR_PARTY,
        recipient: { partyId: COMPANY },
        org: 'ttd',
        app: 'company-app',
        action: 'read',
      });
      expect(await decisionOf(userRequest(MIRA, OSKAR_PARTY, 'read'))).toBe('Permit');
      expect(await decisionOf(userRequest(MIRA, OSKAR_PARTY, 'write'))).toBe('NotApplicable');
      await tinn.platform.delegations.remove(toOrganisation.delegationId);
      expect(await decisionOf(userRequest(MIRA, OSKAR_PARTY, 'read'))).toBe('NotApplicable');
    });

    it('storing the same delegation twice keeps one', async () => {
      const delegation = {
        kind: 'right' as const,
        offeredByPartyId: COMPANY,
        recipient: { userId: OSKAR },
        org: 'ttd',
        app: 'company-app',
        action: 'read',
      };
      const first = await tinn.platform.delegations.add(delegation);
      const second = await tinn.platform.delegations.add(delegation);
      expect(second.delegationId).toBe(first.delegationId);
      expect((await tinn.platform.delegations.listOfferedBy(COMPANY)).length).toBe(1);
      await tinn.platform.delegations.remove(first.delegationId);
    });
  });
});
