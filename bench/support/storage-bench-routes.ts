import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Platform } from '../../src/server.ts';
import { seedInstances } from './seed-instances.ts';

/** An instance document of the size the API stores, for the raw insert baseline. */
function scratchDocument(): string {
  const now = new Date().toISOString();
  return JSON.stringify({
    instanceOwner: { partyId: '520101', personNumber: '01017012345' },
    appId: 'ttd/bench-instances',
    org: 'ttd',
    visibleAfter: now,
    process: {
      started: now,
      startEvent: 'StartEvent_1',
      currentTask: {
        flow: 2,
        started: now,
        elementId: 'Task_1',
        name: 'Utfylling',
        altinnTaskType: 'data',
        flowType: 'CompleteCurrentMoveToNext',
      },
    },
    status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Unread' },
    dataValues: { kind: 'bench' },
    created: now,
    createdBy: '20001',
    lastChanged: now,
    lastChangedBy: '20001',
  });
}

/**
 * Baselines and set-up for the storage benchmarks: one raw insert of an instance-sized row into a scratch
 * table, one select of an instance document by key, and bulk seeding of instances for the query bench.
 */
export async function registerStorageBenchRoutes(platform: Platform): Promise<void> {
  const db = platform.db as Kysely<unknown>;
  await sql`create table if not exists bench_scratch (
    id bigint generated always as identity primary key, guid uuid not null unique, doc jsonb not null)`.execute(
    db,
  );
  const document = scratchDocument();
  platform.app.post('/bench/raw-insert', async (_request, reply) => {
    await sql`insert into bench_scratch (guid, doc) values (${randomUUID()}::uuid, ${document}::jsonb)`.execute(
      db,
    );
    return reply.status(201).send({ ok: true });
  });
  platform.app.get('/bench/raw-select', async (request) => {
    const { guid } = request.query as { guid: string };
    const rows = await sql<{ instance: unknown }>`select instance from storage_instance
      where instance_guid = ${guid}::uuid`.execute(db);
    return rows.rows[0]?.instance ?? {};
  });
  platform.app.post('/bench/seed-instances', async (request) => {
    const { from, to, stride } = request.query as Record<string, string>;
    await seedInstances(db, { from: Number(from), to: Number(to), benchStride: Number(stride) });
    return { ok: true };
  });
  platform.app.post('/bench/analyze', async () => {
    await sql`analyze storage_instance`.execute(db);
    await sql`analyze storage_data_element`.execute(db);
    return { ok: true };
  });
}
