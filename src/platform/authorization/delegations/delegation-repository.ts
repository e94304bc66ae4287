import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AuthorizationTables, DelegationTable } from '../migrations.ts';
import type { Delegation, Recipient, RightDelegation, StoredDelegation } from './delegation.ts';

function recipientColumns(recipient: Recipient) {
  return 'userId' in recipient
    ? { covered_by_user_id: recipient.userId, covered_by_party_id: null }
    : { covered_by_user_id: null, covered_by_party_id: recipient.partyId };
}

function toRecipient(row: Selectable<DelegationTable>): Recipient {
  return row.covered_by_user_id !== null
    ? { userId: row.covered_by_user_id }
    : { partyId: row.covered_by_party_id! };
}

function toStored(row: Selectable<DelegationTable>): StoredDelegation {
  const base = { offeredByPartyId: row.offered_by_party_id, recipient: toRecipient(row) };
  const delegation: Delegation =
    row.kind === 'role'
      ? { ...base, kind: 'role', roleCode: row.role_code! }
      : {
          ...base,
          kind: 'right',
          org: row.org!,
          app: row.app!,
          action: row.action!,
          ...(row.task === null ? {} : { task: row.task }),
          ...(row.instance_id === null ? {} : { instanceId: row.instance_id }),
        };
  return {
    delegationId: row.delegation_id,
    delegation,
    delegatedByUserId: row.delegated_by_user_id ?? undefined,
    createdAt: row.created_at,
  };
}

/** Stored delegations of roles and app rights. */
export class DelegationRepository {
  constructor(private readonly db: Kysely<AuthorizationTables>) {}

  /** Stores a delegation; storing the same one again keeps the first. */
  async add(
    delegation: Delegation,
    delegatedBy: { userId?: number; partyId?: number } = {},
  ): Promise<StoredDelegation> {
    const values = {
      delegation_id: randomUUID(),
      kind: delegation.kind,
      offered_by_party_id: delegation.offeredByPartyId,
      ...recipientColumns(delegation.recipient),
      role_code: delegation.kind === 'role' ? delegation.roleCode.toUpperCase() : null,
      org: delegation.kind === 'right' ? delegation.org : null,
      app: delegation.kind === 'right' ? delegation.app : null,
      task: delegation.kind === 'right' ? (delegation.task ?? null) : null,
      instance_id: delegation.kind === 'right' ? (delegation.instanceId ?? null) : null,
      action: delegation.kind === 'right' ? delegation.action.toLowerCase() : null,
      delegated_by_user_id: delegatedBy.userId ?? null,
      delegated_by_party_id: delegatedBy.partyId ?? null,
    };
    const inserted = await this.db
      .insertInto('delegation')
      .values(values)
      .onConflict((conflict) => conflict.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted !== undefined) return toStored(inserted);
    const existing = await this.find(delegation);
    if (existing === undefined) throw new Error('A conflicting delegation vanished while it was stored');
    return existing;
  }

  private async find(delegation: Delegation): Promise<StoredDelegation | undefined> {
    const recipient = recipientColumns(delegation.recipient);
    let query = this.db
      .selectFrom('delegation')
      .selectAll()
      .where('kind', '=', delegation.kind)
      .where('offered_by_party_id', '=', delegation.offeredByPartyId)
      .where(
        'covered_by_user_id',
        recipient.covered_by_user_id === null ? 'is' : '=',
        recipient.covered_by_user_id,
      )
      .where(
        'covered_by_party_id',
        recipient.covered_by_party_id === null ? 'is' : '=',
        recipient.covered_by_party_id,
      );
    if (delegation.kind === 'role') {
      query = query.where('role_code', '=', delegation.roleCode.toUpperCase());
    } else {
      query = query
        .where('org', '=', delegation.org)
        .where('app', '=', delegation.app)
        .where('action', '=', delegation.action.toLowerCase())
        .where('task', delegation.task === undefined ? 'is' : '=', delegation.task ?? null)
        .where(
          'instance_id',
          delegation.instanceId === undefined ? 'is' : '=',
          delegation.instanceId ?? null,
        );
    }
    const row = await query.executeTakeFirst();
    return row === undefined ? undefined : toStored(row);
  }

  async remove(delegationId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('delegation')
      .where('delegation_id', '=', delegationId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async listOfferedBy(offeredByPartyId: number): Promise<StoredDelegation[]> {
    const rows = await this.db
      .selectFrom('delegation')
      .selectAll()
      .where('offered_by_party_id', '=', offeredByPartyId)
      .orderBy('created_at')
      .orderBy('delegation_id')
      .execute();
    return rows.map(toStored);
  }

  /** Role codes delegated by a party to the user directly or to any of the given recipient parties. */
  async delegatedRoles(
    userId: number,
    recipientPartyIds: readonly number[],
    offeredByPartyId: number,
  ): Promise<string[]> {
    const rows = await this.db
      .selectFrom('delegation')
      .select('role_code')
      .where('kind', '=', 'role')
      .where('offered_by_party_id', '=', offeredByPartyId)
      .where((eb) =>
        recipientPartyIds.length === 0
          ? eb('covered_by_user_id', '=', userId)
          : eb.or([
              eb('covered_by_user_id', '=', userId),
              eb('covered_by_party_id', 'in', recipientPartyIds),
            ]),
      )
      .execute();
    return rows.map((row) => row.role_code!);
  }

  /** App rights a party delegated to the user or to any of the given recipient parties, for one app. */
  async delegatedRights(
    recipients: { userId?: number; partyIds: readonly number[] },
    offeredByPartyId: number,
    org: string,
    app: string,
  ): Promise<RightDelegation[]> {
    const { userId, partyIds } = recipients;
    if (userId === undefined && partyIds.length === 0) return [];
    const rows = await this.rightsOffered(offeredByPartyId, org, app)
      .where((eb) => {
        const alternatives = [];
        if (userId !== undefined) alternatives.push(eb('covered_by_user_id', '=', userId));
        if (partyIds.length > 0) alternatives.push(eb('covered_by_party_id', 'in', partyIds));
        return eb.or(alternatives);
      })
      .execute();
    return rows.map((row) => toStored(row).delegation as RightDelegation);
  }

  /** App rights a party delegated to other parties (organisations or persons), for one app. */
  async delegatedRightsToAnyParty(
    offeredByPartyId: number,
    org: string,
    app: string,
  ): Promise<RightDelegation[]> {
    const rows = await this.rightsOffered(offeredByPartyId, org, app)
      .where('covered_by_party_id', 'is not', null)
      .execute();
    return rows.map((row) => toStored(row).delegation as RightDelegation);
  }

  private rightsOffered(offeredByPartyId: number, org: string, app: string) {
    return this.db
      .selectFrom('delegation')
      .selectAll()
      .where('kind', '=', 'right')
      .where('offered_by_party_id', '=', offeredByPartyId)
      .where('org', '=', org)
      .where('app', '=', app);
  }
}
