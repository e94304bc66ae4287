/** Where a role comes from: administrable in Altinn, or from the Central Coordinating Register (ER). */
export type RoleSource = 'altinn' | 'ccr';

export const ROLE_SOURCES: readonly RoleSource[] = ['altinn', 'ccr'];

/** A role as the roles API returns it: `{"type":"altinn","value":"DAGL"}`. */
export interface Role {
  readonly type: RoleSource;
  readonly value: string;
}

/** A role a user holds for a party. */
export interface RoleGrant {
  readonly coveredByUserId: number;
  readonly offeredByPartyId: number;
  readonly roleCode: string;
  readonly source: RoleSource;
}

/** The right to act for a party without a named role (app-localtest party lists allow this). */
export interface PartyAccessGrant {
  readonly coveredByUserId: number;
  readonly offeredByPartyId: number;
}

export function parseRoleSource(value: unknown): RoleSource | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === 'altinn') return 'altinn';
  if (lower === 'ccr' || lower === 'er') return 'ccr';
  return undefined;
}
