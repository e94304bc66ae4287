export {
  BlobNotFoundError,
  type BlobRange,
  type BlobStore,
  BlobTooLargeError,
  type StoredBlob,
  type WriteOptions,
} from './blob-store.ts';
export { FileBlobStore } from './file-blob-store.ts';
