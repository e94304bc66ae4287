import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { ConfigError } from '../config.ts';
import { isSafeBlobKey } from './blob-key.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface S3Location {
  readonly bucket: string;
  /** Without slashes at either end; empty for the bucket's root. */
  readonly prefix: string;
}

const BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function nonEmpty(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Splits `s3://bucket/prefix` into its bucket and key prefix, taken as written (no URL normalising). */
export function parseS3Location(raw: string): S3Location {
  const scheme = 's3://';
  const rest = raw.startsWith(scheme) ? raw.slice(scheme.length) : '';
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  if (!BUCKET.test(bucket)) throw new ConfigError('BLOB_STORE', `expected s3://bucket/prefix, got "${raw}"`);
  const prefix = slash === -1 ? '' : rest.slice(slash + 1).replace(/\/+$/, '');
  if (prefix !== '' && !isSafeBlobKey(prefix)) {
    throw new ConfigError(
      'BLOB_STORE',
      `the prefix "${prefix}" must be segments of letters, digits, ".", "_" or "-" without ".."`,
    );
  }
  return { bucket, prefix };
}

function parseEndpoint(env: Environment): string | undefined {
  const raw = nonEmpty(env, 'S3_ENDPOINT');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('S3_ENDPOINT', `not a valid URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('S3_ENDPOINT', `expected an http or https URL, got "${raw}"`);
  }
  return raw;
}

/**
 * S3 client settings from the environment. Without access keys the SDK's own chain finds credentials
 * (profile, container or instance role), reading process.env itself.
 */
export function s3ClientConfig(env: Environment): S3ClientConfig {
  const endpoint = parseEndpoint(env);
  const accessKeyId = nonEmpty(env, 'AWS_ACCESS_KEY_ID');
  const secretAccessKey = nonEmpty(env, 'AWS_SECRET_ACCESS_KEY');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    const missing = accessKeyId === undefined ? 'AWS_ACCESS_KEY_ID' : 'AWS_SECRET_ACCESS_KEY';
    throw new ConfigError(missing, 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set together');
  }
  const sessionToken = nonEmpty(env, 'AWS_SESSION_TOKEN');
  return {
    region: nonEmpty(env, 'AWS_REGION') ?? 'us-east-1',
    ...(endpoint === undefined ? {} : { endpoint, forcePathStyle: true }),
    ...(accessKeyId === undefined || secretAccessKey === undefined
      ? {}
      : { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } }),
    // Integrity comes from Content-MD5 on each part; the SDK's newer default checksums send
    // aws-chunked bodies that many S3-compatible servers cannot read.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}
