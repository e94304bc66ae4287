import type { StoredBlob } from '../../../core/blob-store/index.ts';
import type { DataElement, Instance, InstanceStatus } from '../instances/instance.ts';
import { withoutEmpty } from '../instances/instance.ts';

type Reference = NonNullable<DataElement['references']>[number];

/** `{value: task, relation: GeneratedFrom, valueType: Task}` when the element was generated from a task. */
export function referencesFrom(generatedFromTask: string | undefined): Reference[] | undefined {
  if (generatedFromTask === undefined || generatedFromTask === '') return undefined;
  return [{ value: generatedFromTask, relation: 'GeneratedFrom', valueType: 'Task' }];
}

/** Where an element's first content goes; an overwrite writes `{path}.{version}` beside it. */
export function blobPathOf(instance: Instance, dataGuid: string): string {
  const instanceGuid = instance.id.split('/')[1] ?? instance.id;
  return `${instance.appId}/${instanceGuid}/data/${dataGuid}`;
}

export interface NewElement {
  readonly id: string;
  readonly instanceGuid: string;
  readonly dataType: string;
  readonly contentType: string | undefined;
  readonly filename: string | undefined;
  readonly blob: StoredBlob;
  readonly refs: readonly string[] | undefined;
  readonly generatedFromTask: string | undefined;
  readonly by: string;
  readonly now: string;
  readonly isRead: boolean;
  readonly fileScan: boolean;
  readonly locked?: boolean;
}

/** A data element as Altinn writes it: the always-present members (`locked`, `isRead`, `tags`, …) included. */
export function newElement(input: NewElement): DataElement {
  return withoutEmpty({
    id: input.id,
    instanceGuid: input.instanceGuid,
    dataType: input.dataType,
    filename: input.filename,
    contentType: input.contentType,
    blobStoragePath: input.blob.key,
    size: input.blob.size,
    contentHash: input.blob.sha256,
    locked: input.locked ?? false,
    refs: [...(input.refs ?? [])],
    isRead: input.isRead,
    tags: [],
    fileScanResult: input.fileScan ? 'Pending' : 'NotApplicable',
    references: referencesFrom(input.generatedFromTask),
    created: input.now,
    createdBy: input.by,
    lastChanged: input.now,
    lastChangedBy: input.by,
  });
}

export interface Overwrite {
  readonly contentType: string | undefined;
  readonly filename: string | undefined;
  readonly blob: StoredBlob;
  readonly refs: readonly string[] | undefined;
  readonly generatedFromTask: string | undefined;
  readonly by: string;
  readonly now: string;
  readonly byAppOwner: boolean;
  readonly fileScan: boolean;
}

/** New content: type, name, size, hash, path, refs and references replaced; unread again when the app owner wrote it. */
export function overwritten(element: DataElement, change: Overwrite): DataElement {
  const { filename: _filename, contentType: _contentType, references: _references, ...kept } = element;
  return withoutEmpty({
    ...kept,
    filename: change.filename,
    contentType: change.contentType,
    blobStoragePath: change.blob.key,
    size: change.blob.size,
    contentHash: change.blob.sha256,
    refs: [...(change.refs ?? [])],
    references: referencesFrom(change.generatedFromTask),
    isRead: change.byAppOwner ? false : element.isRead,
    fileScanResult: change.fileScan ? 'Pending' : 'NotApplicable',
    lastChanged: change.now,
    lastChangedBy: change.by,
  });
}

/** The members `PUT dataelements/{d}` may change, as in Altinn; everything else is kept. */
export const UPDATABLE_MEMBERS = [
  'locked',
  'refs',
  'references',
  'tags',
  'userDefinedMetadata',
  'metadata',
  'deleteStatus',
  'lastChanged',
  'lastChangedBy',
] as const;

export type ElementUpdate = Partial<Pick<DataElement, (typeof UPDATABLE_MEMBERS)[number]>>;

export function updated(element: DataElement, update: ElementUpdate): DataElement {
  const next: DataElement = { ...element };
  for (const member of UPDATABLE_MEMBERS) {
    (next as unknown as Record<string, unknown>)[member] = update[member];
  }
  // Plain members of Altinn's model: an absent `locked` reads as false, absent `tags` as none.
  next.locked = update.locked === true;
  next.tags = update.tags ?? [];
  return withoutEmpty(next);
}

/**
 * Altinn's read-status rules for data changes: an unread element arriving on a read instance makes it
 * "updated since last review"; when no element is read any more, a read instance is unread again.
 */
export function statusAfterDataChange(
  status: InstanceStatus,
  elements: readonly DataElement[],
): InstanceStatus {
  if (status.readStatus !== 'Read') return status;
  return elements.some((element) => element.isRead !== false) ? status : { ...status, readStatus: 'Unread' };
}

export function statusAfterUnreadArrives(status: InstanceStatus): InstanceStatus {
  return status.readStatus === 'Read' ? { ...status, readStatus: 'UpdatedSinceLastReview' } : status;
}
