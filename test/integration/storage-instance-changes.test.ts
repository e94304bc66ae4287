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
const UNKNOWN = `${PEOPLE.mira.partyId}/6e3b6f2c-0000-4000-8000-000000000000`;

describe('storage: complete, read status, substatus, presentation texts and data values', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;
  let otherOwner: Record<string, string>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'changes-app' });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
    otherOwner = await serviceOwnerBearer(tinn, 'tinn', '910000001');
  });
  afterAll(async () => {
    await tinn?.close();
  });

  async function created(process: object | null = processAtTask()) {
    const response = await postJson(
      tinn,
      `${BASE}?appId=${appId}`,
      { instanceOwner: { partyId: String(PEOPLE.mira.partyId) }, process: process ?? undefined },
      mira,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  const put = (path: string, headers: Record<string, string>, body?: unknown) =>
    tinn.fetch(`${BASE}/${path}`, {
      method: 'PUT',
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const read = async (instanceId: string) =>
    json(await tinn.fetch(`${BASE}/${instanceId}`, { headers: owner }));

  async function eventTypes(instanceId: string): Promise<string[]> {
    const response = await tinn.fetch(`${BASE}/${instanceId}/events`, { headers: owner });
    expect(response.status).toBe(200);
    return (await json(response)).instanceEvents.map((event: { eventType: string }) => event.eventType);
  }

  async function columns(instanceId: string) {
    const guid = instanceId.split('/')[1]!;
    return (await tinn.platform.db
      .selectFrom('storage_instance' as never)
      .select(['confirmed', 'confirmed_by', 'last_changed'] as never[])
      .where('instance_guid' as never, '=', guid as never)
      .executeTakeFirstOrThrow()) as { confirmed: boolean; confirmed_by: string[]; last_changed: Date };
  }

  describe('POST …/complete', () => {
    it('records the service owner’s confirmation once, with an event, and sets the confirmed column', async () => {
      const instance = await created();
      expect((await columns(instance.id)).confirmed).toBe(false);

      const first = await tinn.fetch(`${BASE}/${instance.id}/complete`, { method: 'POST', headers: owner });
      expect(first.status).toBe(200);
      const confirmed = await json(first);
      expect(confirmed.completeConfirmations).toEqual([
        { stakeholderId: 'ttd', confirmedOn: expect.any(String) },
      ]);
      expect(confirmed.lastChangedBy).toBe('405003309');
      expect(Date.parse(confirmed.lastChanged)).toBeGreaterThan(Date.parse(instance.lastChanged));
      expect(confirmed.selfLinks.platform).toBe(`${tinn.baseUrl}${BASE}/${instance.id}`);
      expect(await read(instance.id)).toEqual(confirmed);
      expect(await columns(instance.id)).toMatchObject({ confirmed: true, confirmed_by: ['ttd'] });

      const again = await json(
        await tinn.fetch(`${BASE}/${instance.id}/complete`, { method: 'POST', headers: owner }),
      );
      expect(again.completeConfirmations).toEqual(confirmed.completeConfirmations);
      expect(again.lastChanged).toBe(confirmed.lastChanged);
      expect((await eventTypes(instance.id)).filter((type) => type === 'ConfirmedComplete')).toHaveLength(1);
    });

    it('accepts a text body (which it ignores), and refuses without the right, without a token and for an unknown instance', async () => {
      const instance = await created();
      const withText = await tinn.fetch(`${BASE}/${instance.id}/complete`, {
        method: 'POST',
        headers: { ...owner, 'content-type': 'text/plain' },
        body: '',
      });
      expect(withText.status).toBe(200);
      const emptyJson = await tinn.fetch(`${BASE}/${instance.id}/complete/`, {
        method: 'POST',
        headers: { ...owner, 'content-type': 'application/json' },
      });
      expect(emptyJson.status).toBe(200);
      expect(
        (await tinn.fetch(`${BASE}/${instance.id}/complete`, { method: 'POST', headers: mira })).status,
      ).toBe(403);
      expect((await tinn.fetch(`${BASE}/${instance.id}/complete`, { method: 'POST' })).status).toBe(401);
      expect(
        (await tinn.fetch(`${BASE}/${UNKNOWN}/complete`, { method: 'POST', headers: owner })).status,
      ).toBe(404);
      expect((await read(instance.id)).completeConfirmations).toHaveLength(1);
    });
  });

  describe('PUT …/readstatus', () => {
    it('sets the read status in any case without touching lastChanged or writing an event', async () => {
      const instance = await created();
      const eventsBefore = await eventTypes(instance.id);
      const response = await put(`${instance.id}/readstatus?status=read`, mira);
      expect(response.status).toBe(200);
      const changed = await json(response);
      expect(changed.status.readStatus).toBe('Read');
      expect(changed.lastChanged).toBe(instance.lastChanged);
      expect(changed.lastChangedBy).toBe(instance.lastChangedBy);

      const updated = await json(await put(`${instance.id}/readstatus?status=UPDATEDSINCELASTREVIEW`, mira));
      expect(updated.status.readStatus).toBe('UpdatedSinceLastReview');
      const stored = await read(instance.id);
      expect(stored.status.readStatus).toBe('UpdatedSinceLastReview');
      expect(stored.lastChanged).toBe(instance.lastChanged);
      expect((await columns(instance.id)).last_changed.toISOString()).toBe(instance.lastChanged);
      expect(await eventTypes(instance.id)).toEqual(eventsBefore);
    });

    it('answers 400 for an unknown or missing status, 403 before that without read, 404 and 401', async () => {
      const instance = await created();
      expect((await put(`${instance.id}/readstatus?status=Opened`, mira)).status).toBe(400);
      expect((await put(`${instance.id}/readstatus`, mira)).status).toBe(400);
      expect((await put(`${instance.id}/readstatus?status=Opened`, oskar)).status).toBe(403);
      expect((await put(`${instance.id}/readstatus?status=Read`, oskar)).status).toBe(403);
      expect((await put(`${UNKNOWN}/readstatus?status=Read`, mira)).status).toBe(404);
      expect((await put(`${instance.id}/readstatus?status=Read`, {})).status).toBe(401);
      expect((await read(instance.id)).status.readStatus).toBe('Unread');
    });
  });

  describe('PUT …/substatus', () => {
    it('lets the app owner set it, recording the org number and a SubstatusUpdated event', async () => {
      const instance = await created();
      const response = await put(`${instance.id}/substatus`, owner, {
        label: 'substatus.approved',
        description: 'substatus.approved.description',
      });
      expect(response.status).toBe(200);
      const changed = await json(response);
      expect(changed.status.substatus).toEqual({
        label: 'substatus.approved',
        description: 'substatus.approved.description',
      });
      expect(changed.status.readStatus).toBe('Unread');
      expect(changed.lastChangedBy).toBe('405003309');
      expect(Date.parse(changed.lastChanged)).toBeGreaterThan(Date.parse(instance.lastChanged));
      expect(await read(instance.id)).toEqual(changed);
      expect(await eventTypes(instance.id)).toContain('SubstatusUpdated');

      const replaced = await json(await put(`${instance.id}/substatus`, owner, { label: 'substatus.other' }));
      expect(replaced.status.substatus).toEqual({ label: 'substatus.other' });
    });

    it('refuses users and other service owners (403), a missing label (400), and unknown instances (404)', async () => {
      const instance = await created();
      expect((await put(`${instance.id}/substatus`, mira, { label: 'x' })).status).toBe(403);
      expect((await put(`${instance.id}/substatus`, otherOwner, { label: 'x' })).status).toBe(403);
      expect((await put(`${instance.id}/substatus`, mira, {})).status).toBe(403);
      for (const body of [{}, { label: '' }, { label: null, description: 'd' }, undefined]) {
        expect((await put(`${instance.id}/substatus`, owner, body)).status, JSON.stringify(body)).toBe(400);
      }
      expect((await put(`${UNKNOWN}/substatus`, owner, { label: 'x' })).status).toBe(404);
      expect((await put(`${instance.id}/substatus`, {}, { label: 'x' })).status).toBe(401);
      const stored = await read(instance.id);
      expect(stored.status.substatus).toBeUndefined();
      expect(stored.lastChanged).toBe(instance.lastChanged);
      expect(await eventTypes(instance.id)).not.toContain('SubstatusUpdated');
    });
  });

  describe.each([
    ['presentationtexts', 'texts', 'presentationTexts'],
    ['datavalues', 'values', 'dataValues'],
  ] as const)('PUT …/%s', (path, member, field) => {
    it('merges values, removes keys given an empty string or null, and leaves lastChanged alone', async () => {
      const instance = await created();
      const eventsBefore = await eventTypes(instance.id);
      const first = await put(`${instance.id}/${path}`, mira, { [member]: { title: 'Søknad', ref: 'A-1' } });
      expect(first.status).toBe(200);
      expect((await json(first))[field]).toEqual({ title: 'Søknad', ref: 'A-1' });

      const second = await json(
        await put(`${instance.id}/${path}`, mira, {
          [member]: { title: '', ref: 'A-2', extra: 'x', gone: null },
        }),
      );
      expect(second[field]).toEqual({ ref: 'A-2', extra: 'x' });
      const third = await json(await put(`${instance.id}/${path}`, mira, { [member]: { extra: null } }));
      expect(third[field]).toEqual({ ref: 'A-2' });

      const stored = await read(instance.id);
      expect(stored[field]).toEqual({ ref: 'A-2' });
      expect(stored.lastChanged).toBe(instance.lastChanged);
      expect(stored.lastChangedBy).toBe(instance.lastChangedBy);
      expect(await eventTypes(instance.id)).toEqual(eventsBefore);
    });

    it(`answers 400 without \`${member}\`, 403 without a task action (even with a bad body), 404 and 401`, async () => {
      const instance = await created();
      for (const body of [{}, { [member]: null }, { other: {} }, undefined]) {
        expect((await put(`${instance.id}/${path}`, mira, body)).status, JSON.stringify(body)).toBe(400);
      }
      expect((await put(`${instance.id}/${path}`, mira, { [member]: { a: { b: 'c' } } })).status).toBe(400);
      expect((await put(`${instance.id}/${path}`, oskar, { [member]: { a: 'b' } })).status).toBe(403);
      expect((await put(`${instance.id}/${path}`, oskar, {})).status).toBe(403);
      expect((await put(`${UNKNOWN}/${path}`, mira, { [member]: { a: 'b' } })).status).toBe(404);
      expect((await put(`${instance.id}/${path}`, {}, { [member]: { a: 'b' } })).status).toBe(401);
      expect((await read(instance.id))[field]).toBeUndefined();
    });

    it('authorizes by the current task: confirm in a confirmation task, nothing for an unknown task type', async () => {
      const confirmation = await created(processAtTask('Task_2', 'confirmation'));
      expect((await put(`${confirmation.id}/${path}`, mira, { [member]: { a: 'b' } })).status).toBe(200);
      const elsewhere = await created(processAtTask('Task_5', 'confirmation'));
      expect((await put(`${elsewhere.id}/${path}`, mira, { [member]: { a: 'b' } })).status).toBe(403);
      const review = await created(processAtTask('Task_1', 'review'));
      expect((await put(`${review.id}/${path}`, mira, { [member]: { a: 'b' } })).status).toBe(403);
      const noProcess = await created(null);
      expect((await put(`${noProcess.id}/${path}`, mira, { [member]: { a: 'b' } })).status).toBe(200);
    });
  });

  it('lets the sync adapter set data values on any instance, but not presentation texts', async () => {
    const instance = await created(processAtTask('Task_1', 'review'));
    const syncAdapter = bearer(
      await tinn.platform.tokens.mint({
        'urn:altinn:org': 'digdir',
        'urn:altinn:orgNumber': '991825827',
        'urn:altinn:authlevel': 3,
        scope: 'altinn:storage/instances.syncadapter',
      }),
    );
    const values = await put(`${instance.id}/datavalues`, syncAdapter, { values: { 'dialog.id': 'd-1' } });
    expect(values.status).toBe(200);
    expect((await json(values)).dataValues).toEqual({ 'dialog.id': 'd-1' });
    expect((await put(`${instance.id}/presentationtexts`, syncAdapter, { texts: { a: 'b' } })).status).toBe(
      403,
    );
  });
});
