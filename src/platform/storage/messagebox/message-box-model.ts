import type { PlatformUser, ReadStatus } from '../instances/instance.ts';

/** How the Altinn 2 message box names the state of an instance. */
export type ProcessCurrentTask =
  | 'FormFilling'
  | 'Confirmation'
  | 'Feedback'
  | 'Signing'
  | 'Submit'
  | 'Archived'
  | 'default';

/** 0: not deleted, 1: soft deleted (a number on the wire, as in Altinn). */
export type DeleteStatus = 0 | 1;

/**
 * An instance as the message box lists it. Every member is written, absent values as `null`, the way
 * Storage serialises this model.
 */
export interface MessageBoxInstance {
  id: string;
  instanceOwnerId: string;
  org: string;
  appName: string;
  title: string | null;
  processCurrentTask: ProcessCurrentTask;
  createdDateTime: string;
  lastChangedBy: string | null;
  dueDateTime: string | null;
  deleteStatus: DeleteStatus;
  readStatus: ReadStatus;
  substatus: { label: string | null; description: string | null } | null;
  allowDelete: boolean;
  allowNewCopy: boolean;
  authorizedForWrite: boolean;
  authorizedForSign: boolean;
  archivedDateTime: string | null;
  deletedDateTime: string | null;
  presentationText: string | null;
  dataValues: Record<string, string> | null;
}

/** An instance event as the message box shows it in an instance's history. */
export interface SblInstanceEvent {
  id: string | null;
  createdDateTime: string | null;
  eventType: string;
  user: PlatformUser | null;
  relatedUser: PlatformUser | null;
  additionalInfo: string | null;
}

/** The search body (MessageBoxQueryModel); JSON null counts as absent. */
export interface MessageBoxQuery {
  readonly instanceOwnerPartyIdList: readonly number[];
  readonly appId?: string | null;
  readonly includeActive?: boolean | null;
  readonly includeArchived?: boolean | null;
  readonly includeDeleted?: boolean | null;
  readonly fromLastChanged?: string | null;
  readonly toLastChanged?: string | null;
  readonly fromCreated?: string | null;
  readonly toCreated?: string | null;
  readonly searchString?: string | null;
  readonly archiveReference?: string | null;
  readonly language?: string | null;
  readonly filterMigrated?: boolean | null;
}

/** What the caller may do with one instance, from one PDP multi-decision. */
export interface MessageBoxRights {
  readonly read: boolean;
  readonly write: boolean;
  readonly delete: boolean;
  readonly sign: boolean;
  readonly instantiate: boolean;
}
