export { dataStorageContent } from './data-storage-content.ts';
export type { DeletedContent } from './deleted-content.ts';
export { deleteElementsGeneratedFromTask } from './generated-elements.ts';
export { processChangeCheck } from './process-authorization.ts';
export { PROCESS_EVENT_TYPES, type ProcessHistoryItem, processHistoryOf } from './process-history.ts';
export {
  ProcessService,
  type ProcessServiceDeps,
  type ProcessUpdateInput,
  type ProcessUpdateOptions,
} from './process-service.ts';
export { type ProcessRouteDeps, registerProcessRoutes } from './routes/index.ts';
