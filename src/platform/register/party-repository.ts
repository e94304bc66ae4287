import { type Kysely, type Selectable, sql } from 'kysely';
import { completeOrganization, type Organization, type PartyRecord } from './party.ts';
import { PartyType, parsePartyType } from './party-type.ts';
import type { PartyRow, RegisterTables } from './register-tables.ts';

function toRecord(row: Selectable<PartyRow>): PartyRecord {
  return {
    partyId: row.party_id,
    partyUuid: row.party_uuid,
    partyType: parsePartyType(row.party_type) ?? PartyType.Organisation,
    ssn: row.ssn,
    orgNumber: row.org_number,
    name: row.name,
    unitType: row.unit_type,
    parentPartyId: row.parent_party_id,
    isDeleted: row.is_deleted,
    person: row.person,
    organization: row.organization,
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Parties with their person/organisation details, plus organisations that have no party. */
export class PartyRepository {
  constructor(private readonly db: Kysely<RegisterTables>) {}

  private select() {
    return this.db.selectFrom('register_parties').selectAll();
  }

  async byId(partyId: number): Promise<PartyRecord | undefined> {
    const row = await this.select().where('party_id', '=', partyId).executeTakeFirst();
    return row && toRecord(row);
  }

  async byUuid(partyUuid: string): Promise<PartyRecord | undefined> {
    const row = await this.select().where('party_uuid', '=', partyUuid).executeTakeFirst();
    return row && toRecord(row);
  }

  async bySsn(ssn: string): Promise<PartyRecord | undefined> {
    const row = await this.select().where('ssn', '=', ssn).executeTakeFirst();
    return row && toRecord(row);
  }

  async byOrgNumber(orgNumber: string): Promise<PartyRecord | undefined> {
    const row = await this.select().where('org_number', '=', orgNumber).executeTakeFirst();
    return row && toRecord(row);
  }

  async byIds(partyIds: readonly number[]): Promise<PartyRecord[]> {
    if (partyIds.length === 0) return [];
    const rows = await this.select()
      .where('party_id', 'in', [...new Set(partyIds)])
      .orderBy('party_id')
      .execute();
    return rows.map(toRecord);
  }

  async bySsns(ssns: readonly string[]): Promise<PartyRecord[]> {
    if (ssns.length === 0) return [];
    const rows = await this.select()
      .where('ssn', 'in', [...new Set(ssns)])
      .execute();
    return rows.map(toRecord);
  }

  async byOrgNumbers(orgNumbers: readonly string[]): Promise<PartyRecord[]> {
    if (orgNumbers.length === 0) return [];
    const rows = await this.select()
      .where('org_number', 'in', [...new Set(orgNumbers)])
      .execute();
    return rows.map(toRecord);
  }

  async subUnitsOf(parentPartyIds: readonly number[]): Promise<PartyRecord[]> {
    if (parentPartyIds.length === 0) return [];
    const rows = await this.select()
      .where('parent_party_id', 'in', [...new Set(parentPartyIds)])
      .orderBy('party_id')
      .execute();
    return rows.map(toRecord);
  }

  /** Every organisation record: those of organisation parties and those without a party. */
  async listOrganizations(): Promise<{ organization: Organization; partyId: number | undefined }[]> {
    const withParty = await this.db
      .selectFrom('register_parties')
      .select(['party_id', 'org_number', 'name', 'unit_type', 'organization'])
      .where('org_number', 'is not', null)
      .orderBy('org_number')
      .execute();
    const partyless = await this.db
      .selectFrom('register_partyless_organizations')
      .selectAll()
      .orderBy('org_number')
      .execute();
    return [
      ...withParty.map((row) => ({
        organization:
          row.organization ??
          completeOrganization(row.org_number ?? '', { name: row.name, unitType: row.unit_type }),
        partyId: row.party_id,
      })),
      ...partyless.map((row) => ({ organization: row.organization, partyId: undefined })),
    ];
  }

  async partylessOrganization(orgNumber: string): Promise<Organization | undefined> {
    const row = await this.db
      .selectFrom('register_partyless_organizations')
      .select('organization')
      .where('org_number', '=', orgNumber)
      .executeTakeFirst();
    return row?.organization;
  }

  /**
   * Inserts or updates parties; a row whose content is unchanged is left alone.
   * Returns how many rows were inserted or changed.
   */
  async upsert(records: readonly PartyRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const result = await this.db
      .insertInto('register_parties')
      .values(
        records.map((record) => ({
          party_id: record.partyId,
          party_uuid: record.partyUuid,
          party_type: record.partyType,
          ssn: record.ssn,
          org_number: record.orgNumber,
          name: record.name,
          unit_type: record.unitType,
          parent_party_id: record.parentPartyId,
          is_deleted: record.isDeleted,
          person: jsonOrNull(record.person),
          organization: jsonOrNull(record.organization),
        })),
      )
      .onConflict((conflict) =>
        conflict
          .column('party_id')
          .doUpdateSet((eb) => ({
            party_uuid: eb.ref('excluded.party_uuid'),
            party_type: eb.ref('excluded.party_type'),
            ssn: eb.ref('excluded.ssn'),
            org_number: eb.ref('excluded.org_number'),
            name: eb.ref('excluded.name'),
            unit_type: eb.ref('excluded.unit_type'),
            parent_party_id: eb.ref('excluded.parent_party_id'),
            is_deleted: eb.ref('excluded.is_deleted'),
            person: eb.ref('excluded.person'),
            organization: eb.ref('excluded.organization'),
          }))
          .where(
            sql<boolean>`(register_parties.party_uuid, register_parties.party_type, register_parties.ssn,
              register_parties.org_number, register_parties.name, register_parties.unit_type,
              register_parties.parent_party_id, register_parties.is_deleted, register_parties.person,
              register_parties.organization)
            is distinct from (excluded.party_uuid, excluded.party_type, excluded.ssn, excluded.org_number,
              excluded.name, excluded.unit_type, excluded.parent_party_id, excluded.is_deleted,
              excluded.person, excluded.organization)`,
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }

  /**
   * Removes other parties that hold an identifier (uuid, ssn, org number) one of `records` is about to
   * take, so an imported set wins over an older one. Returns the removed party ids.
   */
  async removeIdentifierClashes(records: readonly PartyRecord[]): Promise<number[]> {
    const removed: number[] = [];
    for (const record of records) {
      const clauses = [
        record.partyUuid === null ? undefined : sql<boolean>`party_uuid = ${record.partyUuid}`,
        record.ssn === null ? undefined : sql<boolean>`ssn = ${record.ssn}`,
        record.orgNumber === null ? undefined : sql<boolean>`org_number = ${record.orgNumber}`,
      ].filter((clause) => clause !== undefined);
      if (clauses.length === 0) continue;
      const rows = await this.db
        .deleteFrom('register_parties')
        .where('party_id', '<>', record.partyId)
        .where(sql<boolean>`(${sql.join(clauses, sql` or `)})`)
        .returning('party_id')
        .execute();
      removed.push(...rows.map((row) => row.party_id));
    }
    return removed;
  }

  /** Inserts or updates organisations that have no party; drops those that now have one. */
  async upsertPartylessOrganizations(organizations: readonly Organization[]): Promise<number> {
    await this.db
      .deleteFrom('register_partyless_organizations')
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('register_parties')
            .select('party_id')
            .whereRef('register_parties.org_number', '=', 'register_partyless_organizations.org_number'),
        ),
      )
      .execute();
    if (organizations.length === 0) return 0;
    const result = await this.db
      .insertInto('register_partyless_organizations')
      .values(
        organizations.map((organization) => ({
          org_number: organization.orgNumber,
          organization: JSON.stringify(organization),
        })),
      )
      .onConflict((conflict) =>
        conflict
          .column('org_number')
          .doUpdateSet((eb) => ({ organization: eb.ref('excluded.organization') }))
          .where(
            sql<boolean>`register_partyless_organizations.organization is distinct from excluded.organization`,
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }
}
