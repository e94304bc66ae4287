import type { InstanceEvent, PlatformUser } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';

export interface ProcessHistoryItem {
  eventType: string;
  elementId?: string;
  occured?: string;
  started?: string;
  ended?: string;
  performedBy: string;
}

export const PROCESS_EVENT_TYPES = [
  'process_StartEvent',
  'process_EndEvent',
  'process_StartTask',
  'process_EndTask',
  'process_AbandonTask',
] as const;

function performedBy(user: PlatformUser | undefined): string {
  return user?.nationalIdentityNumber || user?.orgId || user?.systemUserOwnerOrgNo || '';
}

/**
 * The process history as Altinn builds it from process events (oldest first): start and end events become
 * items; a task start or end fills in `started`/`ended` of the first item for the same element, or adds
 * an item. Abandon events are not shown.
 */
export function processHistoryOf(events: readonly InstanceEvent[]): ProcessHistoryItem[] {
  const history: ProcessHistoryItem[] = [];
  for (const event of events) {
    const info = event.processInfo;
    const base = { eventType: event.eventType, performedBy: performedBy(event.user) };
    switch (event.eventType) {
      case 'process_StartEvent':
        history.push({ ...base, elementId: info?.startEvent, occured: info?.started ?? event.created });
        break;
      case 'process_EndEvent':
        history.push({ ...base, elementId: info?.endEvent, occured: info?.ended ?? event.created });
        break;
      case 'process_StartTask':
      case 'process_EndTask': {
        const elementId = info?.currentTask?.elementId;
        const starts = event.eventType === 'process_StartTask';
        const existing = history.find((item) => elementId !== undefined && item.elementId === elementId);
        if (existing !== undefined) {
          if (starts) existing.started = event.created;
          else existing.ended = event.created;
        } else {
          const at = (starts ? info?.started : info?.ended) ?? event.created;
          history.push({ ...base, elementId, occured: at, ...(starts ? { started: at } : { ended: at }) });
        }
        break;
      }
    }
  }
  return history.map((item) => withoutEmpty(item));
}
