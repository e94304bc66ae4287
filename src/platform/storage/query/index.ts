export type { PageCursor } from './continuation-token.ts';
export type { InstanceFilters, InstanceQuery, SortOrder } from './instance-query.ts';
export { InstanceQueryRepository } from './instance-query-repository.ts';
export { InstanceQueryService, type InstanceQueryServiceDeps } from './instance-query-service.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, parseInstanceQuery } from './parse-instance-query.ts';
export { STORAGE_QUERY_MIGRATIONS } from './query-migrations.ts';
export { type QueryRouteDeps, registerInstanceQueryRoutes } from './routes/index.ts';
