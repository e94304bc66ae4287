import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/core/errors.ts';
import {
  bearer,
  getWith,
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

const BASE = '/storage/api/v1/applications';
const ASTRID = { userId: 20001, partyId: 520001 };
const TTD_ORG_NUMBER = '405003309';
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A metadata document shaped like a real app's, with a field Tinn's schema does not describe. */
function metadata(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: { nb: 'Flyttemelding', en: 'Moving notice' },
    processId: null,
    dataTypes: [
      {
        id: 'model',
        allowedContentTypes: ['application/xml'],
        appLogic: { autoCreate: true, classRef: 'Altinn.App.Models.Model', schemaRef: null },
        taskId: 'Task_1',
        maxCount: 1,
        minCount: 1,
        maxSize: null,
        enablePdfCreation: true,
      },
      { id: 'attachment', allowedContentTypes: ['application/pdf'], maxSize: 25, maxCount: 5, minCount: 0 },
    ],
    partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: true, subUnit: false },
    onEntry: { show: 'select-instance' },
    futureField: { nested: [1, 'two'] },
    ...overrides,
  };
}

const texts = (language: string, value = 'Hei') => ({
  language,
  resources: [
    { id: 'appName', value },
    { id: 'greeting', value: 'Hei {0}', variables: [{ key: 'name', dataSource: 'dataModel.default' }] },
  ],
});

