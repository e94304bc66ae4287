import { timingSafeEqual } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { InstanceLockTables } from './lock-tables.ts';

export type AcquireLockResult =
  | { readonly outcome: 'acquired'; readonly lockId: number }
  | { readonly outcome: 'held' | 'instance_not_found' };

export type ExtendLockResult =
  | 'extended'
  | 'lock_not_found'
  | 'instance_not_found'
  | 'token_mismatch'
  | 'expired';

export interface LockRequest {
  readonly instanceGuid: string;
  readonly partyId: number;
  readonly ttlSeconds: number;
}

/**
 * Instance locks. Each operation runs in one transaction holding the instance row lock, and compares times
 * with the database clock (`clock_timestamp()`), so every node decides the same way.
 */
export class InstanceLockRepository {
  constructor(private readonly db: Kysely<InstanceLockTables>) {}

  async acquire(request: LockRequest, lockedBy: string, secretHash: Buffer): Promise<AcquireLockResult> {
    return this.db.transaction().execute(async (trx) => {
      const instanceId = await lockInstance(trx, request);
      if (instanceId === undefined) return { outcome: 'instance_not_found' };
      const live = await trx
        .selectFrom('storage_instance_lock')
        .select('id')
        .where('instance_id', '=', instanceId)
        .where('locked_until', '>', sql<Date>`clock_timestamp()`)
        .executeTakeFirst();
      if (live !== undefined) return { outcome: 'held' };
      const inserted = await sql<{ id: number | string }>`
        insert into storage_instance_lock (instance_id, locked_at, locked_until, locked_by, secret_hash)
        select ${instanceId}, now.at, now.at + make_interval(secs => ${request.ttlSeconds}::double precision),
               ${lockedBy}, ${secretHash}
        from (select clock_timestamp() as at) as now
        returning id`.execute(trx);
      return { outcome: 'acquired', lockId: Number(inserted.rows[0]!.id) };
    });
  }

  /** Sets a live lock to end `ttlSeconds` from now (0 releases it). */
  async extend(request: LockRequest, lockId: number, secretHash: Buffer): Promise<ExtendLockResult> {
    return this.db.transaction().execute(async (trx) => {
      const instanceId = await lockInstance(trx, request);
      if (instanceId === undefined) return 'instance_not_found';
      const lock = await trx
        .selectFrom('storage_instance_lock')
        .select('secret_hash')
        .where('id', '=', lockId)
        .where('instance_id', '=', instanceId)
        .executeTakeFirst();
      if (lock === undefined) return 'lock_not_found';
      const stored = Buffer.from(lock.secret_hash);
      if (stored.length !== secretHash.length || !timingSafeEqual(stored, secretHash))
        return 'token_mismatch';
      const updated = await trx
        .updateTable('storage_instance_lock')
        .set({
          locked_until: sql<Date>`clock_timestamp() + make_interval(secs => ${request.ttlSeconds}::double precision)`,
        })
        .where('id', '=', lockId)
        .where('locked_until', '>', sql<Date>`clock_timestamp()`)
        .returning('id')
        .executeTakeFirst();
      return updated === undefined ? 'expired' : 'extended';
    });
  }
}

/** Locks the instance row for the transaction; undefined when there is no such instance of that party. */
async function lockInstance(
  trx: Transaction<InstanceLockTables>,
  request: LockRequest,
): Promise<number | undefined> {
  const row = await trx
    .selectFrom('storage_instance')
    .select('id')
    .where('instance_guid', '=', request.instanceGuid)
    .where('party_id', '=', request.partyId)
    .forUpdate()
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.id);
}
