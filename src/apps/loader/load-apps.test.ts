import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApps } from './load-apps.ts';
import { baseTestApp, testMetadata, writeTestApp } from './test-app-folder.ts';

let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-apps-'));
  await writeTestApp(baseTestApp(), path.join(root, 'apps', 'demo'));
  await writeTestApp(
    { ...baseTestApp(), 'App/config/applicationmetadata.json': { ...testMetadata(), id: 'ttd/other' } },
    path.join(root, 'apps', 'ttd', 'other'),
  );
  await writeTestApp(
    { ...baseTestApp(), 'App/config/applicationmetadata.json': '{ "id": "ttd/broken", ' },
    path.join(root, 'apps', 'broken'),
  );
  await writeTestApp(baseTestApp(), path.join(root, 'apps', '_drafts', 'skipped'));
  await writeTestApp(baseTestApp(), path.join(root, 'copy'));
  await fs.mkdir(path.join(root, 'empty'));
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('loadApps', () => {
  it('loads each app below a folder, one or two levels down, and a broken one does not stop the rest', async () => {
    const results = await loadApps([path.join(root, 'apps')]);
    expect(
      results.map((result) => [path.relative(root, result.dir), result.appId, result.app !== undefined]),
    ).toEqual([
      ['apps/broken', undefined, false],
      ['apps/demo', 'ttd/demo', true],
      ['apps/ttd/other', 'ttd/other', true],
    ]);
    expect(results[0]?.problems).toEqual([
      {
        file: path.join(root, 'apps/broken/App/config/applicationmetadata.json'),
        severity: 'error',
        message: expect.stringMatching(/^not valid JSON/),
      },
    ]);
  });

  it('takes an app folder itself, and reports folders without apps', async () => {
    const results = await loadApps([
      path.join(root, 'copy'),
      path.join(root, 'empty'),
      path.join(root, 'missing'),
    ]);
    expect(
      results.map((result) => [path.relative(root, result.dir), result.problems.map((p) => p.message)]),
    ).toEqual([
      ['copy', []],
      ['empty', ['no app found here (an app folder has App/config/applicationmetadata.json)']],
      ['missing', ['no such folder']],
    ]);
  });

  it('reports an app id that two folders share, keeping the first', async () => {
    const results = await loadApps([path.join(root, 'apps', 'demo'), path.join(root, 'copy')]);
    expect(results[0]?.app).toBeDefined();
    expect(results[1]?.app).toBeUndefined();
    expect(results[1]?.problems).toEqual([
      {
        file: path.join(root, 'copy'),
        severity: 'error',
        message: `the app id "ttd/demo" is already loaded from ${path.join(root, 'apps', 'demo')}`,
      },
    ]);
  });
});
