export {
  type AuthorizationCheck,
  type AuthorizationOutcome,
  type AuthorizationResource,
  PolicyEnforcementPoint,
} from './policy-enforcement-point.ts';
export { subjectAttributes } from './subject-attributes.ts';
