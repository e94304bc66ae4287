import type { ColumnType } from 'kysely';
import type { CustomClaim } from '../authentication/index.ts';

export interface UserRow {
  user_id: number;
  user_uuid: string;
  user_name: string | null;
  party_id: number;
  user_type: number;
  email: string | null;
  phone_number: string | null;
  is_reserved: boolean;
  language: string;
  pre_selected_party_id: number | null;
  do_not_prompt_for_party: boolean;
  /** jsonb: read parsed, written as JSON text. */
  custom_claims: ColumnType<CustomClaim[], string, string>;
}

export type ProfileTables = {
  profile_users: UserRow;
};
