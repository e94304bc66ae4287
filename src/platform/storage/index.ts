export { InstanceEventRepository } from './events/instance-event-repository.ts';
export { type EventListQuery, InstanceEventService } from './events/instance-event-service.ts';
export {
  hasOwnerScope,
  isAppOwner,
  performedBy,
  platformUserOf,
  SCOPES,
} from './instances/caller-identity.ts';
export type {
  CompleteConfirmation,
  DataElement,
  Instance,
  InstanceEvent,
  InstanceOwner,
  InstanceStatus,
  PlatformUser,
  ProcessElementInfo,
  ProcessState,
  ReadStatus,
  StoredInstance,
} from './instances/instance.ts';
export { instanceIdOf, withoutEmpty } from './instances/instance.ts';
export { actionsForTaskType, InstanceAuthorizer, instanceResource } from './instances/instance-authorizer.ts';
export { dataElementWithLinks, instanceWithLinks } from './instances/instance-links.ts';
export { InstanceMutations } from './instances/instance-mutations.ts';
export {
  buildInstanceOperations,
  type InstanceOperations,
  registerInstanceOperationRoutes,
} from './instances/instance-operations.ts';
export {
  InstanceRepository,
  type InstanceRow,
  type StorageDb,
  type StorageExecutor,
  storedPart,
  toDataElement,
  toInstance,
} from './instances/instance-repository.ts';
export { type InstanceChange, InstanceService, type InstanceTemplate } from './instances/instance-service.ts';
export {
  authorizeBeforeValidation,
  type InstanceRouteDeps,
  registerInstanceRoutes,
} from './instances/routes/index.ts';
export {
  type ApplicationLookup,
  parseAppId,
  type StorageApplication,
  type StorageDataType,
} from './instances/storage-application.ts';
export { InstanceLockService, STORAGE_LOCK_MIGRATIONS } from './lock/index.ts';
export {
  createMessageBoxService,
  type MessageBoxInstance,
  type MessageBoxQuery,
  MessageBoxService,
  registerMessageBoxRoutes,
  type SblInstanceEvent,
} from './messagebox/index.ts';
export { dataStorageContent, type ProcessHistoryItem, ProcessService } from './process/index.ts';
export { STORAGE_INSTANCE_MIGRATIONS } from './storage-migrations.ts';
export type { StorageTables } from './storage-tables.ts';
