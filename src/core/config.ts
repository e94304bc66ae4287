import path from 'node:path';

export type TinnMode = 'development' | 'production';

export interface ExternalProviderConfig {
  /** Issuer the external provider writes into its tokens. */
  readonly issuer: string;
  /** Where its signing keys are published. */
  readonly jwksUrl: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Unset: embedded PostgreSQL (PGlite) under dataDir. */
  readonly databaseUrl: string | undefined;
  readonly blobStore:
    | { readonly kind: 'file'; readonly root: string }
    | { readonly kind: 's3'; readonly url: string };
  readonly appsDirs: readonly string[];
  readonly mode: TinnMode;
  /** Test data sets imported at start; empty means Tinn's own set in development mode. */
  readonly testData: readonly string[];
  readonly publicUrl: string | undefined;
  readonly logLevel: string;
  /** Lifetime of tokens this platform issues, in seconds. */
  readonly tokenLifetimeSeconds: number;
  readonly idPorten: ExternalProviderConfig | undefined;
  readonly maskinporten: ExternalProviderConfig | undefined;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(env: Env): number {
  const raw = nonEmpty(env, 'PORT') ?? '8000';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `expected a port number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parsePositiveInt(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    throw new ConfigError(name, `expected a positive whole number, got "${raw}"`);
  }
  return Number(raw);
}

function parseUrl(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(
      name,
      `expected a URL starting with ${protocols.join(' or ')}, got "${url.protocol}"`,
    );
  }
  return raw;
}

function parseMode(env: Env): TinnMode {
  const raw = nonEmpty(env, 'TINN_MODE') ?? 'development';
  if (raw !== 'development' && raw !== 'production') {
    throw new ConfigError('TINN_MODE', `expected "development" or "production", got "${raw}"`);
  }
  return raw;
}

function parsePathList(env: Env, name: string, cwd: string): string[] {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return [];
  return raw
    .split(':')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => path.resolve(cwd, entry));
}

function parseBlobStore(env: Env, dataDir: string): Config['blobStore'] {
  const raw = nonEmpty(env, 'BLOB_STORE') ?? 'file';
  if (raw === 'file') return { kind: 'file', root: path.join(dataDir, 'blobs') };
  if (raw.startsWith('s3://') && raw.length > 's3://'.length) return { kind: 's3', url: raw };
  throw new ConfigError('BLOB_STORE', `expected "file" or "s3://bucket/prefix", got "${raw}"`);
}

function parseProvider(env: Env, prefix: string): ExternalProviderConfig | undefined {
  const issuer = nonEmpty(env, `${prefix}_ISSUER`);
  const jwksUrl = parseUrl(env, `${prefix}_JWKS_URL`, ['http:', 'https:']);
  if (issuer === undefined && jwksUrl === undefined) return undefined;
  if (issuer === undefined)
    throw new ConfigError(`${prefix}_ISSUER`, `required when ${prefix}_JWKS_URL is set`);
  if (jwksUrl === undefined)
    throw new ConfigError(`${prefix}_JWKS_URL`, `required when ${prefix}_ISSUER is set`);
  return { issuer, jwksUrl };
}

/** Reads and validates the whole configuration once; a bad value names its variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const dataDir = path.resolve(cwd, nonEmpty(env, 'DATA_DIR') ?? './data');
  const logLevel = nonEmpty(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const appsDirs = parsePathList(env, 'APPS_DIR', cwd);
  return {
    port: parsePort(env),
    host: nonEmpty(env, 'HOST') ?? '127.0.0.1',
    dataDir,
    databaseUrl: parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    blobStore: parseBlobStore(env, dataDir),
    appsDirs: appsDirs.length > 0 ? appsDirs : [path.resolve(cwd, 'examples/apps')],
    mode: parseMode(env),
    testData: parsePathList(env, 'TESTDATA', cwd),
    publicUrl: parseUrl(env, 'PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
    logLevel,
    tokenLifetimeSeconds: parsePositiveInt(env, 'TOKEN_LIFETIME_SECONDS', 30 * 60),
    idPorten: parseProvider(env, 'IDPORTEN'),
    maskinporten: parseProvider(env, 'MASKINPORTEN'),
  };
}
