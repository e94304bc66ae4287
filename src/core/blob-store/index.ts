export {
  BlobNotFoundError,
  type BlobRange,
  type BlobStore,
  BlobTooLargeError,
  type StoredBlob,
  type WriteOptions,
} from './blob-store.ts';
export { createBlobStore } from './create-blob-store.ts';
export { FileBlobStore } from './file-blob-store.ts';
export { S3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.ts';
export { type Environment, parseS3Location, type S3Location, s3ClientConfig } from './s3-settings.ts';
