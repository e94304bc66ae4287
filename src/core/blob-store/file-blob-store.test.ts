import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeBlobStoreContract } from './blob-store-contract.ts';
import { FileBlobStore } from './file-blob-store.ts';

/** Every file under `root`, as paths relative to it; empty folders are not content. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

describeBlobStoreContract('FileBlobStore', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-blobs-'));
  return {
    store: new FileBlobStore(root),
    leftovers: () => filesUnder(root),
    dispose: () => fs.rm(root, { recursive: true, force: true }),
  };
});
