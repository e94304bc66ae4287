import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

export type MigrationSet = Readonly<Record<string, Migration>>;

/**
 * Runs forward-only migrations. Kysely's migrator takes a PostgreSQL advisory lock for the run,
 * so several nodes may start at once and only one applies each migration.
 */
export async function migrateToLatest(db: Kysely<unknown>, sets: readonly MigrationSet[]): Promise<string[]> {
  const all: Record<string, Migration> = {};
  for (const set of sets) {
    for (const [name, migration] of Object.entries(set)) {
      if (name in all) throw new Error(`Two migrations are named ${name}`);
      all[name] = migration;
    }
  }
  const provider: MigrationProvider = { getMigrations: async () => all };
  // Each domain owns its migrations and none depends on a later one, so a database that already ran
  // a later migration still takes an earlier one added since.
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'tinn_migration',
    migrationLockTableName: 'tinn_migration_lock',
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
