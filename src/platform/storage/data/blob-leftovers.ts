import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * What a write killed halfway leaves beside a blob key, which the BlobStore interface cannot list:
 * the file store writes `{key}.{uuid}.partial` and renames it when complete. S3 multipart uploads
 * cut off by a crash are not visible as objects; a bucket lifecycle rule (AbortIncompleteMultipartUpload)
 * removes their parts.
 */
export interface BlobLeftovers {
  remove(blobKey: string): Promise<void>;
}

export const NO_LEFTOVERS: BlobLeftovers = { remove: async () => {} };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Partial files of the file blob store rooted at `root`. */
export function fileBlobLeftovers(root: string): BlobLeftovers {
  return {
    async remove(blobKey) {
      const file = path.join(root, blobKey);
      if (!file.startsWith(root + path.sep)) return;
      const partial = new RegExp(`^${escapeRegExp(path.basename(file))}\\.${UUID}\\.partial$`);
      const directory = path.dirname(file);
      const entries = await fs.readdir(directory).catch(() => [] as string[]);
      await Promise.all(
        entries
          .filter((entry) => partial.test(entry))
          .map((entry) => fs.rm(path.join(directory, entry), { force: true })),
      );
    },
  };
}
