export {
  type AuthenticationLevelCheck,
  type CallerAuthentication,
  isAuthorized,
  minimumAuthenticationLevel,
} from './authentication-level.ts';
export {
  ATTRIBUTE,
  CATEGORY,
  DATA_TYPE,
  FUNCTION,
  OBLIGATION_CATEGORY,
  RULE_COMBINING,
  STATUS_CODE,
  XACML_3_NAMESPACE,
} from './constants.ts';
export {
  type ContextOutcome,
  enrichRequest,
  type InstanceContext,
  type PdpInformationPoint,
  type PolicyLookup,
  type ResourceIdentity,
} from './context-handler.ts';
export type {
  Decision,
  DecisionResponse,
  DecisionResult,
  DecisionStatus,
  ObligationAssignmentResult,
  ObligationResult,
  PolicyIdentifierList,
  PolicyIdReference,
  ResultAttribute,
  ResultCategory,
} from './decision-response.ts';
export { DecisionRequestError, PolicyParseError } from './errors.ts';
export { type EvaluateOptions, evaluatePolicy } from './evaluate.ts';
export {
  MAX_ATTRIBUTE_VALUE_LENGTH,
  MAX_ATTRIBUTE_VALUES_PER_REQUEST,
  MAX_ATTRIBUTES_PER_CATEGORY,
  MAX_CATEGORIES_PER_REQUEST,
  MAX_DECISIONS_PER_REQUEST,
  MAX_IDENTIFIER_LENGTH,
  MAX_REFERENCE_IDS_PER_REFERENCE,
  MAX_VALUES_PER_ATTRIBUTE,
} from './limits.ts';
export { parseDecisionRequest } from './parse-decision-request.ts';
export { type ParsePolicyOptions, type PolicyPlaceholders, parsePolicy } from './parse-policy.ts';
export {
  type DelegationPolicyLookup,
  type DelegationSubject,
  decide,
  Pdp,
  type PdpDependencies,
} from './pdp.ts';
export type {
  AllOf,
  AnyOf,
  AttributeAssignment,
  ConditionExpression,
  Effect,
  Match,
  ObligationExpression,
  Policy,
  Rule,
  Target,
} from './policy-model.ts';
export { policyUsesRoleCodes, roleCodesInPolicy } from './policy-queries.ts';
export type {
  DecisionRequest,
  IndividualRequest,
  RequestAttribute,
  RequestCategory,
} from './request-model.ts';
