import { createHash } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';

/** S3 refuses parts smaller than this, except the last. */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;

export interface ObjectUploadOptions {
  readonly partSize: number;
  /** Parts sent at once; one more part fills meanwhile. */
  readonly concurrency: number;
}

export interface ObjectTarget {
  readonly client: S3Client;
  readonly bucket: string;
  readonly key: string;
}

function md5Base64(body: Buffer): string {
  return createHash('md5').update(body).digest('base64');
}

/**
 * Sends one object of unknown length to S3 a part at a time. Content that fits in one part goes up
 * with a single PutObject; anything longer becomes a multipart upload, started with its second part.
 */
export class ObjectUpload {
  private part: Buffer | undefined;
  private filled = 0;
  private nextPartNumber = 1;
  private uploadId: Promise<string> | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly done: CompletedPart[] = [];
  private failure: { readonly error: unknown } | undefined;

  constructor(
    private readonly target: ObjectTarget,
    private readonly options: ObjectUploadOptions,
  ) {
    if (options.partSize < MIN_PART_SIZE) throw new RangeError(`Part size must be at least ${MIN_PART_SIZE}`);
    if (options.concurrency < 1) throw new RangeError('Concurrency must be at least 1');
  }

  /** Copies bytes into the current part; resolves once there is room for more. */
  async append(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      // A full part is only sent once more bytes arrive, so content of exactly one part stays a single PUT.
      if (this.part !== undefined && this.filled === this.part.length) await this.sendCurrentPart();
      this.part ??= Buffer.allocUnsafe(this.options.partSize);
      const copied = chunk.copy(this.part, this.filled, offset);
      this.filled += copied;
      offset += copied;
    }
  }

  async finish(): Promise<void> {
    const rest = this.part === undefined ? Buffer.alloc(0) : this.part.subarray(0, this.filled);
    if (this.nextPartNumber === 1) {
      const { client, bucket, key } = this.target;
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: rest, ContentMD5: md5Base64(rest) }),
      );
      return;
    }
    if (rest.length > 0) await this.sendCurrentPart();
    await Promise.all(this.inFlight);
    this.throwIfFailed();
    const uploadId = await this.uploadId;
    this.done.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
    const { client, bucket, key } = this.target;
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: this.done },
      }),
    );
    this.uploadId = undefined;
  }

  /**
   * Waits for parts still being sent, then discards the multipart upload. A failure to abort is not
   * reported over the error that caused it; a bucket lifecycle rule removes what is left.
   */
  async abort(): Promise<void> {
    this.part = undefined;
    await Promise.allSettled(this.inFlight);
    if (this.uploadId === undefined) return;
    const { client, bucket, key } = this.target;
    try {
      const uploadId = await this.uploadId;
      await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
    } catch {
      // Nothing to abort if the upload never started; otherwise see above.
    }
    this.uploadId = undefined;
  }

  private async sendCurrentPart(): Promise<void> {
    const body = this.part === undefined ? Buffer.alloc(0) : this.part.subarray(0, this.filled);
    while (this.inFlight.size >= this.options.concurrency) await Promise.race(this.inFlight);
    this.throwIfFailed();
    const partNumber = this.nextPartNumber++;
    if (partNumber > MAX_PARTS) throw new Error(`Content needs more than ${MAX_PARTS} parts`);
    this.part = undefined;
    this.filled = 0;
    const sending = this.sendPart(partNumber, body)
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        this.inFlight.delete(sending);
      });
    this.inFlight.add(sending);
  }

  private async sendPart(partNumber: number, body: Buffer): Promise<void> {
    const { client, bucket, key } = this.target;
    this.uploadId ??= client
      .send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }))
      .then(({ UploadId }) => {
        if (UploadId === undefined) throw new Error('S3 started a multipart upload without an id');
        return UploadId;
      });
    const uploadId = await this.uploadId;
    const { ETag } = await client.send(
      new UploadPartCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        PartNumber: partNumber,
        Body: body,
        ContentMD5: md5Base64(body),
      }),
    );
    if (ETag === undefined) throw new Error(`S3 returned no ETag for part ${partNumber}`);
    this.done.push({ PartNumber: partNumber, ETag });
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }
}
