import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The part of s3rver (which ships no types) that this helper uses. */
interface S3rverContext {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | string[] | undefined>>;
  status: number;
  body: unknown;
}
type Middleware = (context: S3rverContext, next: () => Promise<void>) => Promise<void>;
interface S3rverStore {
  putPart(...args: unknown[]): Promise<{ readonly size: number }>;
}
interface S3rver {
  readonly middleware: Middleware[];
  readonly store: S3rverStore;
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  readonly address: string;
  readonly port: number;
  readonly directory: string;
  readonly silent: boolean;
  readonly configureBuckets: readonly { readonly name: string }[];
}) => S3rver;

export interface LocalS3 {
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Environment variables that point Tinn's S3 blob store at this server. */
  readonly env: Readonly<Record<string, string>>;
  /** Multipart uploads started and neither completed nor aborted. */
  openUploads(): Promise<number>;
  /** Bytes of multipart parts stored so far, counted as each part is complete on disk. */
  storedPartBytes(): number;
  close(): Promise<void>;
}

const S3rverClass = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

/** Where s3rver keeps a bucket's unfinished multipart uploads, one folder per upload id. */
function uploadsDir(directory: string, bucket: string): string {
  return path.join(directory, bucket, '._S3rver_uploads');
}

/** s3rver answers AbortMultipartUpload with 405; this does what S3 does: drop the upload's parts. */
function abortMultipartUpload(directory: string): Middleware {
  return async (context, next) => {
    const uploadId = context.query.uploadId;
    if (context.method !== 'DELETE' || typeof uploadId !== 'string') return next();
    const bucket = context.path.split('/')[1] ?? '';
    if (!/^[0-9a-f]+$/.test(uploadId) || !/^[A-Za-z0-9._-]+$/.test(bucket)) {
      context.status = 400;
      return;
    }
    await fs.rm(path.join(uploadsDir(directory, bucket), uploadId), { recursive: true, force: true });
    context.status = 204;
    context.body = null;
  };
}

/** An S3-compatible server (s3rver) on 127.0.0.1 at a free port, storing under a temporary folder. */
export async function startLocalS3(bucket = 'tinn-test'): Promise<LocalS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-s3-'));
  const server = new S3rverClass({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  server.middleware.unshift(abortMultipartUpload(directory));
  let storedPartBytes = 0;
  const putPart = server.store.putPart.bind(server.store);
  server.store.putPart = async (...args) => {
    const result = await putPart(...args);
    storedPartBytes += result.size;
    return result;
  };
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    bucket,
    region: 'us-east-1',
    ...credentials,
    env: {
      S3_ENDPOINT: endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    async openUploads() {
      try {
        return (await fs.readdir(uploadsDir(directory, bucket))).length;
      } catch {
        return 0;
      }
    },
    storedPartBytes: () => storedPartBytes,
    async close() {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
