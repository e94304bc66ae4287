import { type BlobStaging, blobTargetOf, type DataStorage } from '../data/index.ts';
import type { DeletedContent } from './deleted-content.ts';

type StagingExecutor = Parameters<BlobStaging['release']>[0];

/** Deleted elements' bytes handled as the data element API handles its own deletes. */
export function dataStorageContent(data: Pick<DataStorage, 'staging' | 'removeContent'>): DeletedContent {
  return {
    async release(executor, elements) {
      for (const element of elements) {
        const target = blobTargetOf(element);
        // The data tables extend the storage tables, so one transaction serves both.
        if (target !== undefined)
          await data.staging.release(executor as unknown as StagingExecutor, target, 'deleted');
      }
    },
    remove: (elements) => data.removeContent(elements),
  };
}
