import { badRequest, forbidden } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import { hasOwnerScope, isAppOwner, performedBy } from './caller-identity.ts';
import type { Instance } from './instance.ts';
import type { InstanceAuthorizer } from './instance-authorizer.ts';
import type { InstanceService } from './instance-service.ts';
import { parseReadStatus, READ_STATUS_NAMES } from './read-status.ts';
import { applyTextMapChanges, type TextMapChanges } from './text-map-changes.ts';
import { asSeenBy, visibleInstance } from './visible-instance.ts';

export interface InstanceMutationsDeps {
  readonly instances: InstanceService;
  readonly authorizer: InstanceAuthorizer;
}

export interface SubstatusInput {
  readonly label?: string | null;
  readonly description?: string | null;
}

/** The Dialogporten sync adapter may set data values on any instance, as in Altinn. */
const SYNC_ADAPTER_SCOPE = 'altinn:storage/instances.syncadapter';

/**
 * Small changes to an instance: complete confirmation, read status, substatus, presentation texts and
 * data values. Each authorizes first, then writes through `InstanceService.change` (row lock, events in
 * the same transaction).
 */
export class InstanceMutations {
  constructor(private readonly deps: InstanceMutationsDeps) {}

  /** Records that the caller's organisation considers the instance done; once per stakeholder. */
  async complete(caller: Principal, instanceGuid: string): Promise<Instance> {
    const { instances } = this.deps;
    await instances.authorized(caller, instanceGuid, 'complete');
    const stakeholderId = stakeholderOf(caller);
    const changed = await instances.change(instanceGuid, (current, now) => {
      const confirmations = current.completeConfirmations ?? [];
      if (confirmations.some((confirmation) => confirmation.stakeholderId === stakeholderId))
        return undefined;
      const instance: Instance = {
        ...current,
        completeConfirmations: [...confirmations, { stakeholderId, confirmedOn: now }],
        lastChanged: now,
        lastChangedBy: performedBy(caller),
      };
      return { instance, events: [instances.event(caller, instance, 'ConfirmedComplete', now)] };
    });
    return asSeenBy(caller, changed);
  }

  /** Sets the read status; written only when it changes, and it neither touches `lastChanged` nor adds an event. */
  async setReadStatus(
    caller: Principal,
    instanceGuid: string,
    status: string | undefined,
  ): Promise<Instance> {
    const { instances } = this.deps;
    await instances.authorized(caller, instanceGuid, 'read');
    const readStatus = parseReadStatus(status);
    if (readStatus === undefined) {
      throw badRequest(
        'invalid_read_status',
        `Invalid read status: ${status}. Accepted: ${READ_STATUS_NAMES}`,
      );
    }
    const changed = await instances.change(instanceGuid, (current) =>
      current.status.readStatus === readStatus
        ? undefined
        : { instance: { ...current, status: { ...current.status, readStatus } }, events: [] },
    );
    return asSeenBy(caller, changed);
  }

  /** Sets the substatus; only the app owner may. */
  async setSubstatus(
    caller: Principal,
    instanceGuid: string,
    substatus: SubstatusInput | undefined,
  ): Promise<Instance> {
    const { instances } = this.deps;
    const found = await visibleInstance(instances, caller, instanceGuid);
    if (!isAppOwner(caller, found.org)) throw forbidden('Only the app owner may set the substatus');
    const label = substatus?.label;
    if (label === undefined || label === null || label === '') {
      throw badRequest('invalid_substatus', 'The substatus must be given and have a label');
    }
    const description = substatus?.description ?? undefined;
    const changedBy = caller.kind === 'serviceOwner' ? (caller.orgNumber ?? caller.org) : performedBy(caller);
    const changed = await instances.change(instanceGuid, (current, now) => {
      const instance: Instance = {
        ...current,
        status: {
          ...current.status,
          substatus: description === undefined ? { label } : { label, description },
        },
        lastChanged: now,
        lastChangedBy: changedBy,
      };
      return { instance, events: [instances.event(caller, instance, 'SubstatusUpdated', now)] };
    });
    return asSeenBy(caller, changed);
  }

  /** Merges presentation texts; an empty value removes its key. `lastChanged` stays, as in Altinn. */
  async setPresentationTexts(
    caller: Principal,
    instanceGuid: string,
    texts: TextMapChanges | undefined,
  ): Promise<Instance> {
    await this.requireTaskAction(caller, instanceGuid);
    if (texts === undefined || texts === null) {
      throw badRequest('missing_texts', 'The body must have `texts`, a map of presentation texts');
    }
    const changed = await this.deps.instances.change(instanceGuid, (current) => ({
      instance: { ...current, presentationTexts: applyTextMapChanges(current.presentationTexts, texts) },
      events: [],
    }));
    return asSeenBy(caller, changed);
  }

  /** Merges data values; an empty value removes its key. `lastChanged` stays, as in Altinn. */
  async setDataValues(
    caller: Principal,
    instanceGuid: string,
    values: TextMapChanges | undefined,
  ): Promise<Instance> {
    if (hasOwnerScope(caller, SYNC_ADAPTER_SCOPE))
      await visibleInstance(this.deps.instances, caller, instanceGuid);
    else await this.requireTaskAction(caller, instanceGuid);
    if (values === undefined || values === null) {
      throw badRequest('missing_values', 'The body must have `values`, a map of data values');
    }
    const changed = await this.deps.instances.change(instanceGuid, (current) => ({
      instance: { ...current, dataValues: applyTextMapChanges(current.dataValues, values) },
      events: [],
    }));
    return asSeenBy(caller, changed);
  }

  private async requireTaskAction(caller: Principal, instanceGuid: string): Promise<void> {
    const instance = await visibleInstance(this.deps.instances, caller, instanceGuid);
    await this.deps.authorizer.requireTaskAction(caller, instance);
  }
}

/**
 * Who confirms: the service owner's code, as Altinn's `urn:altinn:org` claim. Other callers (Altinn would
 * record no stakeholder) are recorded by their user id or organisation number.
 */
function stakeholderOf(caller: Principal): string {
  return caller.kind === 'serviceOwner' ? caller.org : performedBy(caller);
}
