import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  installTestApp,
  PEOPLE,
  processAtTask,
  STORAGE_TESTDATA,
  serviceOwnerBearer,
} from '../support/storage-fixtures.ts';
import {
  bearer,
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

const BASE = '/storage/api/v1/instances';

describe('storage: create, read and delete instances', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'storage-app' });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
  });
  afterAll(async () => {
    await tinn?.close();
  });

  const create = (headers: Record<string, string>, body: unknown, app = appId) =>
    postJson(tinn, `${BASE}?appId=${app}`, body, headers);

  async function created(headers: Record<string, string>, partyId: number | string, extra: object = {}) {
    const response = await create(headers, {
      instanceOwner: { partyId: String(partyId) },
      process: processAtTask(),
      ...extra,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  describe('POST /instances', () => {
    it('creates an instance with Altinn’s fields, a Location header and a Created event', async () => {
      const response = await create(mira, {
        instanceOwner: { partyId: String(PEOPLE.company.partyId) },
        process: processAtTask(),
      });
      expect(response.status).toBe(201);
      const instance = await json(response);
      expect(instance.id).toMatch(new RegExp(`^${PEOPLE.company.partyId}/[0-9a-f-]{36}$`));
      expect(instance).toMatchObject({
        instanceOwner: {
          partyId: String(PEOPLE.company.partyId),
          organisationNumber: PEOPLE.company.orgNumber,
        },
        appId,
        org: 'ttd',
        status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Unread' },
        createdBy: String(PEOPLE.mira.userId),
        lastChangedBy: String(PEOPLE.mira.userId),
        data: [],
        process: { currentTask: { elementId: 'Task_1', altinnTaskType: 'data' } },
      });
      expect(instance.created).toBe(instance.lastChanged);
      expect(instance.visibleAfter).toBe(instance.created);
      expect(instance.selfLinks.platform).toBe(`${tinn.baseUrl}${BASE}/${instance.id}`);
      expect(response.headers.get('location')).toBe(instance.selfLinks.platform);
      expect(instance.presentationTexts).toBeUndefined();

      const read = await tinn.fetch(`${BASE}/${instance.id}`, { headers: mira });
      expect(read.status).toBe(200);
      expect(await json(read)).toEqual(instance);
      const events = await tinn.platform.db
        .selectFrom('storage_instance_event' as never)
        .selectAll()
        .execute();
      expect(events.some((row) => (row as { event_type: string }).event_type === 'Created')).toBe(true);
    });

    it('resolves the owner from a national identity number or an organisation number', async () => {
      const byPerson = await create(mira, { instanceOwner: { personNumber: '13057311111' } });
      expect(byPerson.status).toBe(201);
      expect((await json(byPerson)).instanceOwner).toEqual({
        partyId: String(PEOPLE.mira.partyId),
        personNumber: '13057311111',
      });
      const byOrg = await create(mira, { instanceOwner: { organisationNumber: PEOPLE.subUnit.orgNumber } });
      expect((await json(byOrg)).instanceOwner.partyId).toBe(String(PEOPLE.subUnit.partyId));
    });

    it('drops what a caller may not set, and keeps what it may', async () => {
      const instance = await created(mira, PEOPLE.mira.partyId, {
        id: 'x/y',
        appId: 'evil/app',
        createdBy: 'someone',
        presentationTexts: { a: 'b' },
        completeConfirmations: [{ stakeholderId: 'ttd', confirmedOn: '2020-01-01T00:00:00Z' }],
        dataValues: { kind: 'test' },
        dueBefore: '2031-01-01T00:00:00.000Z',
      });
      expect(instance.appId).toBe(appId);
      expect(instance.createdBy).toBe(String(PEOPLE.mira.userId));
      expect(instance.presentationTexts).toBeUndefined();
      expect(instance.completeConfirmations).toBeUndefined();
      expect(instance.dataValues).toEqual({ kind: 'test' });
      expect(instance.dueBefore).toBe('2031-01-01T00:00:00.000Z');
    });

    it('refuses bad input with 400 and stores nothing', async () => {
      const before = await countInstances();
      for (const [body, query] of [
        [{}, appId],
        [{ instanceOwner: {} }, appId],
        [{ instanceOwner: { partyId: 'abc' } }, appId],
        [{ instanceOwner: { partyId: '999999' } }, appId],
        [{ instanceOwner: { personNumber: '123' } }, appId],
        [{ instanceOwner: { partyId: '700101' }, visibleAfter: 'tomorrow' }, appId],
        ['{"instanceOwner": ', appId],
        [{ instanceOwner: { partyId: '700101' } }, 'not-an-app-id'],
      ] as const) {
        const response = await create(mira, body, query);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      }
      expect(await countInstances()).toBe(before);
    });

    it('answers 404 for an unknown app, 403 without the right, 401 without a token', async () => {
      expect((await create(mira, { instanceOwner: { partyId: '700101' } }, 'ttd/no-such-app')).status).toBe(
        404,
      );
      const before = await countInstances();
      expect(
        (await create(oskar, { instanceOwner: { partyId: String(PEOPLE.company.partyId) } })).status,
      ).toBe(403);
      expect((await create({}, { instanceOwner: { partyId: '700101' } })).status).toBe(401);
      expect(await countInstances()).toBe(before);
    });

    it('lets the service owner instantiate for any party', async () => {
      const instance = await created(owner, PEOPLE.oskar.partyId);
      expect(instance.createdBy).toBe('405003309');
    });
  });

  describe('GET /instances/{party}/{guid}', () => {
    it('answers the owner’s users, the service owner and the guid-only route; 403 to others', async () => {
      const instance = await created(mira, PEOPLE.mira.partyId);
      const guid = instance.id.split('/')[1];
      expect((await tinn.fetch(`${BASE}/${instance.id}`, { headers: owner })).status).toBe(200);
      expect((await tinn.fetch(`${BASE}/${guid}`, { headers: mira })).status).toBe(200);
      expect((await tinn.fetch(`${BASE}/${instance.id}`, { headers: oskar })).status).toBe(403);
      expect((await tinn.fetch(`${BASE}/${instance.id}`)).status).toBe(401);
    });

    it('answers 404 for an unknown instance and 400 for a malformed guid', async () => {
      expect(
        (await tinn.fetch(`${BASE}/700101/6e3b6f2c-0000-4000-8000-000000000000`, { headers: mira })).status,
      ).toBe(404);
      expect((await tinn.fetch(`${BASE}/700101/not-a-guid`, { headers: mira })).status).toBe(400);
    });

    it('refuses a user below the policy’s minimum authentication level', async () => {
      const instance = await created(mira, PEOPLE.mira.partyId);
      const lowLevel = await userBearer(tinn, PEOPLE.mira, 1);
      expect((await tinn.fetch(`${BASE}/${instance.id}`, { headers: lowLevel })).status).toBe(403);
    });
  });

  describe('DELETE /instances/{party}/{guid}', () => {
    it('soft deletes, then hard deletes, recording when and by whom', async () => {
      const instance = await created(mira, PEOPLE.mira.partyId);
      const soft = await tinn.fetch(`${BASE}/${instance.id}`, { method: 'DELETE', headers: mira });
      expect(soft.status).toBe(200);
      const softBody = await json(soft);
      expect(softBody.status).toMatchObject({ isSoftDeleted: true, isHardDeleted: false });
      expect(softBody.status.softDeleted).toEqual(expect.any(String));
      expect(softBody.lastChangedBy).toBe(String(PEOPLE.mira.userId));

      const hard = await json(
        await tinn.fetch(`${BASE}/${instance.id}?hard=true`, { method: 'DELETE', headers: mira }),
      );
      expect(hard.status).toMatchObject({
        isSoftDeleted: true,
        isHardDeleted: true,
        softDeleted: softBody.status.softDeleted,
      });
      expect((await tinn.fetch(`${BASE}/${instance.id}`, { headers: mira })).status).toBe(404);
      const asOwner = await tinn.fetch(`${BASE}/${instance.id}`, { headers: owner });
      expect(asOwner.status).toBe(200);
      expect((await json(asOwner)).status.isHardDeleted).toBe(true);
    });

    it('refuses another user (403) and leaves the instance as it was', async () => {
      const instance = await created(mira, PEOPLE.mira.partyId);
      expect((await tinn.fetch(`${BASE}/${instance.id}`, { method: 'DELETE', headers: oskar })).status).toBe(
        403,
      );
      const after = await json(await tinn.fetch(`${BASE}/${instance.id}`, { headers: mira }));
      expect(after.status.isSoftDeleted).toBe(false);
      expect(after.lastChanged).toBe(instance.lastChanged);
    });

    it('refuses a bad hard flag with 400', async () => {
      const instance = await created(mira, PEOPLE.mira.partyId);
      expect(
        (await tinn.fetch(`${BASE}/${instance.id}?hard=maybe`, { method: 'DELETE', headers: mira })).status,
      ).toBe(400);
    });
  });

  async function countInstances(): Promise<number> {
    const rows = await tinn.platform.db
      .selectFrom('storage_instance' as never)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .execute();
    return Number((rows[0] as { n: number }).n);
  }

  it('keeps the token of an unrelated system out (bearer of another issuer)', async () => {
    expect(
      (await tinn.fetch(`${BASE}/700101/6e3b6f2c-0000-4000-8000-000000000000`, { headers: bearer('x.y.z') }))
        .status,
    ).toBe(401);
  });
});