describe('storage applications and texts API', () => {
  let tinn: TestPlatform;
  let ttd: Record<string, string>;
  let ttdOtherNumber: Record<string, string>;
  let otherOwner: Record<string, string>;
  let astrid: Record<string, string>;
  let orgToken: Record<string, string>;

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    tinn.fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const create = (appId: string, body: unknown, headers = ttd) =>
    postJson(tinn, `${BASE}?appId=${encodeURIComponent(appId)}`, body, headers);
  const get = (path: string, headers: Record<string, string> = {}) => getWith(tinn, path, headers);

  async function expectProblem(response: Response, status: number, code?: string): Promise<any> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await json(response);
    expect(problem.status).toBe(status);
    if (code !== undefined) expect(problem.code).toBe(code);
    return problem;
  }

  beforeAll(async () => {
    tinn = await startTestPlatform();
    const serviceOwner = async (org: string, orgNumber: string) =>
      bearer(
        await tinn.platform.tokens.mint({
          'urn:altinn:org': org,
          'urn:altinn:orgNumber': orgNumber,
          scope: 'altinn:serviceowner/instances.read altinn:serviceowner/instances.write',
        }),
      );
    ttd = await serviceOwner('ttd', TTD_ORG_NUMBER);
    ttdOtherNumber = await serviceOwner('ttd', '999888777');
    otherOwner = await serviceOwner('skd', '974761076');
    astrid = await userBearer(tinn, ASTRID);
    orgToken = bearer(
      await tinn.platform.tokens.mint({
        'urn:altinn:orgNumber': '311000002',
        'urn:altinn:authlevel': 3,
        scope: 'altinn:instances.read',
      }),
    );
  });
  afterAll(async () => {
    await tinn?.close();
  });

  describe('POST /applications?appId=', () => {
    it('creates the app: 201, id and org forced, defaults set, nulls omitted, unknown fields kept', async () => {
      const before = Date.now();
      const response = await create(
        'ttd/moving-notice',
        metadata({ id: 'other/name', org: 'other', created: '2001-01-01T00:00:00Z', createdBy: 'someone' }),
      );
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const app = await json(response);
      expect(app).toMatchObject({
        id: 'ttd/moving-notice',
        org: 'ttd',
        title: { nb: 'Flyttemelding', en: 'Moving notice' },
        createdBy: TTD_ORG_NUMBER,
        lastChangedBy: TTD_ORG_NUMBER,
        futureField: { nested: [1, 'two'] },
        onEntry: { show: 'select-instance' },
      });
      expect(app).not.toHaveProperty('processId');
      expect(app.dataTypes[0]).toEqual({
        id: 'model',
        allowedContentTypes: ['application/xml'],
        appLogic: { autoCreate: true, classRef: 'Altinn.App.Models.Model' },
        taskId: 'Task_1',
        maxCount: 1,
        minCount: 1,
        enablePdfCreation: true,
      });
      for (const field of ['created', 'lastChanged', 'validFrom']) expect(app[field]).toMatch(ISO_UTC);
      expect(Date.parse(app.created)).toBeGreaterThanOrEqual(before - 1000);
      expect(app.validFrom).toBe(app.created);

      const stored = await get(`${BASE}/ttd/moving-notice`);
      expect(stored.status).toBe(200);
      expect(await json(stored)).toEqual(app);
    });

    it('defaults dataTypes to [] and keeps a given validFrom, read as UTC when it has no offset', async () => {
      const response = await create('ttd/minimal', { validFrom: '2020-03-04T05:06:07.1234567' });
      expect(response.status).toBe(201);
      const app = await json(response);
      expect(app.dataTypes).toEqual([]);
      expect(app.validFrom).toBe('2020-03-04T05:06:07.123Z');
      expect((await json(await get(`${BASE}/ttd/minimal`))).validFrom).toBe('2020-03-04T05:06:07.123Z');
    });

    it('upserts: a second POST replaces the document and keeps created and createdBy', async () => {
      const first = await json(await create('ttd/upsert-app', metadata()));
      const second = await create('ttd/upsert-app', { title: { nb: 'Ny tittel' } }, ttdOtherNumber);
      expect(second.status).toBe(201);
      const replaced = await json(second);
      expect(replaced).toMatchObject({
        title: { nb: 'Ny tittel' },
        created: first.created,
        createdBy: TTD_ORG_NUMBER,
        lastChangedBy: '999888777',
        dataTypes: [],
      });
      expect(Date.parse(replaced.lastChanged)).toBeGreaterThanOrEqual(Date.parse(first.lastChanged));
      expect(replaced).not.toHaveProperty('futureField');
      expect(await json(await get(`${BASE}/ttd/upsert-app`))).toEqual(replaced);
    });

    it.each([
      ['no slash', 'ttd'],
      ['upper-case org', 'TTD/app'],
      ['upper-case app', 'ttd/App'],
      ['three parts', 'ttd/a/b'],
      ['app starting with a digit', 'ttd/1app'],
      ['underscore in app', 'ttd/my_app'],
      ['empty app', 'ttd/'],
    ])('refuses a bad appId (%s) with 400', async (_label, appId) => {
      await expectProblem(await create(appId, metadata()), 400, 'invalid_app_id');
    });

    it('refuses a missing appId with 400', async () => {
      await expectProblem(await postJson(tinn, BASE, metadata(), ttd), 400, 'validation_failed');
    });

    it('refuses malformed JSON with 400 and stores nothing', async () => {
      await expectProblem(await create('ttd/malformed', '{"title": {'), 400, 'malformed_body');
      await expectProblem(await get(`${BASE}/ttd/malformed`), 404);
    });

    it.each([
      ['an integer sent as text', { dataTypes: [{ id: 'a', maxCount: '5' }] }, '/dataTypes/0/maxCount'],
      ['a data type id that is a number', { dataTypes: [{ id: 5 }] }, '/dataTypes/0/id'],
      ['a data type without id', { dataTypes: [{ taskId: 'Task_1' }] }, '/dataTypes/0'],
      ['dataTypes that is not a list', { dataTypes: 'model' }, '/dataTypes'],
      ['a title that is not a text map', { title: 'Flytting' }, '/title'],
      ['a boolean sent as text', { autoDeleteOnProcessEnd: 'true' }, '/autoDeleteOnProcessEnd'],
      [
        'appLogic that is not an object',
        { dataTypes: [{ id: 'a', appLogic: true }] },
        '/dataTypes/0/appLogic',
      ],
      ['a body that is a list', [], ''],
    ])('refuses %s with 400 validation_failed and stores nothing', async (_label, body, path) => {
      const problem = await expectProblem(await create('ttd/wrong-types', body), 400, 'validation_failed');
      expect(problem.errors.map((error: { path: string }) => error.path)).toContain(`body${path}`);
      expect(problem.detail).not.toMatch(/must be null|anyOf/);
      await expectProblem(await get(`${BASE}/ttd/wrong-types`), 404);
    });

    it('refuses a validFrom that is not a date with 400', async () => {
      await expectProblem(await create('ttd/bad-date', { validFrom: 'next tuesday' }), 400, 'invalid_date');
    });

    it('refuses a body over 1 MiB with 413', async () => {
      const body = metadata({ padding: 'x'.repeat(1024 * 1024) });
      await expectProblem(await create('ttd/too-large', body), 413, 'payload_too_large');
    });

    it('answers 401 without a token and with a bad token', async () => {
      await expectProblem(await create('ttd/no-token', metadata(), {}), 401);
      await expectProblem(await create('ttd/no-token', metadata(), bearer('abc.def.ghi')), 401);
      await expectProblem(await get(`${BASE}/ttd/no-token`), 404);
    });

    it('answers 403 to a user, an organisation and another service owner, even for a malformed body or appId', async () => {
      await expectProblem(await create('ttd/forbidden', metadata(), astrid), 403, 'forbidden');
      await expectProblem(await create('ttd/forbidden', metadata(), orgToken), 403, 'forbidden');
      await expectProblem(await create('ttd/forbidden', metadata(), otherOwner), 403, 'forbidden');
      await expectProblem(await create('ttd/forbidden', '{not json', otherOwner), 403, 'forbidden');
      await expectProblem(await create('t-d/forbidden', metadata(), otherOwner), 403, 'forbidden');
      await expectProblem(await create('nonsense', metadata(), astrid), 403, 'forbidden');
      await expectProblem(await get(`${BASE}/ttd/forbidden`), 404);
    });
  });

  describe('GET /applications, /applications/{org}, /applications/{org}/{app}', () => {
    beforeAll(async () => {
      expect((await create('ttd/list-one', metadata())).status).toBe(201);
      expect((await create('skd/list-two', metadata(), otherOwner)).status).toBe(201);
    });

    it('lists every app anonymously', async () => {
      const response = await get(BASE);
      expect(response.status).toBe(200);
      const ids = (await json(response)).applications.map((app: { id: string }) => app.id);
      expect(ids).toEqual(expect.arrayContaining(['ttd/list-one', 'skd/list-two']));
    });

    it("lists one org's apps anonymously", async () => {
      const body = await json(await get(`${BASE}/skd`));
      expect(body.applications.map((app: { id: string }) => app.id)).toEqual(['skd/list-two']);
      expect(body.applications[0]).toMatchObject({ org: 'skd', createdBy: '974761076' });
      expect((await json(await get(`${BASE}/nobody`))).applications).toEqual([]);
    });

    it('refuses an org with a dash or a space with 400', async () => {
      await expectProblem(await get(`${BASE}/t-d`), 400, 'invalid_org');
      await expectProblem(await get(`${BASE}/t%20d`), 400, 'invalid_org');
    });

    it('answers 404 problem+json for an unknown app', async () => {
      const problem = await expectProblem(
        await get(`${BASE}/ttd/does-not-exist`),
        404,
        'application_not_found',
      );
      expect(problem.detail).toContain('ttd/does-not-exist');
    });

    it('matches with a trailing slash, as Altinn test scripts send', async () => {
      expect((await get(`${BASE}/ttd/list-one/`)).status).toBe(200);
    });
  });

  describe('PUT /applications/{org}/{app}', () => {
    const put = (app: string, body: unknown, headers = ttd) =>
      send('PUT', `${BASE}/ttd/${app}`, body, headers);

    it('replaces the document, keeps created fields and storageAccountNumber', async () => {
      const created = await json(
        await create('ttd/put-app', metadata({ storageAccountNumber: 2, versionId: 'v1' })),
      );
      const response = await put(
        'put-app',
        {
          id: 'ttd/put-app',
          org: 'ttd',
          versionId: 'v2',
          storageAccountNumber: 7,
          dataTypes: [{ id: 'only' }],
          created: '2001-01-01T00:00:00Z',
        },
        ttdOtherNumber,
      );
      expect(response.status).toBe(200);
      const updated = await json(response);
      expect(updated).toMatchObject({
        id: 'ttd/put-app',
        versionId: 'v2',
        storageAccountNumber: 2,
        dataTypes: [{ id: 'only' }],
        created: created.created,
        createdBy: TTD_ORG_NUMBER,
        lastChangedBy: '999888777',
      });
      expect(updated).not.toHaveProperty('title');
      expect(await json(await get(`${BASE}/ttd/put-app`))).toEqual(updated);

      const withoutNumber = await json(await put('put-app', { id: 'ttd/put-app', org: 'ttd' }));
      expect(withoutNumber.storageAccountNumber).toBe(2);
    });

    it('refuses an id or org that does not match the path with 400', async () => {
      await create('ttd/put-mismatch', metadata());
      await expectProblem(await put('put-mismatch', { id: 'ttd/other', org: 'ttd' }), 400, 'app_id_mismatch');
      await expectProblem(await put('put-mismatch', { org: 'ttd' }), 400, 'app_id_mismatch');
      await expectProblem(
        await put('put-mismatch', { id: 'ttd/put-mismatch', org: 'skd' }),
        400,
        'org_mismatch',
      );
      expect((await json(await get(`${BASE}/ttd/put-mismatch`))).title).toEqual(metadata().title);
    });

    it('refuses an invalid appId in the path, wrong types and malformed JSON with 400', async () => {
      await expectProblem(await put('Bad_App', { id: 'ttd/Bad_App', org: 'ttd' }), 400, 'invalid_app_id');
      await expectProblem(
        await put('put-mismatch', {
          id: 'ttd/put-mismatch',
          org: 'ttd',
          dataTypes: [{ id: 'a', minCount: 1.5 }],
        }),
        400,
        'validation_failed',
      );
      await expectProblem(await put('put-mismatch', '{"id":'), 400, 'malformed_body');
    });

    it('answers 404 for an unknown app', async () => {
      await expectProblem(await put('no-such-app', { id: 'ttd/no-such-app', org: 'ttd' }), 404);
    });

    it('answers 401 without or with a bad token and 403 to a user or another org', async () => {
      const body = { id: 'ttd/put-mismatch', org: 'ttd' };
      await expectProblem(await put('put-mismatch', body, {}), 401);
      await expectProblem(await put('put-mismatch', body, bearer('garbage')), 401);
      await expectProblem(await put('put-mismatch', body, astrid), 403);
      await expectProblem(await put('put-mismatch', body, otherOwner), 403);
    });
  });

  describe('DELETE /applications/{org}/{app}', () => {
    it('soft-deletes by setting validTo to now; the app can still be read', async () => {
      await create('ttd/soft-delete', metadata());
      const before = Date.now();
      const response = await send('DELETE', `${BASE}/ttd/soft-delete`, undefined, ttdOtherNumber);
      expect(response.status).toBe(200);
      const deleted = await json(response);
      expect(deleted.validTo).toMatch(ISO_UTC);
      expect(Date.parse(deleted.validTo)).toBeGreaterThanOrEqual(before - 1000);
      expect(deleted).toMatchObject({ createdBy: TTD_ORG_NUMBER, lastChangedBy: '999888777' });
      expect(await json(await get(`${BASE}/ttd/soft-delete`))).toEqual(deleted);
      expect((await send('DELETE', `${BASE}/ttd/soft-delete?hard=false`, undefined, ttd)).status).toBe(200);
    });

    it('hard-deletes the app and its texts', async () => {
      await create('ttd/hard-delete', metadata());
      expect((await postJson(tinn, `${BASE}/ttd/hard-delete/texts`, texts('nb'), ttd)).status).toBe(200);
      expect((await postJson(tinn, `${BASE}/ttd/hard-delete/texts`, texts('en'), ttd)).status).toBe(200);

      const response = await send('DELETE', `${BASE}/ttd/hard-delete?hard=true`, undefined, ttd);
      expect(response.status).toBe(200);
      expect((await json(response)).id).toBe('ttd/hard-delete');
      await expectProblem(await get(`${BASE}/ttd/hard-delete`), 404);

      const remaining = await sql<{ count: number }>`
        select count(*)::int as count from storage_text_resource where org = 'ttd' and app = 'hard-delete'`.execute(
        tinn.platform.db,
      );
      expect(remaining.rows[0]?.count).toBe(0);
      await create('ttd/hard-delete', metadata());
      await expectProblem(await get(`${BASE}/ttd/hard-delete/texts/nb`, astrid), 404);
    });

    it('answers 404 for an unknown app, 401 without a token, 403 to a user or another org', async () => {
      await create('ttd/delete-guarded', metadata());
      await expectProblem(await send('DELETE', `${BASE}/ttd/no-such-app?hard=true`, undefined, ttd), 404);
      await expectProblem(await send('DELETE', `${BASE}/ttd/delete-guarded`), 401);
      await expectProblem(
        await send('DELETE', `${BASE}/ttd/delete-guarded`, undefined, bearer('x.y.z')),
        401,
      );
      await expectProblem(
        await send('DELETE', `${BASE}/ttd/delete-guarded?hard=true`, undefined, astrid),
        403,
      );
      await expectProblem(
        await send('DELETE', `${BASE}/ttd/delete-guarded?hard=true`, undefined, otherOwner),
        403,
      );
      await expectProblem(await send('DELETE', `${BASE}/ttd/delete-guarded?hard=maybe`, undefined, ttd), 400);
      const app = await json(await get(`${BASE}/ttd/delete-guarded`));
      expect(app).not.toHaveProperty('validTo');
    });
  });

  describe('text resources', () => {
    const textsOf = (app: string) => `${BASE}/ttd/${app}/texts`;

    beforeAll(async () => {
      expect((await create('ttd/texts-app', metadata())).status).toBe(201);
    });

    it('POST stores a language (200) and any authenticated caller reads it back', async () => {
      const response = await postJson(tinn, textsOf('texts-app'), { ...texts('nb'), id: 'x', org: 'y' }, ttd);
      expect(response.status).toBe(200);
      const stored = await json(response);
      expect(stored).toEqual({
        id: 'ttd-texts-app-nb',
        org: 'ttd',
        language: 'nb',
        resources: texts('nb').resources,
      });
      for (const caller of [astrid, ttd, otherOwner, orgToken]) {
        const read = await get(`${textsOf('texts-app')}/nb`, caller);
        expect(read.status).toBe(200);
        expect(await json(read)).toEqual(stored);
      }
    });

    it('POST again replaces the resources of that language', async () => {
      await postJson(tinn, textsOf('texts-app'), texts('en', 'Hello'), ttd);
      const second = await postJson(tinn, textsOf('texts-app'), texts('en', 'Hi'), ttd);
      expect(second.status).toBe(200);
      const read = await json(await get(`${textsOf('texts-app')}/en`, astrid));
      expect(read.resources[0]).toEqual({ id: 'appName', value: 'Hi' });
    });

    it('PUT replaces an existing language; the body language must match the path', async () => {
      await postJson(tinn, textsOf('texts-app'), texts('nn'), ttd);
      const response = await send('PUT', `${textsOf('texts-app')}/nn`, texts('nn', 'Hallo'), ttd);
      expect(response.status).toBe(200);
      expect((await json(response)).id).toBe('ttd-texts-app-nn');
      expect((await json(await get(`${textsOf('texts-app')}/nn`, astrid))).resources[0].value).toBe('Hallo');
      await expectProblem(
        await send('PUT', `${textsOf('texts-app')}/nn`, texts('en'), ttd),
        400,
        'language_mismatch',
      );
      await expectProblem(await send('PUT', `${textsOf('texts-app')}/se`, texts('se'), ttd), 404);
    });

    it('DELETE removes a language (200, empty body), then 404', async () => {
      await postJson(tinn, textsOf('texts-app'), texts('de'), ttd);
      const response = await send('DELETE', `${textsOf('texts-app')}/de`, undefined, ttd);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
      await expectProblem(await get(`${textsOf('texts-app')}/de`, astrid), 404, 'text_resource_not_found');
      await expectProblem(await send('DELETE', `${textsOf('texts-app')}/de`, undefined, ttd), 404);
    });

    it('answers 404 for an unknown language or app', async () => {
      await expectProblem(await get(`${textsOf('texts-app')}/fr`, astrid), 404, 'text_resource_not_found');
      await expectProblem(await get(`${textsOf('no-such-app')}/nb`, astrid), 404);
      await expectProblem(
        await postJson(tinn, textsOf('no-such-app'), texts('nb'), ttd),
        404,
        'application_not_found',
      );
    });

    it('refuses a language that is not two letters, wrong types and malformed JSON with 400', async () => {
      await expectProblem(await get(`${textsOf('texts-app')}/nob`, astrid), 400);
      await expectProblem(await postJson(tinn, textsOf('texts-app'), texts('nb-NO'), ttd), 400);
      await expectProblem(await postJson(tinn, textsOf('texts-app'), { language: 'nb' }, ttd), 400);
      await expectProblem(
        await postJson(
          tinn,
          textsOf('texts-app'),
          { language: 'nb', resources: [{ id: 'a', value: 3 }] },
          ttd,
        ),
        400,
        'validation_failed',
      );
      await expectProblem(
        await postJson(tinn, textsOf('texts-app'), '{"language":', ttd),
        400,
        'malformed_body',
      );
      await expectProblem(await send('PUT', `${textsOf('texts-app')}/nob`, texts('nob'), ttd), 400);
      expect((await json(await get(`${textsOf('texts-app')}/nb`, astrid))).resources[0].value).toBe('Hei');
    });

    it('answers 401 without or with a bad token', async () => {
      await expectProblem(await get(`${textsOf('texts-app')}/nb`), 401);
      await expectProblem(await get(`${textsOf('texts-app')}/nb`, bearer('abc.def.ghi')), 401);
      await expectProblem(await postJson(tinn, textsOf('texts-app'), texts('nb')), 401);
      await expectProblem(await send('PUT', `${textsOf('texts-app')}/nb`, texts('nb')), 401);
      await expectProblem(await send('DELETE', `${textsOf('texts-app')}/nb`), 401);
    });

    it('answers 403 to a user and to another service owner on every write', async () => {
      for (const caller of [astrid, otherOwner]) {
        await expectProblem(await postJson(tinn, textsOf('texts-app'), texts('nb', 'X'), caller), 403);
        await expectProblem(await send('PUT', `${textsOf('texts-app')}/nb`, texts('nb', 'X'), caller), 403);
        await expectProblem(await send('DELETE', `${textsOf('texts-app')}/nb`, undefined, caller), 403);
      }
      expect((await json(await get(`${textsOf('texts-app')}/nb`, astrid))).resources[0].value).toBe('Hei');
    });
  });

  describe('in-process service (for the app runtime)', () => {
    it('installApplication stores the app and its texts together; reinstalling keeps created fields', async () => {
      const service = tinn.platform.applications;
      const installed = await service.installApplication(
        {
          ...metadata(),
          id: 'ttd/installed',
          org: 'ttd',
          created: '2019-01-01T00:00:00Z',
          createdBy: 'altinn',
        },
        [texts('nb'), texts('en', 'Hello')],
      );
      expect(installed).toMatchObject({ id: 'ttd/installed', createdBy: 'tinn', lastChangedBy: 'tinn' });
      expect(await json(await get(`${BASE}/ttd/installed`))).toEqual(installed);
      expect((await json(await get(`${BASE}/ttd/installed/texts/en`, astrid))).resources[0].value).toBe(
        'Hello',
      );

      const again = await service.installApplication({ id: 'ttd/installed', versionId: '2' }, [
        texts('nb', 'Ny'),
      ]);
      expect(again).toMatchObject({ created: installed.created, versionId: '2' });
      expect((await json(await get(`${BASE}/ttd/installed/texts/nb`, astrid))).resources[0].value).toBe('Ny');
    });

    it('installApplication refuses bad input with a 400 ProblemError and stores nothing', async () => {
      const service = tinn.platform.applications;
      const refused = async (promise: Promise<unknown>, code: string) => {
        const error = await promise.then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(ProblemError);
        expect(error).toMatchObject({ status: 400, code });
      };
      await refused(
        service.installApplication({ id: 'ttd/bad-install' }, [texts('nb-NO')]),
        'validation_failed',
      );
      await refused(service.installApplication({ id: 'TTD/bad-install' }, []), 'invalid_app_id');
      await refused(
        service.installApplication({ id: 'ttd/bad-install', dataTypes: 'x' } as never, []),
        'validation_failed',
      );
      await expectProblem(await get(`${BASE}/ttd/bad-install`), 404);
    });

    it("getApplication serves a frozen copy and sees this node's own writes at once", async () => {
      const service = tinn.platform.applications;
      expect(await service.getApplication('ttd', 'cached-app')).toBeUndefined();
      await create('ttd/cached-app', metadata({ versionId: '1' }));
      const first = await service.getApplication('ttd', 'cached-app');
      expect(first?.versionId).toBe('1');
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first?.dataTypes?.[0])).toBe(true);

      await send('PUT', `${BASE}/ttd/cached-app`, { id: 'ttd/cached-app', org: 'ttd', versionId: '2' }, ttd);
      expect((await service.getApplication('ttd', 'cached-app'))?.versionId).toBe('2');
      await send('DELETE', `${BASE}/ttd/cached-app?hard=true`, undefined, ttd);
      expect(await service.getApplication('ttd', 'cached-app')).toBeUndefined();
    });
  });

  it('documents every route in OpenAPI with an operation id, the storage tag and who may call', async () => {
    const document = await json(await get('/swagger/json'));
    const paths = [
      ['/storage/api/v1/applications', ['get', 'post']],
      ['/storage/api/v1/applications/{org}', ['get']],
      ['/storage/api/v1/applications/{org}/{app}', ['get', 'put', 'delete']],
      ['/storage/api/v1/applications/{org}/{app}/texts', ['post']],
      ['/storage/api/v1/applications/{org}/{app}/texts/{language}', ['get', 'put', 'delete']],
    ] as const;
    for (const [path, methods] of paths) {
      for (const method of methods) {
        const operation = document.paths[path]?.[method];
        expect(operation, `${method} ${path}`).toBeDefined();
        expect(operation.operationId).toBeTruthy();
        expect(operation.tags).toEqual(['storage']);
        expect(operation.description).toMatch(/Anonymous|Requires/);
      }
    }
  });
});
