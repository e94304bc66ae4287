import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTestApp, PEOPLE, processAtTask, STORAGE_TESTDATA } from '../support/storage-fixtures.ts';
import {
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

/** A well-formed lock token for a lock the caller does not hold. */
const LOCK_TOKEN = Buffer.from(
  JSON.stringify({ id: 1, secret: Buffer.alloc(20, 7).toString('base64') }),
).toString('base64url');

interface Operation {
  readonly method: string;
  readonly path: string;
}

/**
 * Every Storage route about an instance, called by a user of another party: each answers 403 or 404 (or
 * an empty result), and the instance is unchanged afterwards. Routes come from the OpenAPI document, so a
 * route added later is walked too.
 */
describe('storage: a user of another party reaches nothing', () => {
  let tinn: TestPlatform;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let instance: { id: string; lastChanged: string; status: unknown; data: { id: string }[] };
  let operations: Operation[];
  let dataGuid = '00000000-0000-4000-8000-000000000001';
  let eventGuid = '00000000-0000-4000-8000-000000000002';

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    const appId = await installTestApp(tinn, { app: 'wrong-user-app' });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    const created = await postJson(
      tinn,
      `/storage/api/v1/instances?appId=${appId}`,
      { instanceOwner: { partyId: String(PEOPLE.mira.partyId) }, process: processAtTask() },
      mira,
    );
    expect(created.status).toBe(201);
    const createdInstance = await json(created);
    const upload = await tinn.fetch(
      `/storage/api/v1/instances/${createdInstance.id}/data?dataType=attachment`,
      {
        method: 'POST',
        headers: {
          ...mira,
          'content-type': 'text/plain',
          'content-disposition': 'attachment; filename=a.txt',
        },
        body: 'content of mira',
      },
    );
    if (upload.status === 201) dataGuid = (await json(upload)).id;
    const events = await tinn.fetch(`/storage/api/v1/instances/${createdInstance.id}/events`, {
      headers: mira,
    });
    if (events.status === 200) eventGuid = (await json(events)).instanceEvents?.[0]?.id ?? eventGuid;
    instance = await json(
      await tinn.fetch(`/storage/api/v1/instances/${createdInstance.id}`, { headers: mira }),
    );
    const document = await json(await tinn.fetch('/swagger/json'));
    operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) =>
        path.includes('{instanceGuid}')
          ? Object.keys(methods)
              .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
              .map((method) => ({ method: method.toUpperCase(), path }))
          : [],
    );
  });
  afterAll(async () => {
    await tinn?.close();
  });

  function urlFor(path: string): string {
    const [party, guid] = instance.id.split('/') as [string, string];
    return path
      .replace('{instanceOwnerPartyId}', party)
      .replace('{instanceGuid}', guid)
      .replace(/\{(dataGuid|dataId|dataElementId)\}/, dataGuid)
      .replace('{eventGuid}', eventGuid)
      .replace(/\{[^}]+\}/g, '1');
  }

  function bodyFor(operation: Operation): string | undefined {
    if (operation.method === 'GET' || operation.method === 'DELETE') return undefined;
    // Well-formed for every route, so what is tested is the caller's right, not body validation.
    return JSON.stringify({
      id: dataGuid,
      instanceGuid: instance.id.split('/')[1],
      dataType: 'attachment',
      fileScanResult: 'Clean',
      signatureDocumentDataType: 'attachment',
      dataElementSignatures: [{ dataElementId: dataGuid, signed: true }],
      signee: { userId: String(PEOPLE.oskar.userId) },
      instanceId: instance.id,
      texts: { a: 'b' },
      values: { a: 'b' },
      label: 'x',
      ttlSeconds: 60,
      instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
      includeActive: true,
      state: processAtTask('Task_2'),
      events: [],
    });
  }

  it('walks every instance route', () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
  });

  it('answers 403 or 404 to every instance route and changes nothing', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const response = await tinn.fetch(urlFor(operation.path), {
        method: operation.method,
        headers: { ...oskar, 'content-type': 'application/json', 'altinn-storage-lock-token': LOCK_TOKEN },
        body: bodyFor(operation),
      });
      if (![403, 404].includes(response.status)) {
        failures.push(`${operation.method} ${operation.path}: ${response.status} ${await response.text()}`);
      }
    }
    expect(failures).toEqual([]);
    const after = await json(await tinn.fetch(`/storage/api/v1/instances/${instance.id}`, { headers: mira }));
    expect(after.lastChanged).toBe(instance.lastChanged);
    expect(after.status).toEqual(instance.status);
    expect(after.data.map((element: { id: string }) => element.id)).toEqual(
      instance.data.map((element) => element.id),
    );
  });

  it('refuses before validating the body: an empty object gets 403 or 404 too', async () => {
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => !['GET', 'DELETE'].includes(candidate.method))) {
      const response = await tinn.fetch(urlFor(operation.path), {
        method: operation.method,
        headers: { ...oskar, 'content-type': 'application/json', 'altinn-storage-lock-token': LOCK_TOKEN },
        body: '{}',
      });
      if (![403, 404].includes(response.status))
        failures.push(`${operation.method} ${operation.path}: ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('finds none of the other party’s instances through the query and the message box', async () => {
    const query = await tinn.fetch(`/storage/api/v1/instances?instanceOwner.partyId=${PEOPLE.mira.partyId}`, {
      headers: oskar,
    });
    if (query.status === 200) {
      const body = await json(query);
      expect(body.instances).toEqual([]);
      expect(body.count).toBe(0);
    } else {
      expect([403, 404]).toContain(query.status);
    }
    const search = await postJson(
      tinn,
      '/storage/api/v1/sbl/instances/search',
      {
        instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
        includeActive: true,
        includeArchived: true,
        includeDeleted: true,
      },
      oskar,
    );
    if (search.status === 200) expect(await json(search)).toEqual([]);
    else expect([403, 404]).toContain(search.status);
  });
});
