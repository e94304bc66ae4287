import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export interface FakeOidcProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  sign(claims: JWTPayload, options?: { expiresInSeconds?: number; issuer?: string }): Promise<string>;
  close(): Promise<void>;
}

/** An external identity provider on loopback: publishes a JWKS and signs tokens with its key. */
export async function startFakeOidcProvider(name: string): Promise<FakeOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: `${name}-key`, use: 'sig', alg: 'RS256' };
  const server = http.createServer((request, response) => {
    if (request.url === '/jwks') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}/${name}/`;
  return {
    issuer,
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    async sign(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
        .setIssuer(options.issuer ?? issuer)
        .setIssuedAt(now)
        .setExpirationTime(now + (options.expiresInSeconds ?? 120))
        .sign(privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
