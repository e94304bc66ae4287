import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { parseS3Location, s3ClientConfig } from './s3-settings.ts';

describe('parseS3Location', () => {
  it('splits bucket and prefix', () => {
    expect(parseS3Location('s3://tinn-blobs/prod/tt02')).toEqual({
      bucket: 'tinn-blobs',
      prefix: 'prod/tt02',
    });
    expect(parseS3Location('s3://tinn-blobs/prod/')).toEqual({ bucket: 'tinn-blobs', prefix: 'prod' });
    expect(parseS3Location('s3://tinn-blobs')).toEqual({ bucket: 'tinn-blobs', prefix: '' });
    expect(parseS3Location('s3://tinn-blobs/')).toEqual({ bucket: 'tinn-blobs', prefix: '' });
  });

  it('refuses what is not a bucket and a safe prefix, naming BLOB_STORE', () => {
    for (const raw of ['s3://', 's3:///prefix', 'file://x', 's3://user@bucket', 's3://bucket:9000/p']) {
      expect(() => parseS3Location(raw), raw).toThrow(ConfigError);
    }
    for (const raw of ['s3://bucket/../up', 's3://bucket/a//b', 's3://bucket//a', 's3://bucket/a b']) {
      expect(() => parseS3Location(raw), raw).toThrow(/BLOB_STORE: the prefix/);
    }
  });
});

describe('s3ClientConfig', () => {
  it('defaults the region and leaves credentials to the SDK when no keys are given', () => {
    const config = s3ClientConfig({});
    expect(config.region).toBe('us-east-1');
    expect(config.endpoint).toBeUndefined();
    expect(config.forcePathStyle).toBeUndefined();
    expect(config.credentials).toBeUndefined();
  });

  it('uses path-style addressing with an endpoint, and the keys given', () => {
    const config = s3ClientConfig({
      S3_ENDPOINT: 'http://127.0.0.1:4569',
      AWS_REGION: 'eu-north-1',
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session',
    });
    expect(config).toMatchObject({
      endpoint: 'http://127.0.0.1:4569',
      forcePathStyle: true,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret', sessionToken: 'session' },
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => s3ClientConfig({ S3_ENDPOINT: 'not a url' })).toThrow(/^S3_ENDPOINT:/);
    expect(() => s3ClientConfig({ S3_ENDPOINT: 'ftp://host' })).toThrow(/^S3_ENDPOINT:/);
    expect(() => s3ClientConfig({ AWS_ACCESS_KEY_ID: 'id' })).toThrow(/^AWS_SECRET_ACCESS_KEY:/);
    expect(() => s3ClientConfig({ AWS_SECRET_ACCESS_KEY: 'secret' })).toThrow(/^AWS_ACCESS_KEY_ID:/);
  });
});
