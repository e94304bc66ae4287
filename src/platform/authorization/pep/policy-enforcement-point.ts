import type { Principal } from '../../authentication/index.ts';
import {
  ATTRIBUTE,
  CATEGORY,
  DATA_TYPE,
  type DecisionResult,
  type IndividualRequest,
  minimumAuthenticationLevel,
  type Pdp,
  type RequestAttribute,
} from '../pdp/index.ts';
import { subjectAttributes } from './subject-attributes.ts';

/** What an action is asked for: an app, for a party, optionally one instance at a task or end event. */
export interface AuthorizationResource {
  readonly org: string;
  readonly app: string;
  readonly partyId: number;
  /** `{partyId}/{instanceGuid}` */
  readonly instanceId?: string;
  readonly task?: string;
  readonly endEvent?: string;
  /** A sub-resource of the app, such as `events`. */
  readonly appResource?: string;
}

export interface AuthorizationCheck {
  readonly action: string;
  readonly resource: AuthorizationResource;
}

export type AuthorizationOutcome =
  | { readonly permitted: true }
  | { readonly permitted: false; readonly requiredAuthenticationLevel?: number };

function attribute(attributeId: string, value: string): RequestAttribute {
  return { attributeId, value, dataType: DATA_TYPE.string, includeInResult: false };
}

function resourceAttributes(resource: AuthorizationResource): RequestAttribute[] {
  const attributes = [
    attribute(ATTRIBUTE.org, resource.org),
    attribute(ATTRIBUTE.app, resource.app),
    attribute(ATTRIBUTE.partyId, String(resource.partyId)),
  ];
  if (resource.instanceId !== undefined)
    attributes.push(attribute(ATTRIBUTE.instanceId, resource.instanceId));
  if (resource.task !== undefined) attributes.push(attribute(ATTRIBUTE.task, resource.task));
  else if (resource.endEvent !== undefined) attributes.push(attribute(ATTRIBUTE.endEvent, resource.endEvent));
  if (resource.appResource !== undefined)
    attributes.push(attribute(ATTRIBUTE.appResource, resource.appResource));
  return attributes;
}

/**
 * The in-process policy enforcement point: builds decision requests from the caller's token and the
 * resource, asks the PDP, and applies the PEP's rule (Permit, and the minimum authentication level).
 */
export class PolicyEnforcementPoint {
  constructor(private readonly pdp: Pdp) {}

  private request(principal: Principal, check: AuthorizationCheck): IndividualRequest {
    return {
      categories: [
        { categoryId: CATEGORY.accessSubject, attributes: subjectAttributes(principal) },
        { categoryId: CATEGORY.action, attributes: [attribute(ATTRIBUTE.actionId, check.action)] },
        { categoryId: CATEGORY.resource, attributes: resourceAttributes(check.resource) },
      ],
    };
  }

  private outcome(principal: Principal, result: DecisionResult | undefined): AuthorizationOutcome {
    if (result === undefined) return { permitted: false };
    return minimumAuthenticationLevel(result, {
      authLevel: principal.authLevel,
      isOrg: principal.kind === 'serviceOwner',
    });
  }

  async decide(principal: Principal, check: AuthorizationCheck): Promise<AuthorizationOutcome> {
    const response = await this.pdp.decideRequest({
      returnPolicyIdList: false,
      combinedDecision: false,
      requests: [this.request(principal, check)],
    });
    return this.outcome(principal, response.response[0]);
  }

  async authorize(principal: Principal, action: string, resource: AuthorizationResource): Promise<boolean> {
    return (await this.decide(principal, { action, resource })).permitted;
  }

  /** True when any of the actions is permitted (e.g. `sign` or `write` in a signing task). */
  async authorizeAny(
    principal: Principal,
    actions: readonly string[],
    resource: AuthorizationResource,
  ): Promise<boolean> {
    const results = await this.authorizeMany(
      principal,
      actions.map((action) => ({ action, resource })),
    );
    return results.some(Boolean);
  }

  /** One PDP call for many checks (lookups shared across them); one boolean per check, in order. */
  async authorizeMany(principal: Principal, checks: readonly AuthorizationCheck[]): Promise<boolean[]> {
    if (checks.length === 0) return [];
    const response = await this.pdp.decideRequest({
      returnPolicyIdList: false,
      combinedDecision: false,
      requests: checks.map((check) => this.request(principal, check)),
    });
    return checks.map((_check, index) => this.outcome(principal, response.response[index]).permitted);
  }
}
