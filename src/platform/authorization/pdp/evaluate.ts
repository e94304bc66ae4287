import { CATEGORY, RULE_COMBINING, STATUS_CODE } from './constants.ts';
import {
  bareResult,
  type Decision,
  type DecisionResult,
  indeterminate,
  obligationResults,
  withEcho,
} from './decision-response.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import { compare } from './match-functions.ts';
import type { Match, ObligationExpression, Policy, Rule, Target } from './policy-model.ts';
import { bagOf, type RequestBags, requestBags } from './request-bags.ts';
import type { IndividualRequest } from './request-model.ts';

export type CategoryMatch =
  | { readonly kind: 'match' }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'missing'; readonly match: Match };

export interface EvaluateOptions {
  readonly returnPolicyIdList?: boolean;
  /** Obligations added after the policy's own on Permit (a delegation carries its app policy's). */
  readonly additionalObligations?: readonly ObligationExpression[];
}

const DENY_OVERRIDES: ReadonlySet<string> = new Set(Object.values(RULE_COMBINING));

const MATCH: CategoryMatch = { kind: 'match' };
const NO_MATCH: CategoryMatch = { kind: 'no-match' };

/**
 * Altinn's per-category target match: only the target's matches of `category` count; the category
 * matches when any AllOf (in any AnyOf) that has such matches has all of them succeed; a target with
 * no match for the category matches anything. A missing `MustBePresent` attribute yields `missing`
 * unless some AllOf matched.
 */
export function matchCategory(target: Target, category: string, bags: RequestBags): CategoryMatch {
  let mentioned = false;
  let missing: Match | undefined;
  for (const anyOf of target) {
    for (const allOf of anyOf) {
      let relevant = 0;
      let allMatched = true;
      for (const match of allOf) {
        if (match.category !== category) continue;
        relevant += 1;
        const bag = bagOf(bags, category, match.attributeId);
        if (bag.length === 0) {
          allMatched = false;
          if (match.mustBePresent) missing ??= match;
        } else if (
          !bag.some((a) => a.dataType === match.dataType && compare(match.matchId, match.value, a.value))
        ) {
          allMatched = false;
        }
      }
      if (relevant > 0) {
        mentioned = true;
        if (allMatched) return MATCH;
      }
    }
  }
  if (!mentioned) return MATCH;
  return missing === undefined ? NO_MATCH : { kind: 'missing', match: missing };
}

/** Categories a target has matches for, beyond resource and action. */
function otherCategories(target: Target): string[] {
  const categories = new Set<string>();
  for (const anyOf of target) {
    for (const allOf of anyOf) {
      for (const match of allOf) categories.add(match.category);
    }
  }
  categories.delete(CATEGORY.resource);
  categories.delete(CATEGORY.action);
  categories.delete(CATEGORY.accessSubject);
  return [CATEGORY.accessSubject, ...categories];
}

function missingAttribute(match: Match): DecisionResult {
  return indeterminate(
    STATUS_CODE.missingAttribute,
    `missing attribute ${match.attributeId} (${match.category})`,
  );
}

type RuleOutcome =
  | { readonly kind: 'decision'; readonly decision: Decision }
  | { readonly kind: 'result'; readonly result: DecisionResult };

/** Subject (and any other non resource/action category) check, then the condition, of a candidate rule. */
function evaluateCandidate(rule: Rule, bags: RequestBags): RuleOutcome {
  for (const category of otherCategories(rule.target)) {
    const match = matchCategory(rule.target, category, bags);
    if (match.kind === 'missing') return { kind: 'result', result: missingAttribute(match.match) };
    if (match.kind === 'no-match') return { kind: 'decision', decision: 'NotApplicable' };
  }
  if (rule.condition !== undefined) {
    const outcome = evaluateCondition(rule.condition, bags);
    if (outcome.kind === 'indeterminate') {
      return { kind: 'result', result: indeterminate(outcome.statusCode, outcome.message) };
    }
    if (!outcome.value) return { kind: 'decision', decision: 'NotApplicable' };
  }
  return { kind: 'decision', decision: rule.effect };
}

function decide(policy: Policy, bags: RequestBags): { result: DecisionResult; permittedBy: readonly Rule[] } {
  for (const category of [CATEGORY.resource, CATEGORY.action, ...otherCategories(policy.target)]) {
    const match = matchCategory(policy.target, category, bags);
    if (match.kind === 'missing') return { result: missingAttribute(match.match), permittedBy: [] };
    if (match.kind === 'no-match') return { result: bareResult('NotApplicable'), permittedBy: [] };
  }

  const candidates: Rule[] = [];
  let missing: Match | undefined;
  for (const rule of policy.rules) {
    const resource = matchCategory(rule.target, CATEGORY.resource, bags);
    const action = matchCategory(rule.target, CATEGORY.action, bags);
    if (resource.kind === 'match' && action.kind === 'match') candidates.push(rule);
    else if (resource.kind === 'missing') missing ??= resource.match;
    else if (action.kind === 'missing') missing ??= action.match;
  }
  if (missing !== undefined) return { result: missingAttribute(missing), permittedBy: [] };

  const denyOverrides = DENY_OVERRIDES.has(policy.ruleCombiningAlgId);
  const permittedBy: Rule[] = [];
  for (const rule of candidates) {
    const outcome = evaluateCandidate(rule, bags);
    if (outcome.kind === 'result') return { result: outcome.result, permittedBy: [] };
    if (outcome.decision === 'Deny' && denyOverrides) return { result: bareResult('Deny'), permittedBy: [] };
    if (outcome.decision === 'Permit') permittedBy.push(rule);
  }
  return { result: bareResult(permittedBy.length > 0 ? 'Permit' : 'NotApplicable'), permittedBy };
}

/**
 * Evaluates one individual request against one policy with Altinn's semantics: candidate rules by
 * resource and action, then subject; deny-overrides (first Deny wins) when the policy says so,
 * otherwise any Permit permits; obligations on Permit; `IncludeInResult` attributes echoed.
 */
export function evaluatePolicy(
  policy: Policy,
  request: IndividualRequest,
  options: EvaluateOptions = {},
): DecisionResult {
  const { result, permittedBy } = decide(policy, requestBags(request));
  let full: DecisionResult = result;
  if (result.decision === 'Permit') {
    const expressions = [
      ...policy.obligations,
      ...permittedBy.flatMap((rule) => rule.obligations),
      ...(options.additionalObligations ?? []),
    ].filter((expression) => expression.fulfillOn === 'Permit');
    if (expressions.length > 0) full = { ...full, obligations: obligationResults(expressions) };
  }
  full = withEcho(full, request);
  if (options.returnPolicyIdList && (result.decision === 'Permit' || result.decision === 'Deny')) {
    full = {
      ...full,
      policyIdentifierList: { policyIdReference: [{ id: policy.id, version: policy.version }] },
    };
  }
  return full;
}
