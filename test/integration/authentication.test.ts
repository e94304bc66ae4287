import path from 'node:path';
import { createLocalJWKSet, decodeJwt, generateKeyPair, jwtVerify, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOidcProvider, startFakeOidcProvider } from '../support/fake-oidc-provider.ts';
import { bearer, json, REPO_ROOT, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const TESTDATA = path.join(REPO_ROOT, 'test/fixtures/identity-testdata.json');
const DISCOVERY = '/authentication/api/v1/openid/.well-known/openid-configuration';

describe('authentication', () => {
  let tinn: TestPlatform;
  let idPorten: FakeOidcProvider;
  let maskinporten: FakeOidcProvider;

  beforeAll(async () => {
    idPorten = await startFakeOidcProvider('idporten');
    maskinporten = await startFakeOidcProvider('maskinporten');
    tinn = await startTestPlatform({
      TESTDATA,
      IDPORTEN_ISSUER: idPorten.issuer,
      IDPORTEN_JWKS_URL: idPorten.jwksUrl,
      MASKINPORTEN_ISSUER: maskinporten.issuer,
      MASKINPORTEN_JWKS_URL: maskinporten.jwksUrl,
    });
  });
  afterAll(async () => {
    await tinn?.close();
    await idPorten?.close();
    await maskinporten?.close();
  });

  async function verifyAgainstJwks(token: string) {
    const discovery = await json(await tinn.fetch(DISCOVERY));
    const jwksPath = new URL(discovery.jwks_uri).pathname;
    const jwks = await json(await tinn.fetch(jwksPath));
    return jwtVerify(token, createLocalJWKSet(jwks), { issuer: discovery.issuer });
  }

  async function textOf(response: Response): Promise<string> {
    expect(response.status).toBe(200);
    return response.text();
  }

  describe('discovery and keys', () => {
    it('publishes the discovery document with the issuer and JWKS location', async () => {
      const response = await tinn.fetch(DISCOVERY);
      expect(response.status).toBe(200);
      const body = await json(response);
      expect(body.issuer).toMatch(/\/authentication\/api\/v1\/openid\/$/);
      expect(body.jwks_uri).toBe(`${body.issuer}.well-known/openid-configuration/jwks`);
      expect(body.id_token_signing_alg_values_supported).toEqual(['RS256']);
    });

    it('publishes one RSA signing key', async () => {
      const body = await json(await tinn.fetch(`${DISCOVERY}/jwks`));
      expect(body.keys).toHaveLength(1);
      expect(body.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
      expect(body.keys[0].kid).toEqual(expect.any(String));
      expect(body.keys[0].d).toBeUndefined();
    });
  });

  describe('token verification on a protected route', () => {
    const refresh = '/authentication/api/v1/refresh';

    it('refuses a request without a token with 401 problem+json', async () => {
      const response = await tinn.fetch(refresh);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('refuses an unsigned (alg none) token', async () => {
      const token = new UnsecuredJWT({ 'urn:altinn:userid': '9101', 'urn:altinn:partyid': 700101 })
        .setIssuer(tinn.platform.tokens.issuer)
        .setExpirationTime('5m')
        .encode();
      expect((await tinn.fetch(refresh, { headers: bearer(token) })).status).toBe(401);
    });

    it('refuses a token signed with another key', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      const token = await new SignJWT({ 'urn:altinn:userid': '9101', 'urn:altinn:partyid': 700101 })
        .setProtectedHeader({ alg: 'RS256' })
        .setIssuer(tinn.platform.tokens.issuer)
        .setExpirationTime('5m')
        .sign(privateKey);
      expect((await tinn.fetch(refresh, { headers: bearer(token) })).status).toBe(401);
    });

    it('refuses a token from another issuer and an expired token', async () => {
      const foreign = await idPorten.sign({ 'urn:altinn:userid': '9101', 'urn:altinn:partyid': 700101 });
      expect((await tinn.fetch(refresh, { headers: bearer(foreign) })).status).toBe(401);
      const expired = await tinn.platform.tokens.mint(
        { 'urn:altinn:userid': '9101', 'urn:altinn:partyid': 700101, 'urn:altinn:authlevel': 2 },
        { expiresAt: Math.floor(Date.now() / 1000) - 60 },
      );
      const response = await tinn.fetch(refresh, { headers: bearer(expired) });
      expect(response.status).toBe(401);
      expect((await json(response)).detail).toMatch(/expired/);
    });

    it('refuses a malformed Authorization header and garbage tokens', async () => {
      expect((await tinn.fetch(refresh, { headers: { authorization: 'Bearer' } })).status).toBe(401);
      expect((await tinn.fetch(refresh, { headers: bearer('not.a.jwt') })).status).toBe(401);
    });

    it('refreshes a valid bearer token with the same claims and a new lifetime', async () => {
      const original = await tinn.platform.tokens.mint(
        {
          'urn:altinn:userid': '9101',
          'urn:altinn:partyid': 700101,
          'urn:altinn:authlevel': 3,
          scope: 'altinn:portal/enduser',
        },
        { lifetimeSeconds: 60 },
      );
      const refreshed = await textOf(await tinn.fetch(refresh, { headers: bearer(original) }));
      const { payload } = await verifyAgainstJwks(refreshed);
      expect(payload['urn:altinn:userid']).toBe('9101');
      expect(payload['urn:altinn:partyid']).toBe(700101);
      expect(payload['urn:altinn:authlevel']).toBe(3);
      expect(payload.exp! - payload.iat!).toBeGreaterThan(60);
    });

    it('accepts the AltinnStudioRuntime cookie and adds pid on enrichPid=true', async () => {
      const token = await tinn.platform.tokens.mint({
        'urn:altinn:userid': '9101',
        'urn:altinn:partyid': 700101,
        'urn:altinn:authlevel': 2,
      });
      const refreshed = await textOf(
        await tinn.fetch(`${refresh}?enrichPid=true`, {
          headers: { cookie: `AltinnStudioRuntime=${token}` },
        }),
      );
      expect(decodeJwt(refreshed).pid).toBe('13057311111');
    });
  });

  describe('token exchange', () => {
    const exchange = (provider: string, token?: string, extra: Record<string, string> = {}) =>
      tinn.fetch(`/authentication/api/v1/exchange/${provider}`, {
        headers: { ...(token === undefined ? {} : bearer(token)), ...extra },
      });

    it('exchanges an ID-porten token for a platform token of the person', async () => {
      const upstream = await idPorten.sign(
        {
          pid: '13057311111',
          acr: 'idporten-loa-substantial',
          amr: ['BankID'],
          scope: 'openid altinn:instances.read',
          sub: 'x',
          sid: 'y',
          client_id: 'c1',
        },
        { expiresInSeconds: 300 },
      );
      const token = await textOf(await exchange('id-porten', upstream));
      const { payload } = await verifyAgainstJwks(token);
      expect(payload).toMatchObject({
        'urn:altinn:userid': '9101',
        nameid: '9101',
        'urn:altinn:username': 'MiraL',
        'urn:altinn:partyid': 700101,
        'urn:altinn:party:uuid': '6b1a2f0e-3c4d-4e5f-8a9b-0c1d2e3f4a01',
        'urn:altinn:authlevel': 3,
        'urn:altinn:authenticatemethod': 'BankID',
        pid: '13057311111',
        client_id: 'c1',
      });
      expect(payload.sub).toBeUndefined();
      expect(payload.sid).not.toBe('y');
      expect(payload.exp).toBe(decodeJwt(upstream).exp);
    });

    it('matches the provider name case-insensitively and refuses unknown providers with 400', async () => {
      const upstream = await idPorten.sign({
        pid: '13057311111',
        acr: 'idporten-loa-high',
        scope: 'altinn:x',
      });
      const token = await textOf(await exchange('ID-Porten', upstream));
      expect(decodeJwt(token)['urn:altinn:authlevel']).toBe(4);
      const unknown = await exchange('facebook', upstream);
      expect(unknown.status).toBe(400);
      expect((await json(unknown)).detail).toContain('id-porten');
    });

    it('refuses ID-porten tokens without an altinn scope (403), without pid (401), or unsigned (401)', async () => {
      const noScope = await idPorten.sign({ pid: '13057311111', acr: 'idporten-loa-high', scope: 'openid' });
      expect((await exchange('id-porten', noScope)).status).toBe(403);
      const noPid = await idPorten.sign({ acr: 'idporten-loa-high', scope: 'altinn:x' });
      expect((await exchange('id-porten', noPid)).status).toBe(401);
      const forged = await maskinporten.sign(
        { pid: '13057311111', acr: 'idporten-loa-high', scope: 'altinn:x' },
        { issuer: idPorten.issuer },
      );
      expect((await exchange('id-porten', forged)).status).toBe(401);
      expect((await exchange('id-porten')).status).toBe(401);
      const stranger = await idPorten.sign({
        pid: '01010199999',
        acr: 'idporten-loa-high',
        scope: 'altinn:x',
      });
      expect((await exchange('id-porten', stranger)).status).toBe(401);
    });

    it('exchanges a Maskinporten token, keeping its claims and adding the org claims', async () => {
      const upstream = await maskinporten.sign({
        scope: 'altinn:instances.read',
        consumer: { authority: 'iso6523-actorid-upis', ID: '0192:310000001' },
        client_id: 'mp-client',
        client_amr: 'private_key_jwt',
        token_type: 'Bearer',
      });
      const token = await textOf(await exchange('maskinporten', upstream));
      const { payload } = await verifyAgainstJwks(token);
      expect(payload).toMatchObject({
        scope: 'altinn:instances.read',
        client_id: 'mp-client',
        token_type: 'Bearer',
        'urn:altinn:orgNumber': '310000001',
        'urn:altinn:authenticatemethod': 'maskinporten',
        'urn:altinn:authlevel': 3,
      });
      expect(payload.client_amr).toBeUndefined();
      expect(payload['urn:altinn:org']).toBeUndefined();
    });

    it('adds the service owner code for a serviceowner scope', async () => {
      const info = await json(await tinn.fetch('/Home/auth/info'));
      const owner = info.serviceOwners[0];
      const upstream = await maskinporten.sign({
        scope: 'altinn:serviceowner/instances.read',
        consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${owner.orgNumber}` },
      });
      const token = await textOf(await exchange('maskinporten', upstream));
      expect(decodeJwt(token)['urn:altinn:org']).toBe(owner.org);
    });

    it('refuses Maskinporten tokens without a consumer (401) and enterprise users (410)', async () => {
      const noConsumer = await maskinporten.sign({ scope: 'altinn:instances.read' });
      expect((await exchange('maskinporten', noConsumer)).status).toBe(401);
      const upstream = await maskinporten.sign({
        scope: 'altinn:instances.read',
        consumer: { authority: 'iso6523-actorid-upis', ID: '0192:310000001' },
      });
      const gone = await exchange('maskinporten', upstream, {
        'X-Altinn-EnterpriseUser-Authentication': 'x',
      });
      expect(gone.status).toBe(410);
    });
  });
});
