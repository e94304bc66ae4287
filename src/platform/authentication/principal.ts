import { Claims, orgNumberFromConsumer, type TokenClaims } from './claims.ts';

interface PrincipalBase {
  readonly authLevel: number;
  readonly authMethod: string | undefined;
  readonly scopes: readonly string[];
  readonly claims: TokenClaims;
}

export interface UserPrincipal extends PrincipalBase {
  readonly kind: 'user' | 'selfIdentified';
  readonly userId: number;
  readonly partyId: number;
  readonly userName: string | undefined;
}

export interface OrgPrincipal extends PrincipalBase {
  readonly kind: 'org';
  readonly orgNumber: string;
}

export interface ServiceOwnerPrincipal extends PrincipalBase {
  readonly kind: 'serviceOwner';
  /** The service owner's code, lower case (e.g. `ttd`). */
  readonly org: string;
  readonly orgNumber: string | undefined;
}

export interface SystemUserPrincipal extends PrincipalBase {
  readonly kind: 'systemUser';
  readonly systemUserId: string;
  readonly systemId: string;
  /** The organisation the system user acts for. */
  readonly orgNumber: string;
  /** The vendor whose system it is. */
  readonly supplierOrgNumber: string | undefined;
}

/** Who is calling, classified from a verified token as Altinn apps classify it. */
export type Principal = UserPrincipal | OrgPrincipal | ServiceOwnerPrincipal | SystemUserPrincipal;

function asInt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function scopesOf(claims: TokenClaims): string[] {
  const raw = asString(claims[Claims.scope]) ?? asString(claims[Claims.altinnScope]) ?? '';
  return raw.split(/\s+/).filter((scope) => scope !== '');
}

function systemUserOf(claims: TokenClaims, base: PrincipalBase): SystemUserPrincipal | undefined {
  const raw = claims[Claims.authorizationDetails];
  const details = Array.isArray(raw) ? raw : [raw];
  for (const detail of details) {
    if (typeof detail !== 'object' || detail === null) continue;
    const record = detail as Record<string, unknown>;
    if (record.type !== 'urn:altinn:systemuser') continue;
    const ids = Array.isArray(record.systemuser_id) ? record.systemuser_id : [];
    const systemUserId = asString(ids[0]);
    const systemId = asString(record.system_id);
    const orgNumber = orgNumberFromConsumer(record.systemuser_org);
    if (systemUserId && systemId && orgNumber) {
      return {
        ...base,
        kind: 'systemUser',
        systemUserId,
        systemId,
        orgNumber,
        supplierOrgNumber: orgNumberFromConsumer(claims[Claims.consumer]),
      };
    }
  }
  return undefined;
}

/** Returns undefined for a token whose claims describe no known kind of caller. */
export function principalFromClaims(claims: TokenClaims): Principal | undefined {
  const base: PrincipalBase = {
    authLevel: asInt(claims[Claims.authLevel]) ?? 0,
    authMethod: asString(claims[Claims.authMethod]),
    scopes: scopesOf(claims),
    claims,
  };
  if (claims[Claims.authorizationDetails] !== undefined) return systemUserOf(claims, base);
  const org = asString(claims[Claims.org]);
  const orgNumber = asString(claims[Claims.orgNumber]) ?? orgNumberFromConsumer(claims[Claims.consumer]);
  if (org !== undefined) return { ...base, kind: 'serviceOwner', org: org.toLowerCase(), orgNumber };
  if (orgNumber !== undefined) return { ...base, kind: 'org', orgNumber };
  const userId = asInt(claims[Claims.userId]);
  const partyId = asInt(claims[Claims.partyId]);
  if (userId === undefined || partyId === undefined) return undefined;
  return {
    ...base,
    kind: base.authLevel === 0 ? 'selfIdentified' : 'user',
    userId,
    partyId,
    userName: asString(claims[Claims.userName]),
  };
}

export function hasScope(principal: Principal, scope: string): boolean {
  return principal.scopes.includes(scope);
}
