import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config.ts';
import type { BlobStore } from './blob-store.ts';
import { FileBlobStore } from './file-blob-store.ts';
import { S3BlobStore } from './s3-blob-store.ts';
import { type Environment, parseS3Location, s3ClientConfig } from './s3-settings.ts';

/** The store BLOB_STORE names: files under DATA_DIR/blobs, or an S3 bucket configured from `env`. */
export function createBlobStore(
  config: Pick<Config, 'blobStore'>,
  env: Environment = process.env,
): BlobStore {
  const { blobStore } = config;
  if (blobStore.kind === 'file') return new FileBlobStore(blobStore.root);
  const { bucket, prefix } = parseS3Location(blobStore.url);
  return new S3BlobStore({ client: new S3Client(s3ClientConfig(env)), bucket, prefix });
}
