import { ATTRIBUTE, CATEGORY, STATUS_CODE } from './constants.ts';
import { type DecisionResult, indeterminate } from './decision-response.ts';
import type { Policy } from './policy-model.ts';
import { policyUsesRoleCodes } from './policy-queries.ts';
import { firstValue, integerId, withoutAttribute, withValues } from './request-attributes.ts';
import type { IndividualRequest } from './request-model.ts';

/** What the PDP needs to know about an instance to authorise access to it. */
export interface InstanceContext {
  readonly org: string;
  readonly app: string;
  /** Current process task id, when the process is at a task. */
  readonly task?: string;
  /** End event id, when the process has ended. */
  readonly endEvent?: string;
  /** The instance owner's party id. */
  readonly partyId: number;
}

/** Where the context handler looks things up (register, roles, storage). Lookups that find nothing return null. */
export interface PdpInformationPoint {
  /** Role codes (ER roles, Altinn roles, client roles) `userId` holds for `partyId`; empty when none. */
  rolesFor(userId: number, partyId: number): Promise<readonly string[]>;
  partyIdForOrgNumber(orgNumber: string): Promise<number | null>;
  partyIdForPersonId(personId: string): Promise<number | null>;
  userIdForPersonId(personId: string): Promise<number | null>;
  /** `instanceId` is `{instanceOwnerPartyId}/{instanceGuid}`. */
  instanceContext(instanceId: string): Promise<InstanceContext | null>;
}

/** The app and party a request's resource is about, after enrichment. */
export interface ResourceIdentity {
  readonly org?: string;
  readonly app?: string;
  /** The resource party id as written in the request (or added from an org number, person or instance). */
  readonly partyId?: string;
  readonly instanceId?: string;
}

export type PolicyLookup = (org: string, app: string) => Policy | undefined | Promise<Policy | undefined>;

export type ContextOutcome =
  | {
      readonly kind: 'ready';
      readonly request: IndividualRequest;
      readonly resource: ResourceIdentity;
      /** The app policy, or undefined when the resource names no app or the app has no policy. */
      readonly policy: Policy | undefined;
    }
  | { readonly kind: 'indeterminate'; readonly result: DecisionResult };

const R = CATEGORY.resource;
const S = CATEGORY.accessSubject;
const REGISTRY_APP_ID = /^app_([^_]+)_(.+)$/;

/**
 * The context handler of §2.6: checks the subject's identity attributes, completes the resource
 * (party from org number / person id, org, app, task or end event and party from the instance),
 * resolves the subject (person id to user id, org number to party id), and replaces any role codes the
 * PEP sent with the user's roles for the resource party when the app policy looks at role codes.
 */
export async function enrichRequest(
  request: IndividualRequest,
  pip: PdpInformationPoint,
  policyFor: PolicyLookup,
): Promise<ContextOutcome> {
  const conflict = subjectIdentityConflict(request);
  if (conflict !== undefined) return { kind: 'indeterminate', result: conflict };

  const enriched = await enrichResource(request, pip);
  const resource = resourceIdentity(enriched);
  const policy = resource.org && resource.app ? await policyFor(resource.org, resource.app) : undefined;
  const withSubject = await enrichSubject(enriched, pip, policy !== undefined && policyUsesRoleCodes(policy));
  return { kind: 'ready', request: withSubject, resource, policy };
}

/** userid together with person id, or an org number together with a user or person, cannot be resolved. */
export function subjectIdentityConflict(request: IndividualRequest): DecisionResult | undefined {
  const userId = firstValue(request, S, ATTRIBUTE.userId);
  const personId = firstValue(request, S, ATTRIBUTE.personId);
  const orgNumber =
    firstValue(request, S, ATTRIBUTE.organizationNumber) ??
    firstValue(request, S, ATTRIBUTE.legacyOrganizationNumber);
  if (userId !== undefined && personId !== undefined) {
    return indeterminate(
      STATUS_CODE.syntaxError,
      `the subject has both ${ATTRIBUTE.userId} and ${ATTRIBUTE.personId}`,
    );
  }
  if (orgNumber !== undefined && (userId !== undefined || personId !== undefined)) {
    return indeterminate(
      STATUS_CODE.syntaxError,
      'the subject has both an organisation number and a user or person',
    );
  }
  return undefined;
}

export function resourceIdentity(request: IndividualRequest): ResourceIdentity {
  const org = firstValue(request, R, ATTRIBUTE.org);
  const app = firstValue(request, R, ATTRIBUTE.app);
  const partyId = firstValue(request, R, ATTRIBUTE.partyId);
  const instanceId = firstValue(request, R, ATTRIBUTE.instanceId);
  return {
    ...(org === undefined ? {} : { org }),
    ...(app === undefined ? {} : { app }),
    ...(partyId === undefined ? {} : { partyId }),
    ...(instanceId === undefined ? {} : { instanceId }),
  };
}

