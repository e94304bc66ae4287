import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LocalS3, startLocalS3 } from '../../../test/support/local-s3.ts';
import { MIN_PART_SIZE } from './object-upload.ts';
import { S3BlobStore } from './s3-blob-store.ts';
import { s3ClientConfig } from './s3-settings.ts';

const MiB = 1024 * 1024;
const CONTENT = 64 * MiB;
const CHUNK = 64 * 1024;

v8.setFlagsFromString('--expose-gc');
// Otherwise freed buffers are still counted for a while after a collection, and the numbers wander.
v8.setFlagsFromString('--no-concurrent-array-buffer-sweeping');
const collectGarbage = runInNewContext('gc') as () => void;

/** Memory the process still holds once garbage is gone: what a write keeps, not what it has let go. */
function liveBytesAfterCollection(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

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

it('streams a 64 MiB upload without holding the content in memory', async () => {
  const store = new S3BlobStore({ client, bucket: s3.bucket, prefix: 'streaming', partSize: MIN_PART_SIZE });
  const expected = createHash('sha256');
  let produced = 0;
  let mostAhead = 0;
  let peak = 0;
  const source = new Readable({
    read() {
      if (produced >= CONTENT) {
        this.push(null);
        return;
      }
      // How far the source has run ahead of what the server has stored, and what the process holds.
      mostAhead = Math.max(mostAhead, produced - s3.storedPartBytes());
      if (produced % (4 * MiB) === 0) peak = Math.max(peak, liveBytesAfterCollection());
      const chunk = Buffer.alloc(CHUNK, (produced / CHUNK) % 251);
      expected.update(chunk);
      produced += CHUNK;
      this.push(chunk);
    },
  });
  // The first multipart upload loads code and opens connections; that is not what is measured.
  await store.write('warm-up', Readable.from([Buffer.alloc(MIN_PART_SIZE + 1)]));
  const baseline = liveBytesAfterCollection();

  const stored = await store.write('big', source);

  expect(stored).toEqual({ key: 'big', size: CONTENT, sha256: expected.digest('hex') });
  // One part being filled, one being sent, and what sits in sockets and stream buffers.
  expect(mostAhead).toBeLessThan(2 * MIN_PART_SIZE + 4 * MiB);
  expect(peak - baseline).toBeLessThan(CONTENT / 2);
});
