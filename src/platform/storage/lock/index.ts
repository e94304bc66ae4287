export { InstanceLockRepository } from './instance-lock-repository.ts';
export { InstanceLockService } from './instance-lock-service.ts';
export { STORAGE_LOCK_MIGRATIONS } from './lock-migrations.ts';
export type { InstanceLockTables } from './lock-tables.ts';
export { type InstanceLockRouteDeps, registerInstanceLockRoutes } from './routes/index.ts';
