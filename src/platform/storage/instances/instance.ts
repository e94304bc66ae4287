/** Storage's wire models, camelCase with absent values omitted, as Altinn's Storage writes them. */

export interface InstanceOwner {
  /** A string on the wire, as in Altinn. */
  partyId: string;
  personNumber?: string;
  organisationNumber?: string;
  username?: string;
  externalIdentifier?: string;
}

export interface ProcessElementInfo {
  flow?: number;
  started?: string;
  elementId?: string;
  name?: string;
  altinnTaskType?: string;
  ended?: string;
  flowType?: string;
  validated?: { timestamp?: string; canCompleteTask?: boolean };
}

export interface ProcessState {
  started?: string;
  startEvent?: string;
  currentTask?: ProcessElementInfo;
  ended?: string;
  endEvent?: string;
}

export type ReadStatus = 'Unread' | 'Read' | 'UpdatedSinceLastReview';

export interface InstanceStatus {
  isArchived?: boolean;
  archived?: string;
  isSoftDeleted?: boolean;
  softDeleted?: string;
  isHardDeleted?: boolean;
  hardDeleted?: string;
  readStatus?: ReadStatus;
  substatus?: { label?: string; description?: string };
}

export interface CompleteConfirmation {
  stakeholderId: string;
  confirmedOn: string;
}

export interface SelfLinks {
  apps?: string;
  platform?: string;
}

export interface DataElement {
  id: string;
  instanceGuid: string;
  dataType: string;
  filename?: string;
  contentType?: string;
  blobStoragePath?: string;
  selfLinks?: SelfLinks;
  size?: number;
  contentHash?: string;
  locked?: boolean;
  refs?: string[];
  isRead?: boolean;
  tags?: string[];
  userDefinedMetadata?: { key: string; value: string }[];
  metadata?: { key: string; value: string }[];
  deleteStatus?: { isHardDeleted?: boolean; hardDeleted?: string };
  fileScanResult?: 'NotApplicable' | 'Pending' | 'Clean' | 'Infected';
  references?: { value: string; relation: string; valueType: string }[];
  created?: string;
  createdBy?: string;
  lastChanged?: string;
  lastChangedBy?: string;
}

export interface Instance {
  id: string;
  instanceOwner: InstanceOwner;
  appId: string;
  org: string;
  selfLinks?: SelfLinks;
  dueBefore?: string;
  visibleAfter?: string;
  process?: ProcessState;
  status: InstanceStatus;
  completeConfirmations?: CompleteConfirmation[];
  data: DataElement[];
  presentationTexts?: Record<string, string>;
  dataValues?: Record<string, string>;
  created: string;
  createdBy: string;
  lastChanged: string;
  lastChangedBy: string;
}

/** What is stored in the jsonb column: the instance without its id, links and data elements. */
export type StoredInstance = Omit<Instance, 'id' | 'selfLinks' | 'data'>;

export interface PlatformUser {
  userId?: number;
  orgId?: string;
  authenticationLevel?: number;
  endUserSystemId?: number;
  nationalIdentityNumber?: string;
  systemUserId?: string;
  systemUserOwnerOrgNo?: string;
  systemUserName?: string;
}

export interface InstanceEvent {
  id: string;
  instanceId: string;
  dataId?: string;
  created: string;
  eventType: string;
  instanceOwnerPartyId: string;
  user: PlatformUser;
  relatedUser?: PlatformUser;
  processInfo?: ProcessState;
  additionalInfo?: string;
}

/** The instance id on the wire: `{partyId}/{instanceGuid}`. */
export function instanceIdOf(partyId: number | string, instanceGuid: string): string {
  return `${partyId}/${instanceGuid}`;
}

/** Drops undefined and null members, recursively, so they are omitted on the wire. */
export function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutEmpty(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    if (member !== undefined && member !== null) result[key] = withoutEmpty(member);
  }
  return result as T;
}
