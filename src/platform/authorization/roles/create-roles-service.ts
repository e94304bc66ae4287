import type { Kysely } from 'kysely';
import { profileDatabase, UserRepository } from '../../profile/index.ts';
import { PartyRepository, registerDatabase } from '../../register/index.ts';
import { RoleRepository } from './role-repository.ts';
import { RolesService } from './roles-service.ts';
import type { RolesTables } from './roles-tables.ts';

export function rolesDatabase(db: Kysely<unknown>): Kysely<RolesTables> {
  return db.withTables<RolesTables>();
}

export function createRolesService(db: Kysely<unknown>): RolesService {
  return new RolesService(
    new RoleRepository(rolesDatabase(db)),
    new PartyRepository(registerDatabase(db)),
    new UserRepository(profileDatabase(db)),
  );
}
