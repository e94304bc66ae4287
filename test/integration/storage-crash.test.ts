import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.ts';
import { loadSigningKey, TokenService } from '../../src/platform/authentication/index.ts';
import { issuerFor } from '../../src/server.ts';
import { installTestApp, PEOPLE, processAtTask, STORAGE_TESTDATA } from '../support/storage-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { bearer, json, REPO_ROOT, type TestPlatform } from '../support/test-platform.ts';

const BASE = '/storage/api/v1/instances';
const SERVER_SCRIPT = path.join(REPO_ROOT, 'test/support/platform-server.ts');

interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.once('exit', (code, signal) => reject(new Error(`server exited early (${code ?? signal})`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await fs.readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Rows of the given tables, read once the server is stopped (the embedded database admits one process). */
async function countRows(database: TestDatabase, dataDir: string, sql: string): Promise<number> {
  if (database.url !== undefined) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return Number((await client.query(sql)).rows[0].count);
    } finally {
      await client.end();
    }
  }
  const embedded = await PGlite.create(path.join(dataDir, 'pgdata'));
  try {
    return Number(((await embedded.query(sql)).rows[0] as { count: number }).count);
  } finally {
    await embedded.close();
  }
}

describe('storage: a server killed in the middle of an upload', () => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-crash-'));
    database = await createTestDatabase();
    env = {
      DATA_DIR: dataDir,
      TESTDATA: STORAGE_TESTDATA,
      LOG_LEVEL: 'silent',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    };
  });
  afterAll(async () => {
    if (server !== undefined) {
      server.child.kill('SIGKILL');
      await exited(server.child);
    }
    await database?.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('comes back with every committed instance, and no row or bytes of the cut-off upload', async () => {
    server = await startServer(env);
    const config = loadConfig({ ...env, PORT: '0' }, REPO_ROOT);
    const tokens = new TokenService(
      await loadSigningKey(path.join(dataDir, 'keys')),
      issuerFor(config),
      3600,
    );
    const fetchFrom = (base: string) => (target: string, init?: RequestInit) =>
      fetch(`${base}${target}`, init);
    let call = fetchFrom(server.url);
    const appId = await installTestApp(
      {
        fetch: (target: string, init?: RequestInit) => call(target, init),
        platform: { tokens },
      } as unknown as TestPlatform,
      { app: 'crash-app', dataTypes: [{ id: 'big', maxCount: 0 }] },
    );
    const mira = bearer(
      await tokens.mint({
        'urn:altinn:userid': String(PEOPLE.mira.userId),
        'urn:altinn:partyid': PEOPLE.mira.partyId,
        'urn:altinn:authlevel': 2,
      }),
    );

    const instanceIds: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await call(`${BASE}?appId=${appId}`, {
        method: 'POST',
        headers: { ...mira, 'content-type': 'application/json' },
        body: JSON.stringify({
          instanceOwner: { partyId: String(PEOPLE.mira.partyId) },
          process: processAtTask(),
        }),
      });
      expect(response.status).toBe(201);
      instanceIds.push((await json(response)).id);
    }
    const target = instanceIds[0]!;
    const kept = await call(`${BASE}/${target}/data?dataType=big`, {
      method: 'POST',
      headers: { ...mira, 'content-type': 'text/plain' },
      body: 'committed before the crash',
    });
    expect(kept.status).toBe(201);
    const keptElement = await json(kept);

    // A 1 GiB upload that never finishes: the server is killed while its bytes are being written.
    const guid = target.split('/')[1]!;
    const dataFolder = path.join(dataDir, 'blobs', appId, guid, 'data');
    const upload = http.request(`${server.url}${BASE}/${target}/data?dataType=big`, {
      method: 'POST',
      headers: { ...mira, 'content-type': 'application/octet-stream', 'content-length': String(1024 ** 3) },
    });
    upload.on('error', () => {});
    const chunk = Buffer.alloc(256 * 1024, 0x5a);
    let sent = 0;
    const pump = () => {
      while (sent < 64 * 1024 * 1024 && upload.write(chunk)) sent += chunk.length;
      if (sent < 64 * 1024 * 1024) upload.once('drain', pump);
    };
    pump();
    const until = Date.now() + 30_000;
    while (!(await filesUnder(dataFolder)).some((file) => file.endsWith('.partial'))) {
      if (Date.now() > until) throw new Error('the upload never reached the blob store');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    server.child.kill('SIGKILL');
    await exited(server.child);
    upload.destroy();
    const leftovers = await filesUnder(dataFolder);
    expect(leftovers.filter((file) => file.endsWith('.partial'))).toHaveLength(1);

    server = await startServer(env);
    call = fetchFrom(server.url);
    for (const instanceId of instanceIds) {
      expect((await call(`${BASE}/${instanceId}`, { headers: mira })).status).toBe(200);
    }
    const elements = await json(await call(`${BASE}/${target}/dataelements`, { headers: mira }));
    expect(elements.dataElements.map((element: { id: string }) => element.id)).toEqual([keptElement.id]);
    expect(await filesUnder(dataFolder)).toEqual([keptElement.id]);
    const download = await call(`${BASE}/${target}/data/${keptElement.id}`, { headers: mira });
    expect(await download.text()).toBe('committed before the crash');

    server.child.kill('SIGTERM');
    await exited(server.child);
    server = undefined;
    expect(await countRows(database, dataDir, 'select count(*) as count from storage_pending_blob')).toBe(0);
    expect(await countRows(database, dataDir, 'select count(*) as count from storage_data_element')).toBe(1);
    expect(
      await countRows(
        database,
        dataDir,
        `select count(*) as count from storage_instance where app_id = '${appId}'`,
      ),
    ).toBe(5);
  }, 300_000);
});
