import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/database/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { bearer, json, REPO_ROOT, startTestPlatform } from '../support/test-platform.ts';

const TESTDATA = path.join(REPO_ROOT, 'test/fixtures/identity-testdata.json');

describe('persistence and start-up', () => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-persist-'));
    database = await createTestDatabase();
    env = { DATA_DIR: dataDir, ...(database.url ? { DATABASE_URL: database.url } : {}) };
  });
  afterAll(async () => {
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('keeps data, policies and the signing key across a restart', async () => {
    const first = await startTestPlatform({ ...env, TESTDATA });
    const token = await first.platform.tokens.mint({
      'urn:altinn:org': 'ttd',
      'urn:altinn:orgNumber': '405003309',
    });
    await first.platform.policies.put(
      'ttd',
      'kept-app',
      await fs.readFile(path.join(REPO_ROOT, 'test/fixtures/org-app-policy.xml'), 'utf8'),
    );
    await first.close();

    const second = await startTestPlatform({ ...env, TINN_MODE: 'production' });
    try {
      const party = await second.fetch('/register/api/v1/parties/700201', { headers: bearer(token) });
      expect(party.status, 'a token from before the restart still verifies').toBe(200);
      expect((await json(party)).name).toBe('Fjordkraft Verksted AS');
      const roles = await second.fetch('/authorization/api/v1/policies/roleswithaccess/ttd/kept-app', {
        headers: bearer(token),
      });
      expect(await json(roles)).toEqual(['DAGL', 'REGNA']);
    } finally {
      await second.close();
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('lets several nodes start on one database at once', async () => {
    const shared = await createTestDatabase();
    const nodes = await Promise.all(
      [1, 2, 3].map(async (node) => {
        const nodeDir = await fs.mkdtemp(path.join(os.tmpdir(), `tinn-node${node}-`));
        return startTestPlatform({ DATA_DIR: nodeDir, DATABASE_URL: shared.url!, TESTDATA });
      }),
    );
    try {
      for (const node of nodes) expect((await node.fetch('/health')).status).toBe(200);
      const handle = await openDatabase({ url: shared.url, embeddedDir: 'memory://' });
      const applied = await sql<{ name: string }>`select name from tinn_migration`.execute(handle.db);
      const names = applied.rows.map((row) => row.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.length).toBeGreaterThan(3);
      await handle.close();
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
      await shared.drop();
    }
  });
});
