import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const CWD = '/srv/tinn';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({}, CWD);
    expect(config).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      dataDir: path.join(CWD, 'data'),
      databaseUrl: undefined,
      blobStore: { kind: 'file', root: path.join(CWD, 'data/blobs') },
      appsDirs: [path.join(CWD, 'examples/apps')],
      mode: 'development',
      testData: [],
      publicUrl: undefined,
      tokenLifetimeSeconds: 1800,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/tinn',
        DATABASE_URL: 'postgres://u@db:5432/tinn',
        BLOB_STORE: 's3://bucket/prefix',
        APPS_DIR: 'apps:/opt/more-apps',
        TINN_MODE: 'production',
        TESTDATA: 'a.json:b',
        PUBLIC_URL: 'https://tinn.example/',
        IDPORTEN_ISSUER: 'https://idp.example/',
        IDPORTEN_JWKS_URL: 'https://idp.example/jwks',
      },
      CWD,
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/tinn',
      databaseUrl: 'postgres://u@db:5432/tinn',
      blobStore: { kind: 's3', url: 's3://bucket/prefix' },
      appsDirs: [path.join(CWD, 'apps'), '/opt/more-apps'],
      mode: 'production',
      testData: [path.join(CWD, 'a.json'), path.join(CWD, 'b')],
      publicUrl: 'https://tinn.example',
      idPorten: { issuer: 'https://idp.example/', jwksUrl: 'https://idp.example/jwks' },
      maskinporten: undefined,
    });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['BLOB_STORE', { BLOB_STORE: 'ftp://x' }],
    ['TINN_MODE', { TINN_MODE: 'staging' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'tinn.example' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['TOKEN_LIFETIME_SECONDS', { TOKEN_LIFETIME_SECONDS: '0' }],
    ['IDPORTEN_JWKS_URL', { IDPORTEN_ISSUER: 'https://idp.example/' }],
    ['MASKINPORTEN_ISSUER', { MASKINPORTEN_JWKS_URL: 'https://mp.example/jwks' }],
  ])('names %s when its value is bad', (variable, env) => {
    expect(() => loadConfig(env, CWD)).toThrow(ConfigError);
    try {
      loadConfig(env, CWD);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message.startsWith(`${variable}:`)).toBe(true);
    }
  });
});
