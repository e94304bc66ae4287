import type { Kysely } from 'kysely';
import type { RepresentationCheck } from './party-access.ts';
import { PartyRepository } from './party-repository.ts';
import { PersonLookupThrottle, type PersonLookupThrottleOptions } from './person-lookup-throttle.ts';
import { RegisterService } from './register-service.ts';
import type { RegisterTables } from './register-tables.ts';
import { ServiceOwnerRepository } from './service-owner-repository.ts';
import { SystemUserRepository } from './system-user-repository.ts';

/** As app-localtest configures the person lookup: two misses an hour. */
export const DEFAULT_PERSON_LOOKUP_THROTTLE: PersonLookupThrottleOptions = {
  maxFailedAttempts: 2,
  windowSeconds: 60 * 60,
};

export function registerDatabase(db: Kysely<unknown>): Kysely<RegisterTables> {
  return db.withTables<RegisterTables>();
}

export function createRegisterService(
  db: Kysely<unknown>,
  representation: RepresentationCheck,
  throttle: PersonLookupThrottleOptions = DEFAULT_PERSON_LOOKUP_THROTTLE,
): RegisterService {
  const tables = registerDatabase(db);
  return new RegisterService({
    parties: new PartyRepository(tables),
    serviceOwners: new ServiceOwnerRepository(tables),
    systemUsers: new SystemUserRepository(tables),
    personLookupThrottle: new PersonLookupThrottle(tables, throttle),
    representation,
  });
}
