export { type DatabaseHandle, type DatabaseOptions, openDatabase } from './database.ts';
export { type MigrationSet, migrateToLatest } from './migrate.ts';
