import { badRequest, forbidden, ProblemError, unauthorized } from '../../core/errors.ts';
import { Claims, orgNumberFromConsumer, type TokenClaims } from './claims.ts';
import type { ExternalTokenVerifier } from './external-token-verifier.ts';
import type { IdentityDirectory } from './identity-directory.ts';
import { InvalidTokenError, type TokenService } from './token-service.ts';

export type ExchangeProvider = 'id-porten' | 'maskinporten';

export interface ExchangeRequest {
  readonly provider: string;
  readonly externalToken: string | undefined;
  /** Maskinporten only: swap the org code of the test organisation for `ttd`. */
  readonly test: boolean;
  readonly enterpriseUserHeader: boolean;
}

export interface TokenExchangeOptions {
  readonly tokens: TokenService;
  readonly directory: IdentityDirectory;
  readonly verifiers: Partial<Record<ExchangeProvider, ExternalTokenVerifier>>;
  /** Scopes other than `altinn:*` that an ID-porten token may carry instead. */
  readonly partnerScopes?: readonly string[];
}

const DROPPED_ID_PORTEN = ['aud', 'iss', 'at_hash', 'sid', 'sub', 'exp', 'iat', 'nbf'];
const DROPPED_MASKINPORTEN = ['aud', 'iss', 'client_amr', 'sid', 'exp', 'iat', 'nbf'];

function withoutClaims(claims: TokenClaims, dropped: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(claims)) if (!dropped.includes(name)) result[name] = value;
  return result;
}

/** The authentication level an ID-porten `acr` value stands for. */
export function authLevelFromAcr(acr: string): number {
  switch (acr) {
    case 'idporten-loa-low':
      return 0;
    case 'idporten-loa-substantial':
      return 3;
    case 'idporten-loa-high':
      return 4;
  }
  const last = Number(acr.at(-1));
  return Number.isInteger(last) && last >= 0 && last <= 4 ? last : 0;
}

function scopeList(claims: TokenClaims): string[] {
  const scope = claims[Claims.scope];
  return typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : [];
}

/** Turns a verified token of an external provider into a platform token with Altinn's claims. */
export class TokenExchange {
  constructor(private readonly options: TokenExchangeOptions) {}

  async exchange(request: ExchangeRequest): Promise<string> {
    const provider = request.provider.toLowerCase();
    if (provider !== 'id-porten' && provider !== 'maskinporten') {
      throw badRequest(
        'unknown_token_provider',
        `Token provider "${request.provider}" is not trusted. Trusted providers: id-porten, maskinporten`,
      );
    }
    if (request.externalToken === undefined || request.externalToken === '') {
      throw unauthorized('An external token is required as a bearer token');
    }
    const verifier = this.options.verifiers[provider];
    if (verifier === undefined) {
      throw new ProblemError(
        400,
        'token_provider_not_configured',
        'Bad Request',
        `No ${provider} issuer is configured on this platform`,
      );
    }
    let claims: TokenClaims;
    try {
      claims = await verifier.verify(request.externalToken);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthorized(error.message);
      throw error;
    }
    return provider === 'maskinporten' ? this.fromMaskinporten(claims, request) : this.fromIdPorten(claims);
  }

  private async fromMaskinporten(claims: TokenClaims, request: ExchangeRequest): Promise<string> {
    if (request.enterpriseUserHeader) {
      throw new ProblemError(
        410,
        'enterprise_users_discontinued',
        'Gone',
        'Enterprise user authentication is discontinued; use a system user or ID-porten',
      );
    }
    const orgNumber = orgNumberFromConsumer(claims[Claims.consumer]);
    if (orgNumber === undefined) throw unauthorized('The token has no valid consumer claim');
    const result = withoutClaims(claims, DROPPED_MASKINPORTEN);
    const scopes = typeof claims.scope === 'string' ? claims.scope : '';
    if (scopes.includes('altinn:serviceowner')) {
      const owner = await this.options.directory.serviceOwnerByOrgNumber(orgNumber);
      if (owner !== undefined)
        result[Claims.org] = request.test && owner.org === 'digdir' ? 'ttd' : owner.org;
    }
    result[Claims.orgNumber] = orgNumber;
    result[Claims.authMethod] = 'maskinporten';
    result[Claims.authLevel] = 3;
    result.sid = this.options.tokens.newSessionId();
    return this.options.tokens.mint(result);
  }

  private async fromIdPorten(claims: TokenClaims): Promise<string> {
    const scopes = scopeList(claims);
    const partner = this.options.partnerScopes ?? [];
    if (!scopes.some((scope) => scope.startsWith('altinn:') || partner.includes(scope))) {
      throw forbidden('The token carries no altinn: scope');
    }
    const pid = claims[Claims.pid];
    const acr = claims.acr;
    if (typeof pid !== 'string' || typeof acr !== 'string') throw unauthorized('The token lacks pid or acr');
    const user = await this.options.directory.userByPersonId(pid);
    if (user === undefined || user.partyUuid === undefined) {
      throw unauthorized('The person in the token is not a user of this platform');
    }
    const amr = Array.isArray(claims.amr) ? claims.amr[0] : claims.amr;
    const result: Record<string, unknown> = {
      [Claims.nameId]: String(user.userId),
      [Claims.userId]: String(user.userId),
      [Claims.userName]: user.userName ?? '',
      [Claims.partyId]: user.partyId,
      [Claims.partyUuid]: user.partyUuid,
      [Claims.authMethod]: typeof amr === 'string' ? amr : 'NotDefined',
      [Claims.authLevel]: authLevelFromAcr(acr),
      ...withoutClaims(claims, DROPPED_ID_PORTEN),
      sid: this.options.tokens.newSessionId(),
    };
    const upstreamExpiry = typeof claims.exp === 'number' ? claims.exp : undefined;
    return this.options.tokens.mint(
      result,
      upstreamExpiry === undefined ? {} : { expiresAt: upstreamExpiry },
    );
  }
}
