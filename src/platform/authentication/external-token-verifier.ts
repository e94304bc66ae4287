import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { ExternalProviderConfig } from '../../core/config.ts';
import type { TokenClaims } from './claims.ts';
import { InvalidTokenError } from './token-service.ts';

/** Verifies tokens of an external OIDC provider (ID-porten, Maskinporten) against its published keys. */
export class ExternalTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly provider: ExternalProviderConfig) {
    this.keys = createRemoteJWKSet(new URL(provider.jwksUrl), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.provider.issuer,
        algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'ES256'],
        clockTolerance: 10,
        requiredClaims: ['exp'],
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
        throw new Error(`The signing keys of ${this.provider.issuer} could not be fetched: ${error.message}`);
      }
      if (error instanceof errors.JOSEError || error instanceof TypeError) {
        throw new InvalidTokenError(`The ${this.provider.issuer} token was not accepted: ${error.message}`);
      }
      throw error;
    }
  }
}
