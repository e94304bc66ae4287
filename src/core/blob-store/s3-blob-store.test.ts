import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startLocalS3 } from '../../../test/support/local-s3.ts';
import { BlobNotFoundError } from './blob-store.ts';
import { chunks, describeBlobStoreContract } from './blob-store-contract.ts';
import { MIN_PART_SIZE } from './object-upload.ts';
import { S3BlobStore } from './s3-blob-store.ts';
import { s3ClientConfig } from './s3-settings.ts';

let s3: LocalS3;
let client: S3Client;
beforeAll(async () => {
  s3 = await startLocalS3();
  client = new S3Client(s3ClientConfig(s3.env));
});
afterAll(async () => {
  client?.destroy();
  await s3?.close();
});

async function keysUnder(prefix: string): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
}

function storeUnder(prefix: string): S3BlobStore {
  return new S3BlobStore({ client, bucket: s3.bucket, prefix, partSize: MIN_PART_SIZE });
}

describeBlobStoreContract('S3BlobStore', async () => {
  const prefix = `contract/${randomUUID()}`;
  return {
    store: storeUnder(prefix),
    async leftovers() {
      const open = await s3.openUploads();
      return [
        ...(await keysUnder(`${prefix}/`)),
        ...(open > 0 ? [`${open} unfinished multipart uploads`] : []),
      ];
    },
    dispose: async () => {},
  };
});

describe('S3BlobStore', () => {
  it('keeps keys under its prefix', async () => {
    const prefix = `prefixed/${randomUUID()}`;
    await storeUnder(prefix).write('ttd/app/one', Readable.from([Buffer.from('x')]));
    expect(await keysUnder(prefix)).toEqual([`${prefix}/ttd/app/one`]);
    const atRoot = new S3BlobStore({ client, bucket: s3.bucket });
    expect(await text(await atRoot.read(`${prefix}/ttd/app/one`))).toBe('x');
  });

  it('sends content of one part with a single PUT and longer content in parts', async () => {
    const store = storeUnder(`parts/${randomUUID()}`);
    const before = s3.storedPartBytes();
    await store.write('one-part', chunks(MIN_PART_SIZE / 1024, 1024));
    expect(s3.storedPartBytes()).toBe(before);
    await store.write('three-parts', chunks(MIN_PART_SIZE / 1024 + 1, 2048));
    expect(s3.storedPartBytes() - before).toBe(2 * MIN_PART_SIZE + 2048);
    expect(await s3.openUploads()).toBe(0);
  });

  it('surfaces a missing bucket instead of reporting a missing blob', async () => {
    const store = new S3BlobStore({ client, bucket: 'no-such-bucket' });
    const error = await store.read('any').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(BlobNotFoundError);
  });

  it('refuses an unsafe prefix', () => {
    expect(() => new S3BlobStore({ client, bucket: s3.bucket, prefix: '../up' })).toThrow(
      /Unsafe key prefix/,
    );
  });
});
