import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { bearer, json, REPO_ROOT, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const run = promisify(execFile);
const TINN = path.join(REPO_ROOT, 'bin/tinn.mjs');

describe('tinn CLI', () => {
  let dataDir: string;
  let database: TestDatabase;
  let env: Record<string, string>;
  let tinn: TestPlatform | undefined;

  const cli = (args: string[]) =>
    run(process.execPath, [TINN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-cli-'));
    database = await createTestDatabase();
    env = {
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    };
  });
  afterAll(async () => {
    await tinn?.close();
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('imports a testData.json file, and importing it again changes nothing', async () => {
    const first = await cli(['import', 'test/fixtures/identity-testdata.json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/"users":3/);
    const again = await cli(['import', 'test/fixtures/identity-testdata.json']);
    expect(again.stdout).toMatch(/ 0 rows changed/);
  });

  it('refuses an import without a path and an unknown path', async () => {
    expect((await cli(['import'])).code).toBe(2);
    expect((await cli(['import', 'no/such/folder'])).code).not.toBe(0);
  });

  it('mints tokens the platform accepts, on the imported data', async () => {
    tinn = await startTestPlatform({ ...env, TINN_MODE: 'production' });
    const owner = await cli(['token', 'serviceowner', '--org', 'ttd', '--org-number', '405003309']);
    expect(owner.code, owner.stderr).toBe(0);
    const token = owner.stdout.trim();
    expect(decodeJwt(token)).toMatchObject({ 'urn:altinn:org': 'ttd', 'urn:altinn:orgNumber': '405003309' });
    const party = await tinn.fetch('/register/api/v1/parties/700201', { headers: bearer(token) });
    expect(party.status).toBe(200);
    expect((await json(party)).name).toBe('Fjordkraft Verksted AS');

    const user = await cli(['token', 'user', '--user-id', '9101', '--party-id', '700101', '--level', '3']);
    const profile = await tinn.fetch('/profile/api/v1/users/current', {
      headers: bearer(user.stdout.trim()),
    });
    expect(profile.status).toBe(200);
    expect((await json(profile)).userId).toBe(9101);
  });

  it('explains bad token arguments with exit code 2', async () => {
    for (const args of [
      ['token'],
      ['token', 'robot'],
      ['token', 'user', '--user-id', 'x', '--party-id', '1'],
      ['token', 'org', '--org-number', '12'],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage');
    }
  });

  it('names a bad configuration variable', async () => {
    const result = await run(process.execPath, [TINN, 'token', 'org', '--org-number', '123456789'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, TINN_MODE: 'staging' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect((result as { code: number }).code).toBe(2);
    expect((result as { stderr: string }).stderr).toContain('TINN_MODE');
  });
});
