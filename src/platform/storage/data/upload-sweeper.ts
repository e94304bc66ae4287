import type { BlobStore } from '../../../core/blob-store/index.ts';
import type { BlobLeftovers } from './blob-leftovers.ts';
import type { DataDb } from './data-element-repository.ts';
import type { PendingBlobRepository } from './pending-blob-repository.ts';
import type { UploadNode } from './upload-node.ts';

export interface SweeperDeps {
  readonly db: DataDb;
  readonly blobs: BlobStore;
  readonly pending: PendingBlobRepository;
  readonly node: UploadNode;
  readonly leftovers: BlobLeftovers;
  /** Pending rows older than this are removed even when their node still runs (a backstop for lost cleanups). */
  readonly maxAgeMs?: number;
  readonly batchSize?: number;
  readonly now?: () => Date;
}

/** A whole day: far beyond the longest upload Storage accepts at any sensible speed. */
export const DEFAULT_MAX_PENDING_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the bytes of uploads that will never be committed (their process died) and of blobs a commit let
 * go of but did not get to remove. Several nodes may sweep at once: each claims rows with
 * FOR UPDATE SKIP LOCKED and removes the bytes before the row, in the claiming transaction.
 */
export class UploadSweeper {
  private running: Promise<number> | undefined;

  constructor(private readonly deps: SweeperDeps) {}

  /** One pass over all abandoned rows; resolves to the number of blobs removed. */
  sweep(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const { db, pending, node } = this.deps;
    const nodes = await pending.nodes(db);
    const alive = await node.alive(nodes);
    const deadNodes = nodes.filter((key) => !alive.has(key));
    const now = this.deps.now?.() ?? new Date();
    const createdBefore = new Date(now.getTime() - (this.deps.maxAgeMs ?? DEFAULT_MAX_PENDING_AGE_MS));
    const limit = this.deps.batchSize ?? 50;
    let removed = 0;
    for (;;) {
      const batch = await db.transaction().execute(async (trx) => {
        const keys = await pending.claimStale(trx, { deadNodes, createdBefore, limit });
        for (const key of keys) {
          await this.deps.blobs.delete(key);
          await this.deps.leftovers.remove(key);
        }
        await pending.removeMany(trx, keys);
        return keys.length;
      });
      removed += batch;
      if (batch < limit) return removed;
    }
  }
}
