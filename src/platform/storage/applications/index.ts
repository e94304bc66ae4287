export {
  type AppRef,
  appIdOf,
  isValidAppRef,
  parseAppId,
} from './app-id.ts';
export { ApplicationCache } from './application-cache.ts';
export { STORAGE_APPLICATION_MIGRATIONS } from './application-migrations.ts';
export type {
  Application,
  ApplicationInput,
  TextResource,
  TextResourceInput,
  WithoutNulls,
} from './application-model.ts';
export { ApplicationListSchema, ApplicationSchema } from './application-schema.ts';
export { ApplicationService, type ApplicationServiceDeps, INSTALLED_BY } from './application-service.ts';
export type { ApplicationTables } from './application-tables.ts';
export { APPLICATION_CACHE_TTL_MS, createApplicationService } from './create-application-service.ts';
export { ApplicationLogicSchema, DataTypeSchema } from './data-type-schema.ts';
export { type ApplicationRouteDeps, registerApplicationRoutes } from './routes/index.ts';
export {
  LanguageCode,
  TextResourceInputSchema,
  TextResourceSchema,
} from './text-resource-schema.ts';
