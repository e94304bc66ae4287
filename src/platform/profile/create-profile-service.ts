import type { Kysely } from 'kysely';
import type { RegisterService } from '../register/index.ts';
import { ProfileService } from './profile-service.ts';
import type { ProfileTables } from './profile-tables.ts';
import { UserRepository } from './user-repository.ts';

export function profileDatabase(db: Kysely<unknown>): Kysely<ProfileTables> {
  return db.withTables<ProfileTables>();
}

export function createProfileService(db: Kysely<unknown>, register: RegisterService): ProfileService {
  return new ProfileService(new UserRepository(profileDatabase(db)), register);
}
