import { badRequest, forbidden } from '../../../core/errors.ts';
import type { Principal, ServiceOwnerPrincipal } from '../../authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../authorization/index.ts';
import type { RegisterService } from '../../register/index.ts';
import { hasOwnerScope, SCOPES } from '../instances/caller-identity.ts';
import type { InstanceFilters, InstanceQuery } from './instance-query.ts';
import { OWNER_IDENTIFIER_HEADER, parseOwnerIdentifier } from './owner-identifier.ts';

/** Dialogporten's adapter reads every org's instances, hard-deleted ones included. */
export const SYNC_ADAPTER_SCOPE = 'altinn:storage/instances.syncadapter';

export interface QueryAccessDeps {
  readonly pep: Pick<PolicyEnforcementPoint, 'authorize'>;
  readonly register: Pick<RegisterService, 'findPartyBySsn' | 'findPartyByOrgNumber'>;
}

/** The query as this caller may run it. */
export interface QueryScope {
  readonly filters: InstanceFilters;
  /** Service owners see what the filters match; everyone else only what the PDP lets them read. */
  readonly privileged: boolean;
  /** Nothing can match (an unknown owner identifier, or hard-deleted instances asked by a non-owner). */
  readonly empty: boolean;
}

async function checkServiceOwner(
  caller: ServiceOwnerPrincipal,
  filters: InstanceFilters,
  deps: QueryAccessDeps,
): Promise<void> {
  const syncAdapter = hasOwnerScope(caller, SYNC_ADAPTER_SCOPE);
  if (!hasOwnerScope(caller, SCOPES.instancesRead) && !syncAdapter) {
    throw forbidden(`Querying instances as a service owner needs the scope ${SCOPES.instancesRead}`);
  }
  const appId = filters.appId;
  const org = filters.org ?? appId?.split('/')[0];
  if (org === undefined) throw badRequest('missing_org_or_app', 'A service owner must give org or appId');
  if (org !== caller.org && !syncAdapter) {
    if (appId === undefined) {
      throw badRequest('missing_app_id', "appId is required to query another service owner's instances");
    }
    const [appOrg = '', app = ''] = appId.split('/');
    const permitted = await deps.pep.authorize(caller, 'read', {
      org: appOrg,
      app,
      partyId: filters.partyId ?? 0,
    });
    if (!permitted) throw forbidden(`The caller may not read instances of ${appId}`);
  }
}

/**
 * Altinn's caller rules for `GET /instances`, in its order: party id and owner identifier exclude each
 * other; service owners need the read scope and their own org (or a PDP permit on another org's app);
 * users and system users must name a party; anyone else is refused. Then the identifier header is turned
 * into a party, and hard-deleted instances are hidden from everyone but service owners.
 */
export async function scopeQuery(
  caller: Principal,
  query: InstanceQuery,
  deps: QueryAccessDeps,
): Promise<QueryScope> {
  let filters = query.filters;
  const identifier = query.ownerIdentifier;
  if (filters.partyId !== undefined && identifier !== undefined) {
    throw badRequest(
      'conflicting_instance_owner',
      `Give either instanceOwner.partyId or ${OWNER_IDENTIFIER_HEADER}, not both`,
    );
  }
  let privileged = false;
  if (caller.kind === 'serviceOwner') {
    await checkServiceOwner(caller, filters, deps);
    privileged = true;
  } else if (caller.kind === 'user' || caller.kind === 'selfIdentified' || caller.kind === 'systemUser') {
    if (filters.partyId === undefined && identifier === undefined) {
      throw badRequest(
        'missing_instance_owner',
        `Give instanceOwner.partyId or ${OWNER_IDENTIFIER_HEADER} to query instances`,
      );
    }
  } else {
    throw badRequest('unsupported_caller', 'Only service owners, users and system users may query instances');
  }

  let empty = false;
  if (identifier !== undefined) {
    const owner = parseOwnerIdentifier(identifier);
    const party =
      owner.kind === 'person'
        ? await deps.register.findPartyBySsn(owner.ssn)
        : await deps.register.findPartyByOrgNumber(owner.orgNumber);
    if (party === undefined) empty = true;
    else filters = { ...filters, partyId: party.partyId };
  }
  if (!privileged) {
    if (filters.isHardDeleted === true) empty = true;
    filters = { ...filters, isHardDeleted: false };
  }
  return { filters, privileged, empty };
}
