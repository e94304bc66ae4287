export { registerDecisionRoutes } from './decision/decision-routes.ts';
export { DecisionService } from './decision/decision-service.ts';
export { createInformationPoint, type InstanceContextLookup } from './decision/information-point.ts';
export { OwnPartyCache } from './decision/own-party-cache.ts';
export type {
  Delegation,
  Recipient,
  RightDelegation,
  RoleDelegation,
  StoredDelegation,
} from './delegations/delegation.ts';
export { createDelegationLookup } from './delegations/delegation-lookup.ts';
export { DelegationRepository } from './delegations/delegation-repository.ts';
export { type AuthorizationTables, authorizationMigrations } from './migrations.ts';
export {
  type AuthorizationCheck,
  type AuthorizationOutcome,
  type AuthorizationResource,
  PolicyEnforcementPoint,
} from './pep/index.ts';
export { registerPolicyRoutes } from './policies/policy-routes.ts';
export { PolicyStore } from './policies/policy-store.ts';
