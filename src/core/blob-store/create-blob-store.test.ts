import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { startLocalS3 } from '../../../test/support/local-s3.ts';
import { createBlobStore } from './create-blob-store.ts';
import { FileBlobStore } from './file-blob-store.ts';
import { S3BlobStore } from './s3-blob-store.ts';

describe('createBlobStore', () => {
  it('stores files under the configured root', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-blobs-'));
    try {
      const store = createBlobStore({ blobStore: { kind: 'file', root } }, {});
      expect(store).toBeInstanceOf(FileBlobStore);
      await store.write('a/b', Readable.from([Buffer.from('file')]));
      expect(await fs.readFile(path.join(root, 'a/b'), 'utf8')).toBe('file');
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });

  it('stores objects in the bucket and under the prefix of an s3:// URL, with settings from the env given', async () => {
    const s3 = await startLocalS3();
    try {
      const store = createBlobStore(
        { blobStore: { kind: 's3', url: `s3://${s3.bucket}/tinn/blobs` } },
        s3.env,
      );
      expect(store).toBeInstanceOf(S3BlobStore);
      await store.write('a/b', Readable.from([Buffer.from('object')]));
      const atRoot = createBlobStore({ blobStore: { kind: 's3', url: `s3://${s3.bucket}` } }, s3.env);
      expect(await text(await atRoot.read('tinn/blobs/a/b'))).toBe('object');
    } finally {
      await s3.close();
    }
  });

  it('reports a bad S3 setting by its variable', () => {
    expect(() => createBlobStore({ blobStore: { kind: 's3', url: 's3://bucket/../x' } }, {})).toThrow(
      /^BLOB_STORE:/,
    );
    expect(() =>
      createBlobStore({ blobStore: { kind: 's3', url: 's3://bucket' } }, { S3_ENDPOINT: 'nope' }),
    ).toThrow(/^S3_ENDPOINT:/);
  });
});
