import type { Instance } from '../instances/instance.ts';
import type { MessageBoxInstance, MessageBoxRights, ProcessCurrentTask } from './message-box-model.ts';

/** The message box's name for where an instance is in its process. */
export function processCurrentTaskOf(instance: Instance): ProcessCurrentTask {
  const process = instance.process;
  if (process === undefined) return 'default';
  if (process.ended !== undefined) return instance.status.archived === undefined ? 'Submit' : 'Archived';
  switch (process.currentTask?.altinnTaskType?.toLowerCase()) {
    case 'confirmation':
      return 'Confirmation';
    case 'feedback':
      return 'Feedback';
    case 'signing':
      return 'Signing';
    default:
      return 'FormFilling';
  }
}

/** Who changed the instance last: the instance's own `lastChangedBy`, unless a data element changed later. */
export function lastChangedByOf(instance: Instance): string | null {
  let by = instance.lastChangedBy ?? null;
  let at = new Date(instance.lastChanged).getTime();
  for (const element of instance.data) {
    if (element.lastChanged === undefined || element.lastChangedBy === undefined) continue;
    const changed = new Date(element.lastChanged).getTime();
    if (changed > at) {
      at = changed;
      by = element.lastChangedBy;
    }
  }
  return by;
}

/** The later of `created` and `visibleAfter`: when the instance appeared in the message box. */
function createdDateTimeOf(instance: Instance): string {
  const { created, visibleAfter } = instance;
  return visibleAfter !== undefined && new Date(visibleAfter).getTime() > new Date(created).getTime()
    ? visibleAfter
    : created;
}

/** An instance as the message box lists it, before its texts are resolved (title is the app name). */
export function toMessageBoxInstance(instance: Instance, rights: MessageBoxRights): MessageBoxInstance {
  const [, appName = instance.appId] = instance.appId.split('/');
  const status = instance.status;
  const texts = instance.presentationTexts;
  return {
    id: instance.id.split('/')[1] ?? instance.id,
    instanceOwnerId: instance.instanceOwner.partyId,
    org: instance.org,
    appName,
    title: null,
    processCurrentTask: processCurrentTaskOf(instance),
    createdDateTime: createdDateTimeOf(instance),
    lastChangedBy: lastChangedByOf(instance),
    dueDateTime: instance.dueBefore ?? null,
    deleteStatus: status.softDeleted !== undefined || status.isSoftDeleted === true ? 1 : 0,
    readStatus: status.readStatus ?? 'Unread',
    substatus:
      status.substatus === undefined
        ? null
        : { label: status.substatus.label ?? null, description: status.substatus.description ?? null },
    allowDelete: rights.delete,
    allowNewCopy: rights.instantiate,
    authorizedForWrite: rights.write,
    authorizedForSign: rights.sign,
    archivedDateTime: status.archived ?? null,
    deletedDateTime: status.softDeleted ?? null,
    presentationText: texts === undefined ? null : Object.values(texts).join(', '),
    dataValues: instance.dataValues ?? null,
  };
}
