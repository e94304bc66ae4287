export { createMessageBoxService, type MessageBoxWiring } from './create-message-box-service.ts';
export type {
  MessageBoxInstance,
  MessageBoxQuery,
  ProcessCurrentTask,
  SblInstanceEvent,
} from './message-box-model.ts';
export { MESSAGE_BOX_SEARCH_SIZE } from './message-box-search.ts';
export { MessageBoxService, type MessageBoxServiceDeps } from './message-box-service.ts';
export { type MessageBoxRouteDeps, registerMessageBoxRoutes } from './routes/index.ts';
