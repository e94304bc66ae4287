import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

/** Routes anyone may call: health, keys, the exchange (it checks its own bearer), development identity, docs. */
const PUBLIC_ROUTES: readonly RegExp[] = [
  /^GET \/health$/,
  /^GET \/authentication\/api\/v1\/openid\//,
  /^GET \/authentication\/api\/v1\/exchange\//,
  /^GET \/authentication\/api\/v1\/orgToken$/,
  /^(GET|POST) \/Home\//,
  /^GET \/swagger/,
  // Storage's app metadata reads are anonymous in Altinn (a sent token is ignored); texts need a token.
  /^GET \/storage\/api\/v1\/applications(\/\{org\}(\/\{app\})?)?$/,
  // The App API's metadata and static resources are anonymous in Altinn (the front end reads them before login).
  /^GET \/\{org\}\/\{app\}\/api\/(v1\/(applicationmetadata|applicationsettings|applicationlanguages|texts\/\{language\}|footer|meta\/(process|authorizationpolicy))|layoutsets|layouts|layoutsettings|(layouts|layoutsettings|ruleconfiguration|rulehandler)\/\{layoutSetId\}|(jsonschema|xsdschema)\/\{id\}|validationconfig\/\{dataTypeId\}|options\/\{optionsId\})$/,
];

interface Operation {
  readonly method: string;
  readonly path: string;
}

function concretePath(template: string): string {
  return template.replace(/\{[^}]+\}/g, '1');
}

describe('every protected route refuses callers without a valid token', () => {
  let tinn: TestPlatform;
  let operations: Operation[];
  const badTokens: Record<string, string> = {};

  beforeAll(async () => {
    tinn = await startTestPlatform();
    const document = await json(await tinn.fetch('/swagger/json'));
    operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) =>
        Object.keys(methods)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => ({ method: method.toUpperCase(), path })),
    );
    const claims = {
      'urn:altinn:org': 'ttd',
      'urn:altinn:orgNumber': '405003309',
      'urn:altinn:authlevel': 3,
    };
    const { privateKey } = await generateKeyPair('RS256');
    badTokens.foreignKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(tinn.platform.tokens.issuer)
      .setExpirationTime('5m')
      .sign(privateKey);
    badTokens.expired = await tinn.platform.tokens.mint(claims, {
      expiresAt: Math.floor(Date.now() / 1000) - 120,
    });
    badTokens.garbage = 'abc.def.ghi';
  });
  afterAll(async () => {
    await tinn?.close();
  });

  it('has protected routes to check', () => {
    const isPublic = (operation: Operation) =>
      PUBLIC_ROUTES.some((pattern) => pattern.test(`${operation.method} ${operation.path}`));
    expect(operations.filter((operation) => !isPublic(operation)).length).toBeGreaterThan(20);
  });

  it('answers 401 problem+json without a token, with a garbage, an expired, or a foreign-key token', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      if (PUBLIC_ROUTES.some((pattern) => pattern.test(`${operation.method} ${operation.path}`))) continue;
      const url = concretePath(operation.path);
      const body = operation.method === 'GET' || operation.method === 'DELETE' ? undefined : '{}';
      for (const [label, token] of [['none', undefined], ...Object.entries(badTokens)] as const) {
        const response = await tinn.fetch(url, {
          method: operation.method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          },
          body,
        });
        const type = response.headers.get('content-type') ?? '';
        if (response.status !== 401 || !type.startsWith('application/problem+json')) {
          failures.push(`${operation.method} ${operation.path} (${label}): ${response.status} ${type}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
