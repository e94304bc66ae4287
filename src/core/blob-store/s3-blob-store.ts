import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertSafeBlobKey, isSafeBlobKey } from './blob-key.ts';
import {
  BlobNotFoundError,
  type BlobRange,
  type BlobStore,
  BlobTooLargeError,
  type StoredBlob,
  type WriteOptions,
} from './blob-store.ts';
import { MIN_PART_SIZE, ObjectUpload } from './object-upload.ts';

export interface S3BlobStoreOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /** Prepended to every key with a slash between; empty for the bucket's root. */
  readonly prefix?: string;
  /** Bytes per multipart part; default 8 MiB, at least 5 MiB. */
  readonly partSize?: number;
  /**
   * Parts sent at once while the next one fills; default 1. A write holds about
   * (2 × concurrency + 1) × partSize at most, since a sent part is let go only once its socket moves on.
   */
  readonly concurrency?: number;
}

const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('Blob content must be a stream of bytes');
}

function isValidRange({ start, end }: BlobRange): boolean {
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end >= start;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/** A missing object, as opposed to a missing bucket, which is a configuration error to surface. */
function isMissingObject(error: unknown): boolean {
  return statusOf(error) === 404 && (error as S3ServiceException).name !== 'NoSuchBucket';
}

/** Stores blobs as objects in one S3 bucket under a key prefix; writes stream through multipart uploads. */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;
  private readonly concurrency: number;

  constructor(options: S3BlobStoreOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    this.partSize = options.partSize ?? DEFAULT_PART_SIZE;
    this.concurrency = options.concurrency ?? 1;
    if (this.prefix !== '' && !isSafeBlobKey(this.prefix))
      throw new Error(`Unsafe key prefix: ${this.prefix}`);
    if (this.partSize < MIN_PART_SIZE) throw new RangeError(`Part size must be at least ${MIN_PART_SIZE}`);
  }

  private objectKey(key: string): string {
    assertSafeBlobKey(key);
    return this.prefix === '' ? key : `${this.prefix}/${key}`;
  }

  async write(key: string, content: Readable, options: WriteOptions = {}): Promise<StoredBlob> {
    const target = { client: this.client, bucket: this.bucket, key: this.objectKey(key) };
    const upload = new ObjectUpload(target, { partSize: this.partSize, concurrency: this.concurrency });
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of content) {
        const bytes = toBuffer(chunk);
        size += bytes.length;
        if (options.maxBytes !== undefined && size > options.maxBytes) {
          throw new BlobTooLargeError(options.maxBytes);
        }
        hash.update(bytes);
        await upload.append(bytes);
      }
      await upload.finish();
    } catch (error) {
      content.destroy();
      await upload.abort();
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async read(key: string, range?: BlobRange): Promise<Readable> {
    const objectKey = this.objectKey(key);
    if (range && !isValidRange(range)) {
      throw new RangeError(`Invalid byte range ${range.start}-${range.end}`);
    }
    try {
      const { Body } = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: objectKey,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      if (!(Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${objectKey}`);
      return Body;
    } catch (error) {
      if (isMissingObject(error)) throw new BlobNotFoundError(key);
      // Like a file read past its end: nothing, rather than an error.
      if (range && statusOf(error) === 416) return Readable.from([]);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    if (!isSafeBlobKey(key)) return false;
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isMissingObject(error)) return false;
      throw error;
    }
  }
}
