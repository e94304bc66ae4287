import { ATTRIBUTE, CATEGORY, STATUS_CODE } from './constants.ts';
import {
  enrichRequest,
  type PdpInformationPoint,
  type PolicyLookup,
  type ResourceIdentity,
} from './context-handler.ts';
import {
  bareResult,
  type DecisionResponse,
  type DecisionResult,
  decisionResponse,
  indeterminate,
  withEcho,
} from './decision-response.ts';
import { evaluatePolicy } from './evaluate.ts';
import { memoizeInformationPoint, memoizePerCall } from './memoize-per-call.ts';
import { parseDecisionRequest } from './parse-decision-request.ts';
import type { Policy } from './policy-model.ts';
import { firstValue, integerId } from './request-attributes.ts';
import type { DecisionRequest, IndividualRequest } from './request-model.ts';

/** Who a delegation would have been given to; at least one field is set. */
export interface DelegationSubject {
  readonly userId?: number;
  readonly partyId?: number;
  readonly systemUserUuid?: string;
}

/**
 * Delegation policies `subject` holds from `partyId` for the app. With an `instanceId`, include the
 * delegations scoped to that instance; without one, leave instance-scoped delegations out. A source that
 * honours key-role inheritance (a DAGL receives what was delegated to the organisation) resolves it here.
 */
export type DelegationPolicyLookup = (
  subject: DelegationSubject,
  partyId: number,
  org: string,
  app: string,
  instanceId?: string,
) => readonly Policy[] | Promise<readonly Policy[]>;

export interface PdpDependencies {
  /** The app's parsed policy (placeholders already replaced), or undefined when the app has none. */
  readonly policyFor: PolicyLookup;
  readonly pip: PdpInformationPoint;
  /** When absent, only app policies are evaluated. */
  readonly delegationPoliciesFor?: DelegationPolicyLookup;
  /** Hears about an unexpected failure while deciding one request; that result becomes Indeterminate. */
  readonly onError?: (error: unknown) => void;
}

interface CallContext {
  readonly policyFor: PolicyLookup;
  readonly pip: PdpInformationPoint;
  readonly returnPolicyIdList: boolean;
}

/** The policy decision point: context handling, app policy, then delegations (§2.6–2.8). */
export class Pdp {
  readonly #deps: PdpDependencies;

  constructor(deps: PdpDependencies) {
    this.#deps = deps;
  }

  /** Parses a JSON decision request body and decides it. Rejects with `DecisionRequestError` for a bad body. */
  async decide(body: unknown): Promise<DecisionResponse> {
    return this.decideRequest(parseDecisionRequest(body));
  }

  /** Decides each individual request in order; lookups are shared across them for this call only. */
  async decideRequest(request: DecisionRequest): Promise<DecisionResponse> {
    const context: CallContext = {
      pip: memoizeInformationPoint(this.#deps.pip),
      policyFor: memoizePerCall(this.#deps.policyFor, (org, app) => `${org}/${app}`),
      returnPolicyIdList: request.returnPolicyIdList,
    };
    const results: DecisionResult[] = [];
    for (const individual of request.requests) results.push(await this.#decideGuarded(individual, context));
    return decisionResponse(results);
  }

  /** Decides one individual request. */
  decideIndividual(
    request: IndividualRequest,
    options: { returnPolicyIdList?: boolean } = {},
  ): Promise<DecisionResult> {
    return this.#decideGuarded(request, {
      pip: this.#deps.pip,
      policyFor: this.#deps.policyFor,
      returnPolicyIdList: options.returnPolicyIdList ?? false,
    });
  }

  async #decideGuarded(request: IndividualRequest, context: CallContext): Promise<DecisionResult> {
    try {
      return await this.#decide(request, context);
    } catch (error) {
      this.#deps.onError?.(error);
      return withEcho(
        indeterminate(STATUS_CODE.processingError, 'the request could not be evaluated'),
        request,
      );
    }
  }

  async #decide(request: IndividualRequest, context: CallContext): Promise<DecisionResult> {
    const outcome = await enrichRequest(request, context.pip, context.policyFor);
    if (outcome.kind === 'indeterminate') return withEcho(outcome.result, request);
    const { request: enriched, resource, policy } = outcome;
    if (!resource.org || !resource.app) {
      return withEcho(
        indeterminate(
          STATUS_CODE.missingAttribute,
          `the resource must name an app (${ATTRIBUTE.org} and ${ATTRIBUTE.app}) or an instance (${ATTRIBUTE.instanceId})`,
        ),
        enriched,
      );
    }
    if (policy === undefined) {
      return withEcho(
        bareResult('NotApplicable', STATUS_CODE.ok, `no policy for ${resource.org}/${resource.app}`),
        enriched,
      );
    }
    const appResult = evaluatePolicy(policy, enriched, { returnPolicyIdList: context.returnPolicyIdList });
    if (appResult.decision !== 'NotApplicable') return appResult;
    const delegated = await this.#decideByDelegation(enriched, resource, policy, context);
    return delegated ?? appResult;
  }

  /** The first delegation policy that permits, with the app policy's obligations; undefined otherwise. */
  async #decideByDelegation(
    request: IndividualRequest,
    resource: ResourceIdentity,
    appPolicy: Policy,
    context: CallContext,
  ): Promise<DecisionResult | undefined> {
    const lookup = this.#deps.delegationPoliciesFor;
    const partyId = integerId(resource.partyId);
    if (lookup === undefined || partyId === undefined || !resource.org || !resource.app) return undefined;
    const subject = delegationSubject(request);
    if (subject === undefined) return undefined;
    const policies = await lookup(subject, partyId, resource.org, resource.app, resource.instanceId);
    for (const policy of policies) {
      const result = evaluatePolicy(policy, request, {
        returnPolicyIdList: context.returnPolicyIdList,
        additionalObligations: appPolicy.obligations,
      });
      if (result.decision === 'Permit') return result;
    }
    return undefined;
  }
}

function delegationSubject(request: IndividualRequest): DelegationSubject | undefined {
  const userId = integerId(firstValue(request, CATEGORY.accessSubject, ATTRIBUTE.userId));
  const partyId = integerId(firstValue(request, CATEGORY.accessSubject, ATTRIBUTE.partyId));
  const systemUserUuid = firstValue(request, CATEGORY.accessSubject, ATTRIBUTE.systemUserUuid);
  if (userId === undefined && partyId === undefined && systemUserUuid === undefined) return undefined;
  return {
    ...(userId === undefined ? {} : { userId }),
    ...(partyId === undefined ? {} : { partyId }),
    ...(systemUserUuid === undefined ? {} : { systemUserUuid }),
  };
}

/** One-shot form of `new Pdp(deps).decide(body)`. */
export async function decide(body: unknown, deps: PdpDependencies): Promise<DecisionResponse> {
  return new Pdp(deps).decide(body);
}
