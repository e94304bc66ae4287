import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseTestApp, testMetadata, writeTestApp } from '../../src/apps/loader/test-app-folder.ts';
import { json, startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const FOOTER = { footer: [{ type: 'Text', title: 'footer.text' }] };
const OPTIONS_TEXT = `[
  // a comment, as Altinn apps write them
  { "value": "a", "label": "options.a", "description": "first" },
  { "value": 2, "label": "options.two", "extra": "dropped" },
  { "value": null, "label": "" },
]`;
const RULE_CONFIGURATION = '{ "data": { "ruleConnection": {}, "conditionalRendering": {} } }';
const VALIDATION_CONFIG = {
  validations: { name: ['not-empty'] },
  definitions: {
    'not-empty': {
      message: 'name.required',
      severity: 'error',
      condition: ['equals', ['dataModel', 'name'], ''],
    },
  },
};

describe('App API metadata routes', () => {
  let appsDir: string;
  let tinn: TestPlatform;
  const get = (url: string, headers: Record<string, string> = {}) => tinn.fetch(url, { headers });

  beforeAll(async () => {
    appsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-apps-'));
    await writeTestApp(
      {
        ...baseTestApp(),
        'App/config/texts/resource.en.json': {
          language: 'en',
          resources: [{ id: 'appName', value: 'Demo EN' }],
        },
        'App/config/process/process.bpmn': `\uFEFF${baseTestApp()['App/config/process/process.bpmn']}`,
        'App/ui/footer.json': FOOTER,
        'App/options/letters.json': OPTIONS_TEXT,
        'App/ui/form/RuleConfiguration.json': RULE_CONFIGURATION,
        'App/models/model.validation.json': VALIDATION_CONFIG,
        'App/appsettings.json': {
          AppSettings: { AppOidcProvider: 'idporten' },
          FrontEndSettings: { HomeUrl: 'https://example.org', URLValue: 'x', Enabled: true },
        },
      },
      path.join(appsDir, 'demo'),
    );
    await writeTestApp(
      {
        ...baseTestApp(),
        'App/config/applicationmetadata.json': { ...testMetadata(), id: 'ttd/plain', title: { nb: 'Enkel' } },
        'App/ui/layout-sets.json': null,
        'App/ui/form/Settings.json': null,
        'App/ui/form/layouts/Page1.json': null,
        'App/ui/layouts/Page1.json': baseTestApp()['App/ui/form/layouts/Page1.json'] ?? null,
      },
      path.join(appsDir, 'plain'),
    );
    tinn = await startTestPlatform({ APPS_DIR: appsDir });
  });
  afterAll(async () => {
    await tinn?.close();
    await fs.rm(appsDir, { recursive: true, force: true });
  });

  it('installs both test apps', () => {
    expect(tinn.platform.appInstall.installed).toEqual(['ttd/demo', 'ttd/plain']);
  });

  describe('applicationmetadata', () => {
    it('serves the metadata with Altinn’s defaults and the library fields, cached 60 s, without a token', async () => {
      const response = await get('/ttd/demo/api/v1/applicationmetadata');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      const body = await json(response);
      expect(body).toMatchObject({
        id: 'ttd/demo',
        org: 'ttd',
        title: { nb: 'Demo' },
        autoDeleteOnProcessEnd: false,
        disallowUserInstantiation: false,
        partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: true, subUnit: false },
        features: { footer: true, processActions: true },
        externalApiIds: [],
      });
      expect(body.altinnNugetVersion).toMatch(/^8\.\d+\.\d+\.\d+$/);
      expect(body.dataTypes[0]).toEqual({
        id: 'model',
        allowedContentTypes: ['application/xml'],
        appLogic: {
          autoCreate: true,
          classRef: 'Altinn.App.Models.model',
          allowAnonymousOnStateless: false,
          autoDeleteOnProcessEnd: false,
          disallowUserCreate: false,
          disallowUserDelete: false,
          allowInSubform: false,
        },
        taskId: 'Task_1',
        maxCount: 1,
        minCount: 1,
        enablePdfCreation: true,
        enableFileScan: false,
        validationErrorOnPendingFileScan: false,
        enabledFileAnalysers: [],
        enabledFileValidators: [],
      });
      expect(body.dataTypes[1]).not.toHaveProperty('appLogic');
    });

    it('accepts checkOrgApp and ignores a sent token', async () => {
      const response = await get('/ttd/demo/api/v1/applicationmetadata?checkOrgApp=false', {
        authorization: 'Bearer abc.def.ghi',
      });
      expect(response.status).toBe(200);
    });
  });

  describe('texts and languages', () => {
    it('serves a language’s texts in Altinn’s text resource shape', async () => {
      const response = await get('/ttd/demo/api/v1/texts/en');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store, no-cache');
      expect(await json(response)).toEqual({
        id: 'ttd-demo-en',
        org: 'ttd',
        language: 'en',
        resources: [{ id: 'appName', value: 'Demo EN' }],
      });
    });

    it('falls back to nb for a language without texts', async () => {
      const body = await json(await get('/ttd/demo/api/v1/texts/se'));
      expect(body).toMatchObject({ id: 'ttd-demo-nb', language: 'nb' });
    });

    it('refuses a language code that is not two characters with 400', async () => {
      const response = await get('/ttd/demo/api/v1/texts/nob');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('answers 404 when neither the language nor nb has texts', async () => {
      const texts = tinn.platform.apps.get('ttd', 'plain')?.texts as Map<string, unknown>;
      const saved = new Map(texts);
      texts.clear();
      try {
        const response = await get('/ttd/plain/api/v1/texts/en');
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      } finally {
        for (const [key, value] of saved) texts.set(key, value);
      }
    });

    it('lists the languages', async () => {
      expect(await json(await get('/ttd/demo/api/v1/applicationlanguages'))).toEqual([
        { language: 'en' },
        { language: 'nb' },
      ]);
      expect(await json(await get('/ttd/plain/api/v1/applicationlanguages'))).toEqual([{ language: 'nb' }]);
    });
  });

  describe('layouts', () => {
    it('serves layout-sets.json, 204 for an app without it', async () => {
      const response = await get('/ttd/demo/api/layoutsets');
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({ sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] });
      const none = await get('/ttd/plain/api/layoutsets');
      expect(none.status).toBe(204);
      expect(await none.text()).toBe('');
    });

    it('serves every page of a layout set keyed by page name, 404 for an unknown set', async () => {
      const response = await get('/ttd/demo/api/layouts/form');
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({ Page1: baseTestApp()['App/ui/form/layouts/Page1.json'] });
      const unknown = await get('/ttd/demo/api/layouts/nope');
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('serves Settings.json of a set, 404 for an unknown set', async () => {
      expect(await json(await get('/ttd/demo/api/layoutsettings/form'))).toEqual({
        pages: { order: ['Page1'] },
      });
      expect((await get('/ttd/demo/api/layoutsettings/nope')).status).toBe(404);
    });

    it('serves the single ui/layouts folder at the older routes, 404 for an app with layout sets', async () => {
      const layouts = await get('/ttd/plain/api/layouts');
      expect(layouts.status).toBe(200);
      expect(Object.keys(await json(layouts))).toEqual(['Page1']);
      expect((await get('/ttd/plain/api/layoutsettings')).status).toBe(204);
      expect((await get('/ttd/demo/api/layouts')).status).toBe(404);
    });

    it('serves the legacy rule configuration, 204 when absent', async () => {
      const config = await get('/ttd/demo/api/ruleconfiguration/form');
      expect(config.status).toBe(200);
      expect(await config.text()).toBe(RULE_CONFIGURATION);
      expect((await get('/ttd/demo/api/rulehandler/form')).status).toBe(204);
      expect((await get('/ttd/demo/api/ruleconfiguration/nope')).status).toBe(204);
      // `form/../form` would reach the real file; a set id is one path segment.
      expect((await get('/ttd/demo/api/ruleconfiguration/form%2F..%2Fform')).status).toBe(204);
    });

    it('serves the footer, 204 when the app has none', async () => {
      const footer = await get('/ttd/demo/api/v1/footer');
      expect(footer.status).toBe(200);
      expect(await json(footer)).toEqual(FOOTER);
      const none = await get('/ttd/plain/api/v1/footer');
      expect(none.status).toBe(204);
    });
  });

  describe('models', () => {
    it('serves a JSON Schema by model name or data type id, 404 when unknown', async () => {
      const schema = await get('/ttd/demo/api/jsonschema/model');
      expect(schema.status).toBe(200);
      expect(await json(schema)).toMatchObject({ $id: 'model.schema.json', required: ['name'] });
      expect((await get('/ttd/demo/api/jsonschema/nope')).status).toBe(404);
    });

    it('serves the XSD, 404 when unknown', async () => {
      const xsd = await get('/ttd/demo/api/xsdschema/model');
      expect(xsd.status).toBe(200);
      expect(xsd.headers.get('content-type')).toMatch(/^application\/xml/);
      expect(await xsd.text()).toContain('xs:schema');
      expect((await get('/ttd/demo/api/xsdschema/nope')).status).toBe(404);
    });

    it('serves the validation configuration, 204 when absent', async () => {
      const config = await get('/ttd/demo/api/validationconfig/model');
      expect(config.status).toBe(200);
      expect(await json(config)).toEqual(VALIDATION_CONFIG);
      expect((await get('/ttd/plain/api/validationconfig/model')).status).toBe(204);
    });
  });

  describe('options', () => {
    it('serves a static code list, ignoring language and other query parameters', async () => {
      const response = await get('/ttd/demo/api/options/letters?language=en&foo=bar');
      expect(response.status).toBe(200);
      expect(response.headers.get('altinn-downstreamparameters')).toBe('');
      expect(await json(response)).toEqual([
        { value: 'a', label: 'options.a', description: 'first' },
        { value: 2, label: 'options.two' },
        { value: null, label: '' },
      ]);
    });

    it('answers 404 for an unknown list and for an app without options', async () => {
      const response = await get('/ttd/demo/api/options/nope');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await get('/ttd/plain/api/options/letters')).status).toBe(404);
    });
  });

  describe('process, policy and settings', () => {
    it('serves the BPMN process (without a byte order mark) and the policy as text/xml', async () => {
      const process = await get('/ttd/demo/api/v1/meta/process');
      expect(process.status).toBe(200);
      expect(process.headers.get('content-type')).toMatch(/^text\/xml/);
      // As Altinn, which reads the file as text: without the file's byte order mark.
      const bytes = Buffer.from(await process.arrayBuffer());
      expect(bytes.toString('utf8')).toBe(baseTestApp()['App/config/process/process.bpmn']);
      const policy = await get('/ttd/demo/api/v1/meta/authorizationpolicy');
      expect(policy.status).toBe(200);
      expect(policy.headers.get('content-type')).toMatch(/^text\/xml/);
      const xml = await policy.text();
      expect(xml).toContain('urn:altinn:example:ruleid:ttd:demo:1');
      expect(xml).not.toMatch(/\[(org|ORG|app|APP)\]/);
    });

    it('serves the front-end settings with camel-cased keys, {} without appsettings.json', async () => {
      expect(await json(await get('/ttd/demo/api/v1/applicationsettings'))).toEqual({
        homeUrl: 'https://example.org',
        urlValue: 'x',
        enabled: 'True',
        appOidcProvider: 'idporten',
      });
      expect(await json(await get('/ttd/plain/api/v1/applicationsettings'))).toEqual({});
    });
  });

  describe('routing', () => {
    it.each([
      '/ttd/nope/api/v1/applicationmetadata',
      '/nope/demo/api/v1/texts/nb',
      '/ttd/nope/api/layoutsets',
      '/ttd/nope/api/v1/footer',
      '/ttd/nope/api/options/letters',
      '/ttd/nope/api/v1/meta/process',
    ])('answers 404 problem+json for an app that is not installed: %s', async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('leaves the platform routes alone', async () => {
      const applications = await get('/storage/api/v1/applications');
      expect(applications.status).toBe(200);
      expect((await json(applications)).applications.map((app: { id: string }) => app.id)).toEqual(
        expect.arrayContaining(['ttd/demo', 'ttd/plain']),
      );
      expect((await get('/storage/api/v1/applications/ttd/demo')).status).toBe(200);
      expect((await get('/health')).status).toBe(200);
      expect((await get('/authentication/api/v1/openid/.well-known/openid-configuration')).status).toBe(200);
    });
  });
});
