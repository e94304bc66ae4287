import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';

export interface DatabaseOptions {
  /** postgres:// URL of a server; undefined selects the embedded database. */
  readonly url: string | undefined;
  /** Folder for the embedded database files; `memory://` keeps it in memory. */
  readonly embeddedDir: string;
  readonly poolSize?: number;
  /** Told about errors of idle server connections (a restart, a dropped connection); the pool replaces them. */
  readonly onIdleConnectionError?: (error: Error) => void;
}

export interface DatabaseHandle<DB> {
  readonly db: Kysely<DB>;
  readonly kind: 'embedded' | 'server';
  close(): Promise<void>;
}

// PostgreSQL's int8 comes back as a string by default; our bigint columns are counters and ids that fit.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openDatabase<DB>(options: DatabaseOptions): Promise<DatabaseHandle<DB>> {
  if (options.url !== undefined) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on('error', (error) => options.onIdleConnectionError?.(error));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'server', close: () => db.destroy() };
  }
  if (!options.embeddedDir.startsWith('memory://')) {
    await fs.mkdir(path.dirname(options.embeddedDir), { recursive: true });
  }
  const client = await PGlite.create(options.embeddedDir);
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'embedded', close: () => db.destroy() };
}
