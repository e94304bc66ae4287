import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/core/config.ts';
import { buildPlatform, type Platform } from '../../src/server.ts';
import { createTestDatabase } from './test-database.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_ALTINN = path.resolve(REPO_ROOT, '../shared/altinn');

export interface TestPlatform {
  readonly platform: Platform;
  readonly baseUrl: string;
  readonly dataDir: string;
  /** fetch against the running server; `path` starts with `/`. */
  fetch(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts a real server on a free loopback port with its own data folder and database
 * (embedded, or a fresh database on TEST_DATABASE_URL). Environment overrides work like the real variables.
 */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-test-'));
  const database = await createTestDatabase();
  const config = loadConfig(
    {
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
      ...env,
    },
    REPO_ROOT,
  );
  let platform: Platform;
  try {
    platform = await buildPlatform(config);
  } catch (error) {
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const address = await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = address.replace(/\/$/, '');
  return {
    platform,
    baseUrl,
    dataDir,
    fetch: (pathAndQuery, init) => fetch(`${baseUrl}${pathAndQuery}`, init),
    async close() {
      await platform.close();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The JSON body of a response, loosely typed for assertions. */
export async function json(response: Response): Promise<any> {
  return response.json();
}

/** A bearer header with a user token minted by the platform itself. */
export async function userBearer(
  tinn: TestPlatform,
  user: { userId: number; partyId: number },
  authLevel = 2,
): Promise<Record<string, string>> {
  return bearer(
    await tinn.platform.tokens.mint({
      'urn:altinn:userid': String(user.userId),
      'urn:altinn:partyid': user.partyId,
      'urn:altinn:authlevel': authLevel,
      scope: 'altinn:portal/enduser',
    }),
  );
}

export function getWith(
  tinn: TestPlatform,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return tinn.fetch(path, { headers });
}

/** POSTs `body` as JSON (a string is sent as it is, to test malformed bodies). */
export function postJson(
  tinn: TestPlatform,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return tinn.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
