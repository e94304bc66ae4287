import { ATTRIBUTE, CATEGORY } from './constants.ts';
import type { Match, Policy } from './policy-model.ts';

function allMatches(policy: Policy): Match[] {
  return [policy.target, ...policy.rules.map((rule) => rule.target)].flat(3);
}

/** Whether any subject match of the policy looks at `urn:altinn:rolecode` (then the PDP fetches roles). */
export function policyUsesRoleCodes(policy: Policy): boolean {
  return allMatches(policy).some(
    (match) => match.category === CATEGORY.accessSubject && match.attributeId === ATTRIBUTE.roleCode,
  );
}

/** The role codes the policy's subject matches name, upper-cased and de-duplicated, in order of appearance. */
export function roleCodesInPolicy(policy: Policy): string[] {
  const codes = allMatches(policy)
    .filter((match) => match.category === CATEGORY.accessSubject && match.attributeId === ATTRIBUTE.roleCode)
    .map((match) => match.value.toUpperCase());
  return [...new Set(codes)];
}
