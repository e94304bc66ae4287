import type { DataElement } from '../instances/instance.ts';
import type { StorageExecutor } from '../instances/instance-repository.ts';

/**
 * How the bytes of data elements a process change deletes go away: `release` runs in the transaction that
 * deletes their rows (so a crash right after the commit leaves them for the blob sweeper), `remove` after
 * the commit.
 */
export interface DeletedContent {
  release(executor: StorageExecutor, elements: readonly DataElement[]): Promise<void>;
  remove(elements: readonly DataElement[]): Promise<void>;
}
