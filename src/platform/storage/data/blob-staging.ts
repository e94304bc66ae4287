import type { Readable } from 'node:stream';
import { type BlobStore, BlobTooLargeError, type StoredBlob } from '../../../core/blob-store/index.ts';
import { ProblemError } from '../../../core/errors.ts';
import type { BlobLeftovers } from './blob-leftovers.ts';
import type { DataDb, DataExecutor } from './data-element-repository.ts';
import { payloadTooLarge, uploadAborted, uploadLost } from './data-errors.ts';
import type { PendingReason } from './data-tables.ts';
import type { PendingBlobRepository } from './pending-blob-repository.ts';
import type { UploadNode } from './upload-node.ts';

export interface StagingDeps {
  readonly db: DataDb;
  readonly blobs: BlobStore;
  readonly pending: PendingBlobRepository;
  readonly node: UploadNode;
  readonly leftovers: BlobLeftovers;
  readonly onCleanupError: (error: unknown, blobKey: string) => void;
}

export interface BlobTarget {
  readonly blobKey: string;
  readonly instanceGuid: string;
  readonly dataGuid: string;
}

const ABORT_CODES = new Set(['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE', 'ABORT_ERR']);

function asProblem(error: unknown): unknown {
  if (error instanceof ProblemError) return error;
  if (error instanceof BlobTooLargeError) return payloadTooLarge(error.maxBytes);
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && ABORT_CODES.has(code)) return uploadAborted();
  return error;
}

/**
 * The life of blob bytes that no committed row owns. A pending row is written (and committed) before the
 * first byte; the transaction that commits the data element row removes it. Bytes a commit lets go of
 * (an overwritten or deleted element's) get a pending row in that same transaction and are removed after.
 * A crash anywhere leaves a pending row, which the sweeper finds.
 */
export class BlobStaging {
  constructor(private readonly deps: StagingDeps) {}

  /** Streams `content` to the target key; on any failure nothing is left behind and the error is thrown. */
  async write(target: BlobTarget, content: Readable, maxBytes: number): Promise<StoredBlob> {
    await this.deps.pending.insert(this.deps.db, {
      ...target,
      nodeKey: this.deps.node.key,
      reason: 'upload',
    });
    try {
      return await this.deps.blobs.write(target.blobKey, content, { maxBytes });
    } catch (error) {
      await this.discard(target.blobKey);
      throw asProblem(error);
    }
  }

  /** In the transaction that commits the element: the bytes now belong to its row. */
  async commit(trx: DataExecutor, blobKey: string): Promise<void> {
    if (!(await this.deps.pending.remove(trx, blobKey))) throw uploadLost();
  }

  /** Removes bytes that will not be committed, then their pending row; failures are left to the sweeper. */
  async discard(blobKey: string): Promise<void> {
    try {
      await this.deps.blobs.delete(blobKey);
      await this.deps.leftovers.remove(blobKey);
      await this.deps.pending.remove(this.deps.db, blobKey);
    } catch (error) {
      this.deps.onCleanupError(error, blobKey);
    }
  }

  /** In the transaction of a change that no longer needs a committed blob. */
  async release(
    trx: DataExecutor,
    target: BlobTarget,
    reason: Exclude<PendingReason, 'upload'>,
  ): Promise<void> {
    await this.deps.pending.insert(trx, { ...target, nodeKey: this.deps.node.key, reason });
  }
}
