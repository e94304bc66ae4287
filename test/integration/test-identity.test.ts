import path from 'node:path';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, json, REPO_ROOT, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const TESTDATA = path.join(REPO_ROOT, 'test/fixtures/identity-testdata.json');
const JWKS = '/authentication/api/v1/openid/.well-known/openid-configuration/jwks';

describe('test identity (development mode)', () => {
  let tinn: TestPlatform;
  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA });
  });
  afterAll(async () => {
    await tinn?.close();
  });

  async function tokenFrom(url: string) {
    const response = await tinn.fetch(url);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const token = await response.text();
    const jwks = createLocalJWKSet(await json(await tinn.fetch(JWKS)));
    const { payload } = await jwtVerify(token, jwks, { issuer: tinn.platform.tokens.issuer });
    return payload;
  }

  it('GetTestUserToken mints a profile-based user token with Altinn claim types', async () => {
    const claims = await tokenFrom('/Home/GetTestUserToken/9101?authenticationLevel=3');
    expect(claims).toMatchObject({
      nameid: '9101',
      'urn:altinn:userid': '9101',
      'urn:altinn:username': 'MiraL',
      'urn:altinn:partyid': 700101,
      'urn:altinn:authlevel': 3,
      scope: 'altinn:portal/enduser',
      'tinn:test:claim': 'hello',
    });
    expect((await tokenFrom('/Home/GetTestUserToken/9102'))['urn:altinn:authlevel']).toBe(2);
  });

  it('GetTestUserToken refuses unknown users (404) and bad levels (400)', async () => {
    expect((await tinn.fetch('/Home/GetTestUserToken/4242')).status).toBe(404);
    const bad = await tinn.fetch('/Home/GetTestUserToken/9101?authenticationLevel=9');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await tinn.fetch('/Home/GetTestUserToken/abc')).status).toBe(400);
  });

  it('GetTestOrgToken mints a service-owner token', async () => {
    const claims = await tokenFrom(
      '/Home/GetTestOrgToken/TTD?orgNumber=405003309&scopes=altinn:serviceowner/instances.write',
    );
    expect(claims).toMatchObject({
      'urn:altinn:org': 'ttd',
      'urn:altinn:orgNumber': '405003309',
      'urn:altinn:authlevel': 3,
      'urn:altinn:scope': 'altinn:serviceowner/instances.write',
    });
    const defaults = await tokenFrom('/Home/GetTestOrgToken/ttd');
    expect(defaults['urn:altinn:scope']).toBe('altinn:serviceowner/instances.read');
    expect(defaults['urn:altinn:orgNumber']).toMatch(/^\d{9}$/);
    expect((await tinn.fetch('/Home/GetTestOrgToken/nosuchowner')).status).toBe(400);
  });

  it('auth/user acts for a party the user may represent and refuses others', async () => {
    const claims = await tokenFrom('/Home/auth/user?userId=9101&partyId=700201');
    expect(claims).toMatchObject({
      'urn:altinn:userid': '9101',
      'urn:altinn:partyid': '700201',
      'urn:altinn:authlevel': 2,
      'urn:altinn:authenticatemethod': 'BankID',
      actual_iss: 'localtest',
    });
    expect((await tinn.fetch('/Home/auth/user?userId=9102&partyId=700201')).status).toBe(403);
  });

  it('auth/selfidentifieduser needs a self-identified user', async () => {
    const claims = await tokenFrom('/Home/auth/selfidentifieduser?username=selma-si');
    expect(claims).toMatchObject({
      'urn:altinn:authlevel': 0,
      'urn:altinn:authenticatemethod': 'SelfIdentified',
    });
    expect((await tinn.fetch('/Home/auth/selfidentifieduser?username=MiraL')).status).toBe(400);
    expect((await tinn.fetch('/Home/auth/selfidentifieduser')).status).toBe(400);
  });

  it('auth/org, auth/serviceowner and auth/systemuser mint Maskinporten-style tokens', async () => {
    const org = await tokenFrom('/Home/auth/org?orgNumber=310000001');
    expect(org).toMatchObject({
      'urn:altinn:orgNumber': '310000001',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:310000001' },
      'urn:altinn:authenticatemethod': 'maskinporten',
      'urn:altinn:authlevel': 3,
      scope: 'altinn:instances.read altinn:instances.write',
    });
    expect((await tinn.fetch('/Home/auth/org?orgNumber=999999999')).status).toBe(404);
    const owner = await tokenFrom('/Home/auth/serviceowner?org=ttd');
    expect(owner['urn:altinn:org']).toBe('ttd');
    expect((await tinn.fetch('/Home/auth/serviceowner')).status).toBe(400);
    const system = await tokenFrom(
      '/Home/auth/systemuser?systemId=310000009_tinnsys&systemUserId=0f6f5d3a-8a1b-4c2d-9e3f-000000000001',
    );
    expect(system.authorization_details).toMatchObject({
      type: 'urn:altinn:systemuser',
      systemuser_id: ['0f6f5d3a-8a1b-4c2d-9e3f-000000000001'],
      system_id: '310000009_tinnsys',
      systemuser_org: { ID: '0192:310000001' },
    });
    expect(system['urn:altinn:orgNumber']).toBe('310000009');
  });

  it('auth/generate dispatches by type name or number, and refuses unknown types', async () => {
    expect((await tokenFrom('/Home/auth/generate?type=5&org=ttd'))['urn:altinn:org']).toBe('ttd');
    expect((await tokenFrom('/Home/auth/generate?type=User&userId=9102'))['urn:altinn:userid']).toBe('9102');
    expect((await tinn.fetch('/Home/auth/generate?type=Robot')).status).toBe(400);
  });

  it('auth/info lists the test users, organisations and system users', async () => {
    const info = await json(await tinn.fetch('/Home/auth/info'));
    expect(info.users.map((user: { userId: number }) => user.userId)).toEqual(
      expect.arrayContaining([9101, 9102, 9103]),
    );
    expect(info.organizations.map((org: { orgNumber: string }) => org.orgNumber)).toContain('310000001');
    expect(info.serviceOwners.length).toBeGreaterThan(0);
  });

  it('the legacy orgToken endpoint uses its defaults', async () => {
    const claims = await tokenFrom('/authentication/api/v1/orgToken');
    expect(claims).toMatchObject({
      'urn:altinn:org': 'ttd',
      'urn:altinn:orgNumber': '111111111',
      'urn:altinn:authenticatemethod': 'fake-local-maskinporten',
    });
  });

  describe('login page', () => {
    it('lists the test users and their parties with the local test platform form fields', async () => {
      for (const url of ['/', '/Home/']) {
        const response = await tinn.fetch(url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        const page = await response.text();
        expect(page).toContain('action="/Home/LogInTestUser"');
        expect(page).toContain('name="UserSelect"');
        expect(page).toContain('value="9101.700201"');
        expect(page).toContain('value="9101.700202"');
        expect(page).not.toContain('value="9102.700201"');
        expect(page).toContain('name="AuthenticationLevel"');
        expect(page).toContain('name="AppPathSelection"');
      }
    });

    const post = (form: Record<string, string>) =>
      tinn.fetch('/Home/LogInTestUser', {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });

    it('sets the runtime and party cookies and redirects to the chosen app', async () => {
      const response = await post({
        UserSelect: '9101.700201',
        AuthenticationLevel: '2',
        AppPathSelection: 'ttd/some-app',
      });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/ttd/some-app/');
      const cookies = response.headers.getSetCookie();
      const runtime = cookies.find((cookie) => cookie.startsWith('AltinnStudioRuntime='));
      expect(runtime).toMatch(/HttpOnly/i);
      expect(runtime).toMatch(/SameSite=Lax/i);
      expect(cookies.find((cookie) => cookie.startsWith('AltinnPartyId='))).toMatch(/^AltinnPartyId=700201;/);
      const token = /^AltinnStudioRuntime=([^;]+)/.exec(runtime!)![1]!;
      expect(decodeJwt(token)).toMatchObject({ 'urn:altinn:userid': '9101', 'urn:altinn:partyid': 700101 });
      const refreshed = await tinn.fetch('/authentication/api/v1/refresh', {
        headers: { cookie: `AltinnStudioRuntime=${token}` },
      });
      expect(refreshed.status).toBe(200);
      expect((await tinn.fetch('/authentication/api/v1/refresh', { headers: bearer(token) })).status).toBe(
        200,
      );
    });

    it('refuses a party the user may not represent, a malformed choice and an open redirect', async () => {
      expect((await post({ UserSelect: '9102.700201', AuthenticationLevel: '2' })).status).toBe(403);
      expect((await post({ UserSelect: 'mira', AuthenticationLevel: '2' })).status).toBe(400);
      expect((await post({ UserSelect: '9101.700101', AuthenticationLevel: '7' })).status).toBe(400);
      const redirect = await post({
        UserSelect: '9101.700101',
        AuthenticationLevel: '2',
        AppPathSelection: '//evil.example/x',
      });
      expect(redirect.status).toBe(400);
    });

    it('logs out with authentication level -1', async () => {
      const response = await post({ UserSelect: '9101.700101', AuthenticationLevel: '-1' });
      expect(response.status).toBe(302);
      expect(response.headers.getSetCookie().join(';')).toMatch(/AltinnStudioRuntime=;/);
    });
  });
});

describe('production mode', () => {
  let tinn: TestPlatform;
  beforeAll(async () => {
    tinn = await startTestPlatform({ TINN_MODE: 'production', TESTDATA });
  });
  afterAll(async () => {
    await tinn?.close();
  });

  it('has no test login and no test token endpoints', async () => {
    for (const url of [
      '/',
      '/Home/',
      '/Home/GetTestUserToken/9101',
      '/Home/GetTestOrgToken/ttd',
      '/Home/auth/user',
      '/Home/auth/generate?type=1',
      '/Home/auth/info',
      '/authentication/api/v1/orgToken',
    ]) {
      expect((await tinn.fetch(url)).status, url).toBe(404);
    }
    const login = await tinn.fetch('/Home/LogInTestUser', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'UserSelect=9101.700101&AuthenticationLevel=2',
    });
    expect(login.status).toBe(404);
  });

  it('still publishes its keys', async () => {
    expect((await tinn.fetch(JWKS)).status).toBe(200);
  });
});
