import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, SHARED_ALTINN, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const APPS = path.join(SHARED_ALTINN, 'apps');

describe('the real Altinn apps install at start', () => {
  let tinn: TestPlatform;
  beforeAll(async () => {
    tinn = await startTestPlatform({ APPS_DIR: APPS });
  });
  afterAll(async () => {
    await tinn?.close();
  });

  it('installs every app folder, and none fails', async () => {
    const folders = (await fs.readdir(APPS)).sort();
    expect(tinn.platform.appInstall.failed).toEqual([]);
    expect(tinn.platform.appInstall.installed).toHaveLength(folders.length);
  });

  it('serves each app’s metadata from Storage as its applicationmetadata.json says', async () => {
    for (const folder of await fs.readdir(APPS)) {
      const file = JSON.parse(
        (await fs.readFile(path.join(APPS, folder, 'App/config/applicationmetadata.json'), 'utf8')).replace(
          /^\uFEFF/,
          '',
        ),
      ) as { id: string; org: string; dataTypes: { id: string }[] };
      const response = await tinn.fetch(`/storage/api/v1/applications/${file.id}`);
      expect(response.status, file.id).toBe(200);
      const stored = await json(response);
      expect(stored.org).toBe(file.org);
      expect(stored.dataTypes.map((dataType: { id: string }) => dataType.id)).toEqual(
        file.dataTypes.map((dataType) => dataType.id),
      );
    }
  });
});
