import type { RoleSource } from './role.ts';

export interface RoleRow {
  covered_by_user_id: number;
  offered_by_party_id: number;
  role_code: string;
  source: RoleSource;
}

export interface PartyAccessRow {
  covered_by_user_id: number;
  offered_by_party_id: number;
}

export type RolesTables = {
  authorization_roles: RoleRow;
  authorization_party_access: PartyAccessRow;
};