/** Altinn's "complete resource" test: when it holds, the instance is not looked up. */
function isResourceComplete(request: IndividualRequest): boolean {
  const has = (attributeId: string) => firstValue(request, R, attributeId) !== undefined;
  const appAndParty = has(ATTRIBUTE.org) && has(ATTRIBUTE.app) && has(ATTRIBUTE.partyId);
  if (appAndParty && has(ATTRIBUTE.instanceId) && has(ATTRIBUTE.task)) return true;
  if (appAndParty && !has(ATTRIBUTE.instanceId) && !has(ATTRIBUTE.task)) return true;
  if (appAndParty && has(ATTRIBUTE.instanceId) && firstValue(request, R, ATTRIBUTE.appResource) === 'events')
    return true;
  return has(ATTRIBUTE.resourceRegistryId) && has(ATTRIBUTE.partyId);
}

export async function enrichResource(
  request: IndividualRequest,
  pip: PdpInformationPoint,
): Promise<IndividualRequest> {
  let result = request;
  const missing = (attributeId: string) => firstValue(result, R, attributeId) === undefined;

  if (missing(ATTRIBUTE.partyId)) {
    const orgNumber =
      firstValue(result, R, ATTRIBUTE.organizationNumber) ??
      firstValue(result, R, ATTRIBUTE.legacyOrganizationNumber);
    const personId = firstValue(result, R, ATTRIBUTE.personId);
    let partyId: number | null = null;
    if (orgNumber !== undefined) partyId = await pip.partyIdForOrgNumber(orgNumber);
    else if (personId !== undefined) partyId = await pip.partyIdForPersonId(personId);
    if (partyId !== null) result = withValues(result, R, ATTRIBUTE.partyId, [String(partyId)], true);
  }

  // A registry resource id `app_{org}_{app}` names an app.
  const registryId = firstValue(result, R, ATTRIBUTE.resourceRegistryId);
  const appFromRegistry = registryId === undefined ? null : REGISTRY_APP_ID.exec(registryId);
  if (appFromRegistry?.[1] && appFromRegistry[2] && missing(ATTRIBUTE.org) && missing(ATTRIBUTE.app)) {
    result = withValues(result, R, ATTRIBUTE.org, [appFromRegistry[1]]);
    result = withValues(result, R, ATTRIBUTE.app, [appFromRegistry[2]]);
  }

  const instanceId = firstValue(result, R, ATTRIBUTE.instanceId);
  if (instanceId === undefined || isResourceComplete(result)) return result;
  const instance = await pip.instanceContext(instanceId);
  if (instance === null) return result;
  if (missing(ATTRIBUTE.org)) result = withValues(result, R, ATTRIBUTE.org, [instance.org]);
  if (missing(ATTRIBUTE.app)) result = withValues(result, R, ATTRIBUTE.app, [instance.app]);
  if (instance.task !== undefined) {
    if (missing(ATTRIBUTE.task)) result = withValues(result, R, ATTRIBUTE.task, [instance.task]);
  } else if (instance.endEvent !== undefined && missing(ATTRIBUTE.endEvent)) {
    result = withValues(result, R, ATTRIBUTE.endEvent, [instance.endEvent]);
  }
  if (missing(ATTRIBUTE.partyId)) {
    result = withValues(result, R, ATTRIBUTE.partyId, [String(instance.partyId)], true);
  }
  return result;
}

export async function enrichSubject(
  request: IndividualRequest,
  pip: PdpInformationPoint,
  includeRoles: boolean,
): Promise<IndividualRequest> {
  // Role codes are the PDP's to add; whatever the PEP sent is dropped.
  let result = withoutAttribute(request, S, ATTRIBUTE.roleCode);

  const personId = firstValue(result, S, ATTRIBUTE.personId);
  if (personId !== undefined && firstValue(result, S, ATTRIBUTE.userId) === undefined) {
    const userId = await pip.userIdForPersonId(personId);
    if (userId !== null) result = withValues(result, S, ATTRIBUTE.userId, [String(userId)]);
  }

  const orgNumber =
    firstValue(result, S, ATTRIBUTE.organizationNumber) ??
    firstValue(result, S, ATTRIBUTE.legacyOrganizationNumber);
  if (orgNumber !== undefined && firstValue(result, S, ATTRIBUTE.partyId) === undefined) {
    const partyId = await pip.partyIdForOrgNumber(orgNumber);
    if (partyId !== null) result = withValues(result, S, ATTRIBUTE.partyId, [String(partyId)]);
  }

  if (includeRoles) {
    const userId = integerId(firstValue(result, S, ATTRIBUTE.userId));
    const partyId = integerId(firstValue(result, R, ATTRIBUTE.partyId));
    if (userId !== undefined && partyId !== undefined) {
      const roles = await pip.rolesFor(userId, partyId);
      result = withValues(result, S, ATTRIBUTE.roleCode, [...new Set(roles)]);
    }
  }
  return result;
}
