/** Who receives a delegation: a user, or a party (person or organisation). */
export type Recipient = { readonly userId: number } | { readonly partyId: number };

export interface RoleDelegation {
  readonly kind: 'role';
  readonly offeredByPartyId: number;
  readonly recipient: Recipient;
  readonly roleCode: string;
}

export interface RightDelegation {
  readonly kind: 'right';
  readonly offeredByPartyId: number;
  readonly recipient: Recipient;
  readonly org: string;
  readonly app: string;
  /** Limits the right to one process task. */
  readonly task?: string;
  /** Limits the right to one instance (`{partyId}/{guid}`). */
  readonly instanceId?: string;
  readonly action: string;
}

export type Delegation = RoleDelegation | RightDelegation;

export interface StoredDelegation {
  readonly delegationId: string;
  readonly delegation: Delegation;
  readonly delegatedByUserId: number | undefined;
  readonly createdAt: Date;
}

/**
 * Role codes whose holders for an organisation may use what is delegated to the organisation
 * (Altinn's "key roles").
 */
export const KEY_ROLES: ReadonlySet<string> = new Set([
  'DAGL',
  'LEDE',
  'INNH',
  'KOMP',
  'BEST',
  'DTPR',
  'DTSO',
  'BOBE',
  'KEMN',
  'REPR',
  'SREVA',
]);
