import { randomUUID } from 'node:crypto';
import { badRequest } from '../../../core/errors.ts';
import type { Instance, InstanceEvent, PlatformUser, ProcessState } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';
import { parseTimestamp } from './timestamp.ts';

/** An instance event as a client sends it (apps post events and send them with process changes). */
export interface ClientEventInput {
  readonly id?: string;
  readonly instanceId?: string | null;
  readonly dataId?: string | null;
  readonly created?: string | null;
  readonly eventType?: string | null;
  readonly instanceOwnerPartyId?: string | null;
  readonly user?: PlatformUser | null;
  readonly relatedUser?: PlatformUser | null;
  readonly processInfo?: ProcessState | null;
  readonly additionalInfo?: string | null;
}

export interface ClientEventRules {
  /** Process changes require the event to name who did it (a user, org, system user or end-user system). */
  readonly requireUser: boolean;
}

function missingUser(user: PlatformUser | null | undefined): string | undefined {
  if (user === undefined || user === null) return 'The event has no user';
  const named =
    user.userId !== undefined ||
    (user.orgId !== undefined && user.orgId !== '') ||
    user.systemUserId !== undefined ||
    user.endUserSystemId !== undefined;
  if (!named) return 'The event user needs a userId, orgId, systemUserId or endUserSystemId';
  if (user.systemUserId !== undefined && !user.systemUserOwnerOrgNo) {
    return 'An event user with systemUserId needs systemUserOwnerOrgNo';
  }
  return undefined;
}

/**
 * Checks an event a client sent about `instance` and completes it: an id when it has none, `created`
 * (UTC) defaulting to now, and the instance's owner party. 400 for what Storage refuses.
 */
export function clientEvent(
  input: ClientEventInput,
  instance: Instance,
  now: string,
  rules: ClientEventRules,
): InstanceEvent {
  if (!input.instanceId?.trim())
    throw badRequest('missing_instance_id', 'Missing instance ID in InstanceEvent');
  if (input.instanceId.toLowerCase() !== instance.id.toLowerCase()) {
    throw badRequest('instance_id_mismatch', 'Instance ID in InstanceEvent does not match the Instance ID');
  }
  if (!input.eventType?.trim()) throw badRequest('missing_event_type', 'The event has no eventType');
  if (rules.requireUser) {
    const problem = missingUser(input.user);
    if (problem !== undefined) throw badRequest('invalid_event_user', problem);
  }
  let created = now;
  if (input.created !== undefined && input.created !== null) {
    const parsed = parseTimestamp(input.created);
    if (parsed === undefined) throw badRequest('invalid_created', `Unreadable event time: ${input.created}`);
    created = parsed.toISOString();
  }
  return withoutEmpty({
    id: input.id?.toLowerCase() ?? randomUUID(),
    instanceId: instance.id,
    dataId: input.dataId?.toLowerCase(),
    created,
    eventType: input.eventType,
    instanceOwnerPartyId: input.instanceOwnerPartyId ?? instance.instanceOwner.partyId,
    user: input.user ?? {},
    relatedUser: input.relatedUser ?? undefined,
    processInfo: input.processInfo ?? undefined,
    additionalInfo: input.additionalInfo ?? undefined,
  });
}
