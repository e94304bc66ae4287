import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseTestApp, testMetadata, writeTestApp } from '../../src/apps/loader/test-app-folder.ts';
import { serviceOwnerBearer } from '../support/storage-fixtures.ts';
import { json, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

describe('apps installed at start from APPS_DIR', () => {
  let appsDir: string;
  let tinn: TestPlatform;

  beforeAll(async () => {
    appsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-apps-'));
    await writeTestApp(baseTestApp(), path.join(appsDir, 'demo'));
    await writeTestApp(
      {
        ...baseTestApp(),
        'App/config/applicationmetadata.json': {
          ...testMetadata(),
          id: 'ttd/second',
          title: { nb: 'Andre' },
        },
      },
      path.join(appsDir, 'second'),
    );
    await writeTestApp(
      { ...baseTestApp(), 'App/config/applicationmetadata.json': '{ "id": "ttd/broken", "org": ' },
      path.join(appsDir, 'broken'),
    );
    tinn = await startTestPlatform({ APPS_DIR: appsDir });
  });
  afterAll(async () => {
    await tinn?.close();
    await fs.rm(appsDir, { recursive: true, force: true });
  });

  it('installs the good apps and reports the broken one without stopping', () => {
    expect(tinn.platform.appInstall.installed).toEqual(['ttd/demo', 'ttd/second']);
    expect(tinn.platform.appInstall.failed).toEqual([
      expect.objectContaining({ dir: path.join(appsDir, 'broken'), reason: 'the app has errors' }),
    ]);
    expect(tinn.platform.apps.list().map((app) => app.id)).toEqual(['ttd/demo', 'ttd/second']);
  });

  it('registers the metadata and texts with Storage', async () => {
    const metadata = await tinn.fetch('/storage/api/v1/applications/ttd/second');
    expect(metadata.status).toBe(200);
    expect(await json(metadata)).toMatchObject({ id: 'ttd/second', org: 'ttd', title: { nb: 'Andre' } });
    const texts = await tinn.fetch('/storage/api/v1/applications/ttd/demo/texts/nb', {
      headers: await serviceOwnerBearer(tinn),
    });
    expect(texts.status).toBe(200);
    expect((await json(texts)).resources).toEqual([{ id: 'appName', value: 'Demo' }]);
    expect((await tinn.fetch('/storage/api/v1/applications/ttd/broken')).status).toBe(404);
  });

  it('registers the policy with the PDP', async () => {
    const roles = await tinn.fetch('/authorization/api/v1/policies/roleswithaccess/ttd/demo', {
      headers: await serviceOwnerBearer(tinn),
    });
    expect(roles.status).toBe(200);
    expect((await json(roles)).length).toBeGreaterThan(0);
  });

  it('offers the installed apps on the login page', async () => {
    const page = await (await tinn.fetch('/')).text();
    expect(page).toContain('<option value="ttd/demo">');
    expect(page).toContain('<option value="ttd/second">');
    expect(page).not.toContain('ttd/broken');
  });
});
