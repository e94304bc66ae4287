import type { Readable } from 'node:stream';

export interface StoredBlob {
  readonly key: string;
  readonly size: number;
  /** Lower-case hex SHA-256 of the content. */
  readonly sha256: string;
}

export interface BlobRange {
  /** First byte, inclusive. */
  readonly start: number;
  /** Last byte, inclusive. */
  readonly end: number;
}

export interface WriteOptions {
  /** Refuse (and remove what was written) once more than this many bytes arrive. */
  readonly maxBytes?: number;
}

/** Where content bytes live. Content is streamed in and out, never held whole in memory. */
export interface BlobStore {
  write(key: string, content: Readable, options?: WriteOptions): Promise<StoredBlob>;
  read(key: string, range?: BlobRange): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Content is larger than the limit of ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No blob with key ${key}`);
    this.name = 'BlobNotFoundError';
  }
}
