import type { DataExecutor } from './data-element-repository.ts';
import type { PendingReason } from './data-tables.ts';

export interface PendingBlob {
  readonly blobKey: string;
  readonly instanceGuid: string;
  readonly dataGuid: string;
  readonly nodeKey: number;
  readonly reason: PendingReason;
}

export interface StaleFilter {
  /** Rows of these nodes are abandoned: their process is gone. */
  readonly deadNodes: readonly number[];
  /** Rows created before this are abandoned whoever wrote them. */
  readonly createdBefore: Date;
  readonly limit: number;
}

/** Rows of `storage_pending_blob`: blobs that no committed data element row owns (yet, or any more). */
export class PendingBlobRepository {
  async insert(executor: DataExecutor, blob: PendingBlob): Promise<void> {
    await executor
      .insertInto('storage_pending_blob')
      .values({
        blob_key: blob.blobKey,
        instance_guid: blob.instanceGuid,
        data_guid: blob.dataGuid,
        node_key: blob.nodeKey,
        reason: blob.reason,
      })
      .execute();
  }

  /** Removes the row; false when there was none (another node's sweeper took it). */
  async remove(executor: DataExecutor, blobKey: string): Promise<boolean> {
    const row = await executor
      .deleteFrom('storage_pending_blob')
      .where('blob_key', '=', blobKey)
      .returning('blob_key')
      .executeTakeFirst();
    return row !== undefined;
  }

  async nodes(executor: DataExecutor): Promise<number[]> {
    const rows = await executor.selectFrom('storage_pending_blob').select('node_key').distinct().execute();
    return rows.map((row) => row.node_key);
  }

  /** Locks abandoned rows for the caller's transaction, skipping rows another sweeper holds. */
  async claimStale(executor: DataExecutor, filter: StaleFilter): Promise<string[]> {
    const rows = await executor
      .selectFrom('storage_pending_blob')
      .select('blob_key')
      .where((eb) => {
        const stale = [eb('created', '<', filter.createdBefore)];
        if (filter.deadNodes.length > 0) stale.push(eb('node_key', 'in', [...filter.deadNodes]));
        return eb.or(stale);
      })
      .orderBy('created')
      .limit(filter.limit)
      .forUpdate()
      .skipLocked()
      .execute();
    return rows.map((row) => row.blob_key);
  }

  async removeMany(executor: DataExecutor, blobKeys: readonly string[]): Promise<void> {
    if (blobKeys.length === 0) return;
    await executor
      .deleteFrom('storage_pending_blob')
      .where('blob_key', 'in', [...blobKeys])
      .execute();
  }
}
