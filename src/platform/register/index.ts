export {
  type Caller,
  callerKey,
  isTrustedCaller,
  isUserCaller,
  PLATFORM_CALLER,
  type PlatformCaller,
} from './caller.ts';
export {
  createRegisterService,
  DEFAULT_PERSON_LOOKUP_THROTTLE,
  registerDatabase,
} from './create-register-service.ts';
export { lastNamesMatch } from './last-name-match.ts';
export {
  type ChildParty,
  childPartyView,
  completeOrganization,
  completePerson,
  type Organization,
  type Party,
  type PartyRecord,
  type Person,
  partyView,
} from './party.ts';
export { mayReadParty, type RepresentationCheck } from './party-access.ts';
export { PartyRepository } from './party-repository.ts';
export { isPartyType, PartyType, parsePartyType } from './party-type.ts';
export type { PersonLookupThrottleOptions } from './person-lookup-throttle.ts';
export { REGISTER_MIGRATIONS } from './register-migrations.ts';
export type {
  OrganizationEntry,
  OrgContactPoints,
  PartyLookupKey,
  PartyName,
  PersonName,
} from './register-results.ts';
export { RegisterService } from './register-service.ts';
export type { RegisterTables } from './register-tables.ts';
export {
  ChildPartySchema,
  camelCaseBody,
  IdInteger,
  Nullable,
  OrganizationSchema,
  OrgNumberString,
  PartySchema,
  PersonSchema,
  queryNamesIgnoringCase,
  type RegisterRouteDeps,
  registerRegisterRoutes,
  SsnString,
  UuidString,
} from './routes/index.ts';
export { type ServiceOwnerRecord, serviceOwnerDisplayName } from './service-owner.ts';
export { ServiceOwnerRepository } from './service-owner-repository.ts';
export type { SystemUserRecord } from './system-user.ts';
export { SystemUserRepository } from './system-user-repository.ts';
