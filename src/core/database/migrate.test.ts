import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const createTable = (name: string) => ({
  async up(db: Kysely<unknown>) {
    await sql`create table ${sql.table(name)} (id integer)`.execute(db);
  },
});

describe('migrateToLatest', () => {
  let handle: DatabaseHandle<unknown> | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it('applies each migration once, and takes an earlier one added after a later one ran', async () => {
    handle = await openDatabase({ url: undefined, embeddedDir: 'memory://' });
    expect(await migrateToLatest(handle.db, [{ '0200_b': createTable('b') }])).toEqual(['0200_b']);
    expect(await migrateToLatest(handle.db, [{ '0200_b': createTable('b') }])).toEqual([]);
    expect(
      await migrateToLatest(handle.db, [{ '0100_a': createTable('a'), '0200_b': createTable('b') }]),
    ).toEqual(['0100_a']);
    const tables = await sql<{
      name: string;
    }>`select tablename as name from pg_tables where tablename in ('a','b') order by 1`.execute(handle.db);
    expect(tables.rows.map((row) => row.name)).toEqual(['a', 'b']);
  });

  it('refuses two migrations with the same name', async () => {
    handle = await openDatabase({ url: undefined, embeddedDir: 'memory://' });
    await expect(
      migrateToLatest(handle.db, [{ x: createTable('x') }, { x: createTable('y') }]),
    ).rejects.toThrow(/Two migrations are named x/);
  });
});
