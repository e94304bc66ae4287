import type { ColumnType } from 'kysely';
import type { Organization, Person } from './party.ts';

/** A jsonb column: read as the parsed value, written as JSON text. */
export type Json<T> = ColumnType<T, string, string>;

/** A nullable jsonb column. */
export type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface PartyRow {
  party_id: number;
  party_uuid: string | null;
  party_type: number;
  ssn: string | null;
  org_number: string | null;
  name: string;
  unit_type: string | null;
  parent_party_id: number | null;
  is_deleted: boolean;
  person: NullableJson<Person>;
  organization: NullableJson<Organization>;
}

/** Organisations known to the register that have no party (app-localtest has a few). */
export interface PartylessOrganizationRow {
  org_number: string;
  organization: Json<Organization>;
}

export interface ServiceOwnerRow {
  /** Lower-case code, e.g. `ttd`. */
  org: string;
  org_number: string;
  /** Display name per language code. */
  name: Json<Record<string, string>>;
}

export interface SystemUserRow {
  system_user_uuid: string;
  system_id: string;
  system_name: string;
  org_number: string;
  actions: Json<string[]>;
}

export interface PersonLookupFailureRow {
  caller_key: string;
  failed_attempts: number;
  window_ends_at: ColumnType<Date, string | Date, string | Date>;
}

export type RegisterTables = {
  register_parties: PartyRow;
  register_partyless_organizations: PartylessOrganizationRow;
  register_service_owners: ServiceOwnerRow;
  register_system_users: SystemUserRow;
  register_person_lookup_failures: PersonLookupFailureRow;
};
