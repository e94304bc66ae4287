import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  installTestApp,
  PEOPLE,
  processAtTask,
  STORAGE_TESTDATA,
  serviceOwnerBearer,
} from '../support/storage-fixtures.ts';
import {
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

const BASE = '/storage/api/v1/instances';
const UNKNOWN = `${PEOPLE.mira.partyId}/6e3b6f2c-0000-4000-8000-000000000000`;

describe('storage: instance events', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'events-app' });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
  });
  afterAll(async () => {
    await tinn?.close();
  });

  async function created() {
    const response = await postJson(
      tinn,
      `${BASE}?appId=${appId}`,
      { instanceOwner: { partyId: String(PEOPLE.mira.partyId) }, process: processAtTask() },
      mira,
    );
    expect(response.status).toBe(201);
    return json(response);
  }

  const post = (instanceId: string, body: unknown, headers = mira) =>
    postJson(tinn, `${BASE}/${instanceId}/events`, body, headers);

  const list = (instanceId: string, query = '', headers = mira) =>
    tinn.fetch(`${BASE}/${instanceId}/events${query}`, { headers });

  async function storedCount(instanceId: string): Promise<number> {
    const result = await sql<{ n: number }>`select count(*)::int as n from storage_instance_event
      where instance_guid = ${instanceId.split('/')[1]}`.execute(tinn.platform.db);
    return result.rows[0]!.n;
  }

  const event = (instanceId: string, extra: object = {}) => ({
    instanceId,
    eventType: 'Saved',
    instanceOwnerPartyId: String(PEOPLE.mira.partyId),
    user: { userId: PEOPLE.mira.userId, authenticationLevel: 2 },
    ...extra,
  });

  describe('POST …/events', () => {
    it('stores the event with a generated id and created now; it reads back by id and in the list', async () => {
      const instance = await created();
      const before = Date.now();
      const response = await post(instance.id, event(instance.id, { additionalInfo: 'skjema lagret' }));
      expect(response.status).toBe(201);
      const stored = await json(response);
      expect(stored).toMatchObject(event(instance.id, { additionalInfo: 'skjema lagret' }));
      expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(Date.parse(stored.created)).toBeGreaterThanOrEqual(before - 1000);

      const one = await tinn.fetch(`${BASE}/${instance.id}/events/${stored.id}`, { headers: mira });
      expect(one.status).toBe(200);
      expect(await json(one)).toEqual(stored);
      const all = (await json(await list(instance.id))).instanceEvents;
      expect(all.map((item: { eventType: string }) => item.eventType)).toEqual(['Created', 'Saved']);
      expect(all[1]).toEqual(stored);
    });

    it('keeps a given id, converts a given time to UTC and fills in the owner party', async () => {
      const instance = await created();
      const id = randomUUID();
      const response = await post(instance.id, {
        id,
        instanceId: instance.id,
        eventType: 'process_StartTask',
        created: '2026-01-02T10:00:00+01:00',
        user: { orgId: 'ttd' },
      });
      expect(response.status).toBe(201);
      expect(await json(response)).toEqual({
        id,
        instanceId: instance.id,
        eventType: 'process_StartTask',
        created: '2026-01-02T09:00:00.000Z',
        instanceOwnerPartyId: String(PEOPLE.mira.partyId),
        user: { orgId: 'ttd' },
      });
      expect((await post(instance.id, { ...event(instance.id), id })).status).toBe(409);
    });

    it('needs only read rights, as apps rely on', async () => {
      const instance = await created();
      expect((await post(instance.id, event(instance.id), owner)).status).toBe(201);
      expect((await post(instance.id, event(instance.id), await userBearer(tinn, PEOPLE.mira))).status).toBe(
        201,
      );
    });

    it('refuses a missing or another instance id, a missing type and a bad time (400), and stores nothing', async () => {
      const instance = await created();
      const other = await created();
      const count = await storedCount(instance.id);
      for (const body of [
        { ...event(instance.id), instanceId: undefined },
        { ...event(instance.id), instanceId: '' },
        event(other.id),
        { ...event(instance.id), eventType: undefined },
        event(instance.id, { created: 'yesterday' }),
        event(instance.id, { id: 'not-a-guid' }),
        '{"instanceId": ',
      ]) {
        expect((await post(instance.id, body)).status, JSON.stringify(body)).toBe(400);
      }
      expect(await storedCount(instance.id)).toBe(count);
      expect(await storedCount(other.id)).toBe(1);
    });

    it('answers 403 without read (even for a bad body), 404 for an unknown instance, 401 without a token', async () => {
      const instance = await created();
      expect((await post(instance.id, event(instance.id), oskar)).status).toBe(403);
      expect((await post(instance.id, {}, oskar)).status).toBe(403);
      expect((await post(UNKNOWN, event(UNKNOWN))).status).toBe(404);
      expect((await post(instance.id, event(instance.id), {})).status).toBe(401);
      expect(await storedCount(instance.id)).toBe(1);
    });
  });

  describe('GET …/events', () => {
    async function withEvents() {
      const instance = await created();
      for (const [eventType, created] of [
        ['Saved', '2026-01-01T10:00:00Z'],
        ['Submited', '2026-01-02T10:00:00Z'],
        ['Saved', '2026-01-03T10:00:00Z'],
        ['process_EndEvent', '2026-01-04T10:00:00Z'],
      ] as const) {
        expect((await post(instance.id, event(instance.id, { eventType, created }))).status).toBe(201);
      }
      return instance;
    }

    const types = async (response: Response) => {
      expect(response.status).toBe(200);
      return (await json(response)).instanceEvents.map(
        (item: { eventType: string; created: string }) => `${item.eventType}@${item.created.slice(0, 10)}`,
      );
    };

    it('filters by event types, and by time only when both from and to are given', async () => {
      const instance = await withEvents();
      expect(await types(await list(instance.id, '?eventTypes=Saved'))).toEqual([
        'Saved@2026-01-01',
        'Saved@2026-01-03',
      ]);
      expect(await types(await list(instance.id, '?eventTypes=Saved&eventTypes=Submited'))).toEqual([
        'Saved@2026-01-01',
        'Submited@2026-01-02',
        'Saved@2026-01-03',
      ]);
      expect(
        await types(await list(instance.id, '?from=2026-01-02T00:00:00Z&to=2026-01-03T23:00:00Z')),
      ).toEqual(['Submited@2026-01-02', 'Saved@2026-01-03']);
      expect(await types(await list(instance.id, '?eventTypes=Saved&from=2026-01-02&to=2026-01-04'))).toEqual(
        ['Saved@2026-01-03'],
      );
      expect(await types(await list(instance.id, '?from=2026-01-03T00:00:00Z'))).toHaveLength(5);
      expect(await types(await list(instance.id, '?to=2026-01-01T00:00:00Z'))).toHaveLength(5);
    });

    it('answers 400 for an unreadable time, 403 without read, 404 and 401', async () => {
      const instance = await withEvents();
      expect((await list(instance.id, '?from=tomorrow&to=2026-01-03T00:00:00Z')).status).toBe(400);
      expect((await list(instance.id, '?from=2026-13-45')).status).toBe(400);
      expect((await list(instance.id, '', oskar)).status).toBe(403);
      expect((await list(UNKNOWN)).status).toBe(404);
      expect((await list(instance.id, '', {})).status).toBe(401);
    });
  });

  describe('GET …/events/{eventGuid}', () => {
    it('answers 404 for an unknown event or one of another instance, 403 without read, 401', async () => {
      const instance = await created();
      const other = await created();
      const stored = await json(await post(other.id, event(other.id)));
      expect((await tinn.fetch(`${BASE}/${other.id}/events/${stored.id}`, { headers: mira })).status).toBe(
        200,
      );
      expect((await tinn.fetch(`${BASE}/${instance.id}/events/${stored.id}`, { headers: mira })).status).toBe(
        404,
      );
      expect((await tinn.fetch(`${BASE}/${other.id}/events/${randomUUID()}`, { headers: mira })).status).toBe(
        404,
      );
      expect((await tinn.fetch(`${BASE}/${other.id}/events/not-a-guid`, { headers: mira })).status).toBe(400);
      expect((await tinn.fetch(`${BASE}/${other.id}/events/${stored.id}`, { headers: oskar })).status).toBe(
        403,
      );
      expect((await tinn.fetch(`${BASE}/${other.id}/events/${stored.id}`)).status).toBe(401);
    });
  });
});
