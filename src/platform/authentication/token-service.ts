import { randomUUID } from 'node:crypto';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { TokenClaims } from './claims.ts';
import type { SigningKey } from './signing-keys.ts';

export interface MintOptions {
  /** Seconds from now; defaults to the configured token lifetime. */
  readonly lifetimeSeconds?: number;
  /** Absolute expiry (seconds since epoch), e.g. the upstream token's for an ID-porten exchange. */
  readonly expiresAt?: number;
}

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

const REGISTERED = new Set(['iss', 'iat', 'nbf', 'exp']);

/** Mints and verifies the platform's own Altinn-style JWTs (RS256, one key). */
export class TokenService {
  constructor(
    private readonly key: SigningKey,
    readonly issuer: string,
    private readonly defaultLifetimeSeconds: number,
  ) {}

  get jwks(): { keys: Record<string, unknown>[] } {
    return { keys: [{ ...this.key.publicJwk }] };
  }

  async mint(claims: TokenClaims, options: MintOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const payload: JWTPayload = {};
    for (const [name, value] of Object.entries(claims)) {
      if (!REGISTERED.has(name) && value !== undefined) payload[name] = value;
    }
    const expiresAt = options.expiresAt ?? now + (options.lifetimeSeconds ?? this.defaultLifetimeSeconds);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.key.kid })
      .setIssuer(this.issuer)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(expiresAt)
      .sign(this.key.privateKey);
  }

  /** Verifies signature, algorithm, issuer and lifetime; throws InvalidTokenError for any failure. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key.publicKey, {
        algorithms: ['RS256'],
        issuer: this.issuer,
        clockTolerance: 10,
        requiredClaims: ['exp'],
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) {
        throw new InvalidTokenError(describe(error));
      }
      throw error;
    }
  }

  /** A fresh session id, as Altinn adds to exchanged tokens. */
  newSessionId(): string {
    return randomUUID();
  }
}

function describe(error: Error): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token algorithm is not accepted';
  return 'The token could not be verified';
}
