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

function taskState(task: string, taskType: string, flowType = 'CompleteCurrentMoveToNext') {
  const state = processAtTask(task, taskType);
  return { ...state, currentTask: { ...state.currentTask, flow: 3, flowType } };
}

function endedState(ended = '2026-03-01T12:00:00.000Z') {
  return { started: '2026-03-01T10:00:00.000Z', startEvent: 'StartEvent_1', ended, endEvent: 'EndEvent_1' };
}

describe('storage: process', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'process-app' });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
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

  async function events(instanceId: string): Promise<any[]> {
    const response = await tinn.fetch(`${BASE}/${instanceId}/events`, { headers: owner });
    expect(response.status).toBe(200);
    return (await json(response)).instanceEvents;
  }

  async function row(instanceId: string) {
    const result = await sql<{
      task_id: string | null;
      process_ended: Date | null;
      is_archived: boolean;
      last_changed: Date;
    }>`select task_id, process_ended, is_archived, last_changed from storage_instance
       where instance_guid = ${instanceId.split('/')[1]}`.execute(tinn.platform.db);
    return result.rows[0]!;
  }

  /** A data element row as the data element API would leave it, optionally generated from a task. */
  async function addElement(instanceId: string, generatedFromTask?: string): Promise<string> {
    const guid = instanceId.split('/')[1]!;
    const id = randomUUID();
    const element = {
      id,
      instanceGuid: guid,
      dataType: 'attachment',
      contentType: 'application/pdf',
      size: 3,
      created: new Date().toISOString(),
      ...(generatedFromTask
        ? { references: [{ value: generatedFromTask, relation: 'GeneratedFrom', valueType: 'Task' }] }
        : {}),
    };
    await sql`insert into storage_data_element (data_guid, instance_id, instance_guid, data_type, created, element)
      select ${id}, id, instance_guid, 'attachment', now(), ${JSON.stringify(element)}::jsonb
      from storage_instance where instance_guid = ${guid}`.execute(tinn.platform.db);
    return id;
  }

  const appEvent = (instanceId: string, eventType: string, extra: object = {}) => ({
    instanceId,
    eventType,
    instanceOwnerPartyId: String(PEOPLE.mira.partyId),
    user: { userId: PEOPLE.mira.userId, authenticationLevel: 2, nationalIdentityNumber: '13057311111' },
    ...extra,
  });

  describe('PUT …/process', () => {
    it('replaces the state, keeps the task column in step and records who changed it', async () => {
      const instance = await created();
      const next = taskState('Task_2', 'confirmation');
      const response = await put(`${instance.id}/process`, mira, { ...next, unknownMember: 'dropped' });
      expect(response.status).toBe(200);
      const changed = await json(response);
      expect(changed.process).toEqual(next);
      expect(changed.lastChangedBy).toBe(String(PEOPLE.mira.userId));
      expect(Date.parse(changed.lastChanged)).toBeGreaterThan(Date.parse(instance.lastChanged));
      expect(changed.status.isArchived).toBe(false);
      expect(await read(instance.id)).toEqual(changed);
      expect(await row(instance.id)).toMatchObject({
        task_id: 'Task_2',
        process_ended: null,
        is_archived: false,
      });
      expect((await events(instance.id)).map((event) => event.eventType)).toEqual(['Created']);
    });

    it('archives the instance the first time the process ends, with the end time', async () => {
      const instance = await created(processAtTask('Task_2', 'confirmation'));
      const end = endedState();
      const response = await put(`${instance.id}/process`, mira, end);
      expect(response.status).toBe(200);
      const ended = await json(response);
      expect(ended.process).toEqual(end);
      expect(ended.status).toMatchObject({ isArchived: true, archived: end.ended });
      expect(await read(instance.id)).toEqual(ended);
      const stored = await row(instance.id);
      expect(stored).toMatchObject({ task_id: null, is_archived: true });
      expect(stored.process_ended?.toISOString()).toBe(end.ended);
    });

    it('does not archive again when the process had already ended', async () => {
      const instance = await created({ ...processAtTask(), ended: '2026-01-01T00:00:00.000Z' });
      expect(instance.status.isArchived).toBe(false);
      const changed = await json(
        await put(`${instance.id}/process`, mira, endedState('2026-02-02T00:00:00.000Z')),
      );
      expect(changed.status.isArchived).toBe(false);
      expect(changed.status.archived).toBeUndefined();
    });

    it('writes SentToSign when the new state is at a signing task', async () => {
      const instance = await created();
      const changed = await json(await put(`${instance.id}/process`, mira, taskState('Task_3', 'signing')));
      const sent = (await events(instance.id)).filter((event) => event.eventType === 'SentToSign');
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        instanceId: instance.id,
        instanceOwnerPartyId: String(PEOPLE.mira.partyId),
        user: { userId: PEOPLE.mira.userId },
        processInfo: changed.process,
      });
    });

    it('authorizes on the task the change concerns', async () => {
      // Mira may write in any task but confirm only in Task_2, and nobody may reject.
      const atData = await created();
      expect((await put(`${atData.id}/process`, oskar, taskState('Task_2', 'confirmation'))).status).toBe(
        403,
      );
      expect(
        (await put(`${atData.id}/process`, mira, taskState('Task_2', 'data', 'AbandonCurrentMoveToNext')))
          .status,
      ).toBe(403);

      const atReview = await created(processAtTask('Task_1', 'review'));
      expect((await put(`${atReview.id}/process`, mira, taskState('Task_2', 'confirmation'))).status).toBe(
        403,
      );
      expect(
        (await put(`${atReview.id}/process`, mira, taskState('Task_2', 'confirmation', 'MoveToGateway')))
          .status,
      ).toBe(200);
      expect(
        (await put(`${atReview.id}/process`, mira, taskState('Task_5', 'confirmation', 'MoveToGateway')))
          .status,
      ).toBe(403);

      const atConfirmation = await created(processAtTask('Task_2', 'confirmation'));
      expect((await put(`${atConfirmation.id}/process`, mira, endedState())).status).toBe(200);
      const elsewhere = await created(processAtTask('Task_4', 'confirmation'));
      expect((await put(`${elsewhere.id}/process`, mira, endedState())).status).toBe(403);
      expect((await read(elsewhere.id)).process.currentTask.elementId).toBe('Task_4');
    });

    it('refuses an instance without a current task (403), bad bodies (400), unknown instances (404) and 401', async () => {
      const noProcess = await created(null);
      expect((await put(`${noProcess.id}/process`, mira, taskState('Task_1', 'data'))).status).toBe(403);
      const ended = await created(endedState());
      expect((await put(`${ended.id}/process`, owner, taskState('Task_1', 'data'))).status).toBe(403);

      const instance = await created();
      expect((await put(`${instance.id}/process`, mira)).status).toBe(400);
      expect(
        (await put(`${instance.id}/process`, mira, { ...taskState('Task_2', 'data'), ended: 'soon' })).status,
      ).toBe(400);
      expect((await put(`${instance.id}/process`, mira, { currentTask: { flow: 'two' } })).status).toBe(400);
      expect((await put(`${instance.id}/process`, oskar)).status).toBe(403);
      expect((await put(`${UNKNOWN}/process`, mira, taskState('Task_2', 'data'))).status).toBe(404);
      expect((await put(`${instance.id}/process`, {}, taskState('Task_2', 'data'))).status).toBe(401);
      expect((await read(instance.id)).process.currentTask.elementId).toBe('Task_1');
    });
  });

  describe('PUT …/process/instanceandevents', () => {
    it('stores the state and the app’s events together, filling in created and ids', async () => {
      const instance = await created();
      const state = taskState('Task_2', 'confirmation');
      const given = '2026-04-01T08:00:00+02:00';
      const response = await put(`${instance.id}/process/instanceandevents`, mira, {
        state,
        events: [
          appEvent(instance.id, 'process_EndTask', { created: given }),
          appEvent(instance.id, 'process_StartTask', { id: randomUUID() }),
        ],
      });
      expect(response.status, await response.clone().text()).toBe(200);
      const changed = await json(response);
      expect(changed.process).toEqual(state);
      expect(await row(instance.id)).toMatchObject({ task_id: 'Task_2' });

      const stored = await events(instance.id);
      // Listed by time of creation: the given time of the first is in the past.
      expect(stored.map((event) => event.eventType)).toEqual([
        'process_EndTask',
        'Created',
        'process_StartTask',
      ]);
      expect(stored[0].created).toBe('2026-04-01T06:00:00.000Z');
      expect(stored[0].id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(stored[2].created)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('refuses events without or with another instance id, or without a user, and stores nothing', async () => {
      const instance = await created();
      const other = await created();
      const state = taskState('Task_2', 'confirmation');
      const bodies = [
        [{ ...appEvent(instance.id, 'process_EndTask'), instanceId: undefined }],
        [appEvent(instance.id, 'process_EndTask'), appEvent(other.id, 'process_StartTask')],
        [{ ...appEvent(instance.id, 'process_EndTask'), user: undefined }],
        [{ ...appEvent(instance.id, 'process_EndTask'), user: { authenticationLevel: 2 } }],
        [{ ...appEvent(instance.id, 'process_EndTask'), user: { systemUserId: randomUUID() } }],
      ];
      for (const events of bodies) {
        const response = await put(`${instance.id}/process/instanceandevents`, mira, { state, events });
        expect(response.status, JSON.stringify(events)).toBe(400);
      }
      const systemUser = { systemUserId: randomUUID(), systemUserOwnerOrgNo: PEOPLE.company.orgNumber };
      expect(
        (
          await put(`${instance.id}/process/instanceandevents`, mira, {
            state: taskState('Task_1', 'data'),
            events: [{ ...appEvent(instance.id, 'process_StartTask'), user: systemUser }],
          })
        ).status,
      ).toBe(200);
      expect((await put(`${instance.id}/process/instanceandevents`, mira, { events: [] })).status).toBe(400);
      expect((await events(instance.id)).map((event) => event.eventType)).toEqual([
        'Created',
        'process_StartTask',
      ]);
    });

    it('is one transaction: a failing event insert leaves state, events and data elements as they were', async () => {
      const instance = await created();
      const generated = await addElement(instance.id, 'Task_2');
      const taken = (await events(instance.id))[0].id;
      const response = await put(`${instance.id}/process/instanceandevents`, mira, {
        state: taskState('Task_2', 'data'),
        events: [
          appEvent(instance.id, 'process_EndTask'),
          appEvent(instance.id, 'process_StartTask', { id: taken }),
        ],
      });
      expect(response.status).toBe(409);
      const after = await read(instance.id);
      expect(after.process.currentTask.elementId).toBe('Task_1');
      expect(after.lastChanged).toBe(instance.lastChanged);
      expect(after.data.map((element: { id: string }) => element.id)).toEqual([generated]);
      expect((await events(instance.id)).map((event) => event.eventType)).toEqual(['Created']);
    });

    it('deletes the elements generated from the target task, with Deleted events, unless told not to', async () => {
      const instance = await created();
      const fromTask2 = await addElement(instance.id, 'Task_2');
      const fromTask1 = await addElement(instance.id, 'Task_1');
      const uploaded = await addElement(instance.id);
      const response = await put(`${instance.id}/process/instanceandevents`, mira, {
        state: taskState('Task_2', 'data'),
        events: [],
      });
      expect(response.status).toBe(200);
      const remaining = (await json(response)).data.map((element: { id: string }) => element.id);
      expect(remaining.sort()).toEqual([fromTask1, uploaded].sort());
      expect((await read(instance.id)).data).toHaveLength(2);
      const deleted = (await events(instance.id)).filter((event) => event.eventType === 'Deleted');
      expect(deleted.map((event) => event.dataId)).toEqual([fromTask2]);

      const kept = await addElement(instance.id, 'Task_1');
      const optOut = await put(
        `${instance.id}/process/instanceandevents?deleteGeneratedElements=false`,
        mira,
        {
          state: taskState('Task_1', 'data'),
          events: [],
        },
      );
      expect(optOut.status).toBe(200);
      expect((await json(optOut)).data.map((element: { id: string }) => element.id)).toContain(kept);
    });

    it('removes the bytes of deleted generated elements and marks a read instance unread when none is left', async () => {
      const instance = await created();
      const upload = await tinn.fetch(
        `${BASE}/${instance.id}/data?dataType=attachment&generatedFromTask=Task_2`,
        { method: 'POST', headers: { ...mira, 'content-type': 'application/pdf' }, body: '%PDF-1.7 receipt' },
      );
      expect(upload.status, await upload.clone().text()).toBe(201);
      const element = await json(upload);
      expect(element.references).toEqual([{ value: 'Task_2', relation: 'GeneratedFrom', valueType: 'Task' }]);
      expect(await tinn.platform.blobs.exists(element.blobStoragePath)).toBe(true);
      expect((await put(`${instance.id}/readstatus?status=Read`, mira)).status).toBe(200);

      const response = await put(`${instance.id}/process/instanceandevents`, mira, {
        state: taskState('Task_2', 'data'),
        events: [],
      });
      expect(response.status).toBe(200);
      const changed = await json(response);
      expect(changed.data).toEqual([]);
      expect(changed.status.readStatus).toBe('Unread');
      expect(await tinn.platform.blobs.exists(element.blobStoragePath)).toBe(false);
      const pending = await sql<{ n: number }>`select count(*)::int as n from storage_pending_blob
        where data_guid = ${element.id}`.execute(tinn.platform.db);
      expect(pending.rows[0]!.n).toBe(0);
      const data = await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, { headers: mira });
      expect(data.status).toBe(404);
    });

    it('writes SentToSign after the app’s events when entering a signing task, and archives on end', async () => {
      const instance = await created();
      await put(`${instance.id}/process/instanceandevents`, mira, {
        state: taskState('Task_3', 'signing'),
        events: [appEvent(instance.id, 'process_StartTask')],
      });
      expect((await events(instance.id)).map((event) => event.eventType)).toEqual([
        'Created',
        'process_StartTask',
        'SentToSign',
      ]);
      const atConfirm = await created(processAtTask('Task_2', 'confirmation'));
      const end = endedState();
      const ended = await json(
        await put(`${atConfirm.id}/process/instanceandevents`, mira, {
          state: end,
          events: [appEvent(atConfirm.id, 'process_EndEvent', { processInfo: end })],
        }),
      );
      expect(ended.status).toMatchObject({ isArchived: true, archived: end.ended });
    });

    it('authorizes before storing: 403, 404 and 401 store nothing', async () => {
      const instance = await created();
      const body = {
        state: taskState('Task_2', 'confirmation'),
        events: [appEvent(instance.id, 'process_EndTask')],
      };
      expect((await put(`${instance.id}/process/instanceandevents`, oskar, body)).status).toBe(403);
      const badEvents = { ...body, events: [{ eventType: 'process_EndTask' }] };
      expect((await put(`${instance.id}/process/instanceandevents`, oskar, badEvents)).status).toBe(403);
      expect((await put(`${UNKNOWN}/process/instanceandevents`, mira, body)).status).toBe(404);
      expect((await put(`${instance.id}/process/instanceandevents`, {}, body)).status).toBe(401);
      expect((await events(instance.id)).map((event) => event.eventType)).toEqual(['Created']);
    });
  });

  describe('GET …/process/history', () => {
    it('builds the history from the process events', async () => {
      const instance = await created();
      const started = '2026-05-01T10:00:00.000Z';
      const task1 = { elementId: 'Task_1', started: '2026-05-01T10:00:01.000Z', altinnTaskType: 'data' };
      const at = (seconds: number) => `2026-05-01T10:0${seconds}:00.000Z`;
      const org = { orgId: 'ttd', authenticationLevel: 3 };
      const response = await put(`${instance.id}/process/instanceandevents`, mira, {
        state: taskState('Task_2', 'confirmation'),
        events: [
          appEvent(instance.id, 'process_StartEvent', {
            created: at(1),
            processInfo: { started, startEvent: 'StartEvent_1' },
          }),
          appEvent(instance.id, 'process_StartTask', {
            created: at(2),
            user: org,
            processInfo: { started, startEvent: 'StartEvent_1', currentTask: task1 },
          }),
          appEvent(instance.id, 'process_EndTask', {
            created: at(3),
            processInfo: { started, currentTask: task1 },
          }),
          appEvent(instance.id, 'process_AbandonTask', {
            created: at(4),
            processInfo: { currentTask: task1 },
          }),
          appEvent(instance.id, 'process_EndEvent', {
            created: at(5),
            user: { userId: PEOPLE.mira.userId },
            processInfo: { started, ended: '2026-05-01T10:06:00.000Z', endEvent: 'EndEvent_1' },
          }),
        ],
      });
      expect(response.status, await response.clone().text()).toBe(200);

      const history = await tinn.fetch(`${BASE}/${instance.id}/process/history`, { headers: mira });
      expect(history.status).toBe(200);
      expect(await json(history)).toEqual({
        processHistory: [
          {
            eventType: 'process_StartEvent',
            elementId: 'StartEvent_1',
            occured: started,
            performedBy: '13057311111',
          },
          {
            eventType: 'process_StartTask',
            elementId: 'Task_1',
            occured: started,
            started,
            ended: at(3),
            performedBy: 'ttd',
          },
          {
            eventType: 'process_EndEvent',
            elementId: 'EndEvent_1',
            occured: '2026-05-01T10:06:00.000Z',
            performedBy: '',
          },
        ],
      });
    });

    it('is empty for an instance without process events; 403, 404 and 401 otherwise', async () => {
      const instance = await created();
      expect(
        await json(await tinn.fetch(`${BASE}/${instance.id}/process/history`, { headers: mira })),
      ).toEqual({
        processHistory: [],
      });
      expect((await tinn.fetch(`${BASE}/${instance.id}/process/history`, { headers: oskar })).status).toBe(
        403,
      );
      expect((await tinn.fetch(`${BASE}/${UNKNOWN}/process/history`, { headers: mira })).status).toBe(404);
      expect((await tinn.fetch(`${BASE}/${instance.id}/process/history`)).status).toBe(401);
    });
  });
});
