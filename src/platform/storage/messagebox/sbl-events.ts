import type { InstanceEvent } from '../instances/instance.ts';
import type { SblInstanceEvent } from './message-box-model.ts';

/** The event types an instance's history in the message box shows (Altinn's spelling, `Submited` too). */
export const SBL_EVENT_TYPES: readonly string[] = [
  'Created',
  'Deleted',
  'Saved',
  'Submited',
  'Undeleted',
  'SubstatusUpdated',
  'Signed',
  'SentToSign',
  'SentToPayment',
  'SentToSendIn',
  'SentToFormFill',
  'InstanceForwarded',
  'InstanceRightRevoked',
  'NotificationSentSms',
  'MessageArchived',
  'MessageRead',
];

function isAboutData(event: InstanceEvent): boolean {
  return event.dataId !== undefined && event.dataId !== '';
}

function actorOf(event: InstanceEvent): string | undefined {
  return event.user?.userId !== undefined ? String(event.user.userId) : event.user?.orgId;
}

/**
 * The history as the message box shows it: a data element's `Created` reads as `Saved`, other events
 * about data elements are left out, and a run of `Saved` by the same actor shows only its last one.
 * `events` are in the order they happened.
 */
export function messageBoxHistory(events: readonly InstanceEvent[]): InstanceEvent[] {
  const shown = events
    .map((event) =>
      isAboutData(event) && event.eventType === 'Created' ? { ...event, eventType: 'Saved' } : event,
    )
    .filter((event) => !isAboutData(event) || event.eventType.toLowerCase() === 'saved');
  return shown.filter((event, index) => {
    const next = shown[index + 1];
    if (next === undefined || event.eventType !== 'Saved' || next.eventType !== 'Saved') return true;
    return actorOf(event) !== actorOf(next);
  });
}

export function toSblInstanceEvent(event: InstanceEvent): SblInstanceEvent {
  return {
    id: event.id ?? null,
    createdDateTime: event.created ?? null,
    eventType: event.eventType,
    user: event.user ?? null,
    relatedUser: event.relatedUser ?? null,
    additionalInfo: event.additionalInfo ?? null,
  };
}
