/** Claim names of Altinn tokens. */
export const Claims = {
  userId: 'urn:altinn:userid',
  userName: 'urn:altinn:username',
  partyId: 'urn:altinn:partyid',
  partyUuid: 'urn:altinn:party:uuid',
  authLevel: 'urn:altinn:authlevel',
  authMethod: 'urn:altinn:authenticatemethod',
  org: 'urn:altinn:org',
  orgNumber: 'urn:altinn:orgNumber',
  altinnScope: 'urn:altinn:scope',
  app: 'urn:altinn:app',
  nameId: 'nameid',
  scope: 'scope',
  pid: 'pid',
  consumer: 'consumer',
  authorizationDetails: 'authorization_details',
} as const;

export type TokenClaims = Readonly<Record<string, unknown>>;

export const ISO6523_AUTHORITY = 'iso6523-actorid-upis';

export function consumerClaim(orgNumber: string): { authority: string; ID: string } {
  return { authority: ISO6523_AUTHORITY, ID: `0192:${orgNumber}` };
}

/** The organisation number in a `consumer`-shaped claim, if it is one. */
export function orgNumberFromConsumer(value: unknown): string | undefined {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (record.authority !== ISO6523_AUTHORITY || typeof record.ID !== 'string') return undefined;
  const [, orgNumber] = record.ID.split(':');
  return orgNumber !== undefined && /^\d{9}$/.test(orgNumber) ? orgNumber : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
