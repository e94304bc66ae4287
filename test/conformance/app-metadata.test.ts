import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, SHARED_ALTINN, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const APPS = path.join(SHARED_ALTINN, 'apps');
const FOLDERS = fs.readdirSync(APPS).sort();

/** Parses as tolerantly as Altinn reads app files: comments, trailing commas and a byte order mark. */
async function readJson(file: string): Promise<any> {
  return JSON5.parse((await fsp.readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
}

async function exists(file: string): Promise<boolean> {
  return fsp.stat(file).then(
    () => true,
    () => false,
  );
}

async function jsonFiles(folder: string, suffix = '.json'): Promise<string[]> {
  if (!(await exists(folder))) return [];
  return (await fsp.readdir(folder)).filter((name) => name.endsWith(suffix)).sort();
}

/** Tinn leaves absent what Altinn's models hold as null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, inner]) => inner !== null)
      .map(([key, inner]) => [key, withoutNulls(inner)]),
  );
}

describe('the App API serves each real Altinn app’s metadata and static files as its files hold them', () => {
  let tinn: TestPlatform;
  beforeAll(async () => {
    tinn = await startTestPlatform({ APPS_DIR: APPS });
  });
  afterAll(async () => {
    await tinn?.close();
  });

  describe.each(FOLDERS)('%s', (folder) => {
    const appDir = path.join(APPS, folder, 'App');
    let base: string;
    const get = (route: string) => tinn.fetch(`${base}/${route}`);

    beforeAll(async () => {
      const metadata = await readJson(path.join(appDir, 'config/applicationmetadata.json'));
      base = `/${metadata.id}`;
    });

    it('serves applicationmetadata: every field of the file, Altinn’s defaults, altinnNugetVersion', async () => {
      const file = await readJson(path.join(appDir, 'config/applicationmetadata.json'));
      const response = await get('api/v1/applicationmetadata');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      const served = await json(response);
      expect(served).toMatchObject(withoutNulls(file) as object);
      expect(served.altinnNugetVersion).toMatch(/^8\.\d+\.\d+\.\d+$/);
      for (const dataType of served.dataTypes) {
        expect(dataType).toMatchObject({
          maxCount: expect.any(Number),
          minCount: expect.any(Number),
          enablePdfCreation: expect.any(Boolean),
        });
      }
    });

    it('serves the texts of each language and lists the languages', async () => {
      const languages: string[] = [];
      for (const name of await jsonFiles(path.join(appDir, 'config/texts'))) {
        const language = /^resource\.(..)\.json$/.exec(name)?.[1];
        if (language === undefined) continue;
        languages.push(language);
        const file = await readJson(path.join(appDir, 'config/texts', name));
        const response = await get(`api/v1/texts/${language}`);
        expect(response.status, name).toBe(200);
        const served = await json(response);
        expect(served).toMatchObject({ id: `${base.slice(1).replace('/', '-')}-${language}`, language });
        expect(served.resources, name).toEqual(withoutNulls(file.resources));
      }
      expect(languages.length).toBeGreaterThan(0);
      expect(await json(await get('api/v1/applicationlanguages'))).toEqual(
        languages.sort().map((language) => ({ language })),
      );
    });

    it('serves layout-sets.json, and each set’s layouts and settings', async () => {
      const setsFile = path.join(appDir, 'ui/layout-sets.json');
      const response = await get('api/layoutsets');
      if (!(await exists(setsFile))) {
        expect(response.status).toBe(204);
        return;
      }
      expect(response.status).toBe(200);
      const sets = await readJson(setsFile);
      expect(await json(response)).toEqual(sets);
      for (const set of sets.sets as { id: string }[]) {
        const layoutsFolder = path.join(appDir, 'ui', set.id, 'layouts');
        const pages: Record<string, unknown> = {};
        for (const name of await jsonFiles(layoutsFolder)) {
          pages[name.slice(0, -'.json'.length)] = await readJson(path.join(layoutsFolder, name));
        }
        const layouts = await get(`api/layouts/${encodeURIComponent(set.id)}`);
        expect(layouts.status, set.id).toBe(200);
        expect(await json(layouts), set.id).toEqual(pages);

        const settingsFile = path.join(appDir, 'ui', set.id, 'Settings.json');
        const settings = await get(`api/layoutsettings/${encodeURIComponent(set.id)}`);
        if (await exists(settingsFile)) {
          expect(settings.status, set.id).toBe(200);
          expect(await json(settings), set.id).toEqual(await readJson(settingsFile));
        } else {
          expect(settings.status, set.id).toBe(204);
        }
      }
    });

    it('serves each options file', async () => {
      const folder = path.join(appDir, 'options');
      for (const name of await jsonFiles(folder)) {
        const response = await get(
          `api/options/${encodeURIComponent(name.slice(0, -'.json'.length))}?language=nb`,
        );
        expect(response.status, name).toBe(200);
        expect(await json(response), name).toEqual(await readJson(path.join(folder, name)));
      }
      expect((await get('api/options/no-such-options')).status).toBe(404);
    });

    it('serves the footer, or 204 without one', async () => {
      const file = path.join(appDir, 'ui/footer.json');
      const response = await get('api/v1/footer');
      if (await exists(file)) {
        expect(response.status).toBe(200);
        expect(await json(response)).toEqual(await readJson(file));
      } else {
        expect(response.status).toBe(204);
      }
    });

    it('serves each JSON Schema and the process as written', async () => {
      const folder = path.join(appDir, 'models');
      for (const name of await jsonFiles(folder, '.schema.json')) {
        const response = await get(
          `api/jsonschema/${encodeURIComponent(name.slice(0, -'.schema.json'.length))}`,
        );
        expect(response.status, name).toBe(200);
        expect(await json(response), name).toEqual(await readJson(path.join(folder, name)));
      }
      const process = await get('api/v1/meta/process');
      expect(process.status).toBe(200);
      // Byte for byte, without the byte order mark (Altinn reads the file as text and writes it back).
      const bytes = Buffer.from(await process.arrayBuffer());
      const file = await fsp.readFile(path.join(appDir, 'config/process/process.bpmn'));
      const withoutMark = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf ? file.subarray(3) : file;
      expect(bytes.equals(withoutMark)).toBe(true);
      const policy = await get('api/v1/meta/authorizationpolicy');
      expect(policy.status).toBe(200);
      expect(await policy.text()).not.toMatch(/\[(ORG|APP|org|app)\]/);
    });
  });
});
