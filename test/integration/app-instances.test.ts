import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  json,
  postJson,
  REPO_ROOT,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

const APPS_DIR = path.join(REPO_ROOT, 'examples/apps');
const ASTRID = { userId: 20001, partyId: 520001 };
const BJORN = { userId: 20002, partyId: 520002 };
const CAMILLA = { userId: 20003, partyId: 520003 };
const FJELLHEIM = 520101;
const LYSTHUS = 520106;

describe('App API instances', () => {
  let tinn: TestPlatform;

  beforeAll(async () => {
    tinn = await startTestPlatform({ APPS_DIR });
  });
  afterAll(async () => tinn?.close());

  it('instantiates with the process at the first task, the start events recorded and app self links', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const created = await postJson(
      tinn,
      `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
      {},
      camilla,
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const instance = await json(created);
    expect(instance.appId).toBe('tinn/moving-notice');
    expect(instance.instanceOwner.partyId).toBe(String(CAMILLA.partyId));
    expect(instance.process.startEvent).toBe('StartEvent_1');
    expect(instance.process.currentTask).toMatchObject({
      flow: 2,
      elementId: 'Task_Form',
      altinnTaskType: 'data',
      flowType: 'CompleteCurrentMoveToNext',
    });
    expect(instance.status.readStatus).toBe('Read');
    expect(instance.instanceOwner.party).toMatchObject({ partyId: CAMILLA.partyId, partyTypeName: 1 });
    expect(instance.data).toEqual([
      expect.objectContaining({
        dataType: 'movingNotice',
        contentType: 'application/xml',
        createdBy: String(CAMILLA.userId),
        locked: false,
      }),
    ]);
    expect(instance.data[0].selfLinks.apps).toBe(
      `${tinn.baseUrl}/tinn/moving-notice/instances/${instance.id}/data/${instance.data[0].id}`,
    );
    expect(instance.selfLinks.apps).toBe(`${tinn.baseUrl}/tinn/moving-notice/instances/${instance.id}`);
    expect(created.headers.get('location')).toBe(instance.selfLinks.apps);

    const events = await json(
      await tinn.fetch(`/storage/api/v1/instances/${instance.id}/events`, { headers: camilla }),
    );
    const types = (events.instanceEvents as { eventType: string }[]).map((event) => event.eventType);
    expect(types).toEqual(expect.arrayContaining(['Created', 'process_StartEvent', 'process_StartTask']));

    const fetched = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}`, { headers: camilla });
    expect(fetched.status).toBe(200);
    const answered = await json(fetched);
    expect(answered.id).toBe(instance.id);
    expect(answered.instanceOwner.party.partyId).toBe(CAMILLA.partyId);
  });

  it('takes the owner from the body template', async () => {
    const astrid = await userBearer(tinn, ASTRID);
    const created = await postJson(
      tinn,
      '/tinn/business-grant/instances',
      { instanceOwner: { partyId: String(FJELLHEIM) } },
      astrid,
    );
    expect(created.status, await created.clone().text()).toBe(201);
    expect((await json(created)).instanceOwner.partyId).toBe(String(FJELLHEIM));
  });

  it('refuses a user without the role (403) and a party the user cannot represent (403)', async () => {
    const bjorn = await userBearer(tinn, BJORN);
    const withoutRole = await postJson(
      tinn,
      `/tinn/business-grant/instances?instanceOwnerPartyId=${LYSTHUS}`,
      {},
      bjorn,
    );
    expect(withoutRole.status).toBe(403);
    const camilla = await userBearer(tinn, CAMILLA);
    const notRepresented = await postJson(
      tinn,
      `/tinn/business-grant/instances?instanceOwnerPartyId=${FJELLHEIM}`,
      {},
      camilla,
    );
    expect(notRepresented.status).toBe(403);
  });

  it('answers 400 without an owner, 404 for an unknown app, 401 without a token', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    expect((await postJson(tinn, '/tinn/moving-notice/instances', {}, camilla)).status).toBe(400);
    expect(
      (await postJson(tinn, `/tinn/nope/instances?instanceOwnerPartyId=${CAMILLA.partyId}`, {}, camilla))
        .status,
    ).toBe(404);
    expect(
      (await postJson(tinn, `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`, {}))
        .status,
    ).toBe(401);
  });

  it('hides another party’s instance (403) and deletes with `delete`', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const instance = await json(
      await postJson(
        tinn,
        `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
        {},
        camilla,
      ),
    );
    const astrid = await userBearer(tinn, ASTRID);
    const foreign = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}`, { headers: astrid });
    expect(foreign.status).toBe(403);
    const deleted = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}`, {
      method: 'DELETE',
      headers: camilla,
    });
    expect(deleted.status, await deleted.clone().text()).toBe(200);
    expect((await json(deleted)).status.isSoftDeleted).toBe(true);
  });

  it('lists the party’s active instances with lastChangedBy as a name, leaving deleted ones out', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const create = () =>
      postJson(
        tinn,
        `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
        {},
        camilla,
      ).then(json);
    const kept = await create();
    const deleted = await create();
    await tinn.fetch(`/tinn/moving-notice/instances/${deleted.id}`, { method: 'DELETE', headers: camilla });
    const response = await tinn.fetch(`/tinn/moving-notice/instances/${CAMILLA.partyId}/active`, {
      headers: camilla,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const active = (await json(response)) as { id: string; lastChangedBy: string }[];
    const ids = active.map((item) => item.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(deleted.id);
    const item = active.find((candidate) => candidate.id === kept.id);
    expect(item?.lastChangedBy).toMatch(/Camilla/);
  });

  it('marks the instance read when its owner reads it through the app', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const instance = await json(
      await postJson(
        tinn,
        `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
        {},
        camilla,
      ),
    );
    const unread = await tinn.fetch(`/storage/api/v1/instances/${instance.id}/readstatus?status=Unread`, {
      method: 'PUT',
      headers: camilla,
    });
    expect((await json(unread)).status.readStatus).toBe('Unread');
    const read = await json(
      await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}`, { headers: camilla }),
    );
    expect(read.status.readStatus).toBe('Read');
  });

  it('instantiates from a multipart body with the template and data elements named by data type', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const form = new FormData();
    form.append(
      'instance',
      new Blob([JSON.stringify({ instanceOwner: { partyId: String(CAMILLA.partyId) } })], {
        type: 'application/json',
      }),
    );
    form.append(
      'movingNotice',
      new Blob(['<MovingNotice><dwelling>flat</dwelling></MovingNotice>'], { type: 'application/xml' }),
      'notice.xml',
    );
    form.append('attachment', new Blob(['%PDF-1.4 lease'], { type: 'application/pdf' }), 'lease.pdf');
    const created = await tinn.fetch('/tinn/moving-notice/instances', {
      method: 'POST',
      headers: camilla,
      body: form,
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const instance = await json(created);
    const elements = (instance.data as { dataType: string; filename?: string; size: number }[])
      .map((element) => `${element.dataType}:${element.filename}`)
      .sort();
    expect(elements).toEqual(['attachment:lease.pdf', 'movingNotice:notice.xml']);

    const unknown = new FormData();
    unknown.append('nope', new Blob(['x'], { type: 'text/plain' }), 'x.txt');
    const refused = await tinn.fetch(
      `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
      {
        method: 'POST',
        headers: camilla,
        body: unknown,
      },
    );
    expect(refused.status).toBe(400);

    // A part Storage refuses (a content type the data type does not allow) leaves no instance behind.
    const activeCount = async () =>
      (
        await json(
          await tinn.fetch(`/tinn/moving-notice/instances/${CAMILLA.partyId}/active`, { headers: camilla }),
        )
      ).length as number;
    const before = await activeCount();
    const wrongType = new FormData();
    wrongType.append('attachment', new Blob(['plain'], { type: 'text/plain' }), 'a.txt');
    const rolledBack = await tinn.fetch(
      `/tinn/moving-notice/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
      {
        method: 'POST',
        headers: camilla,
        body: wrongType,
      },
    );
    expect(rolledBack.status).toBe(415);
    expect(await activeCount()).toBe(before);
  });

  it('instantiates through instances/create as Altinn’s front end does, refusing what it cannot do yet', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const created = await postJson(
      tinn,
      '/tinn/moving-notice/instances/create',
      { instanceOwner: { partyId: String(CAMILLA.partyId) } },
      camilla,
    );
    expect(created.status, await created.clone().text()).toBe(201);
    expect((await json(created)).process.currentTask.elementId).toBe('Task_Form');
    const withPrefill = await postJson(
      tinn,
      '/tinn/moving-notice/instances/create',
      { instanceOwner: { partyId: String(CAMILLA.partyId) }, prefill: { dwelling: 'flat' } },
      camilla,
    );
    expect(withPrefill.status).toBe(400);
  });
});
