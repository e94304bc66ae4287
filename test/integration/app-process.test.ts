import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceOwnerBearer } from '../support/storage-fixtures.ts';
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

type Headers = Record<string, string>;

describe('App API process', () => {
  let tinn: TestPlatform;
  let camilla: Headers;
  let astrid: Headers;

  beforeAll(async () => {
    tinn = await startTestPlatform({ APPS_DIR });
    camilla = await userBearer(tinn, CAMILLA);
    astrid = await userBearer(tinn, ASTRID);
  });
  afterAll(async () => tinn?.close());

  async function instantiate(app: string, partyId: number, headers: Headers) {
    const created = await postJson(
      tinn,
      `/tinn/${app}/instances?instanceOwnerPartyId=${partyId}`,
      {},
      headers,
    );
    expect(created.status, await created.clone().text()).toBe(201);
    return json(created);
  }

  async function upload(
    instanceId: string,
    dataType: string,
    contentType: string,
    body: string,
    headers: Headers,
  ) {
    const response = await tinn.fetch(`/storage/api/v1/instances/${instanceId}/data?dataType=${dataType}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': contentType },
      body,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  /** Replaces the content of the form element created at task start. */
  async function writeForm(
    instance: { id: string; data: { id: string; dataType: string }[] },
    dataType: string,
    xml: string,
    headers: Headers,
  ) {
    const element = instance.data.find((candidate) => candidate.dataType === dataType);
    expect(element, `an auto-created ${dataType} element`).toBeDefined();
    const response = await tinn.fetch(`/storage/api/v1/instances/${instance.id}/data/${element?.id}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/xml' },
      body: xml,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return json(response);
  }

  function next(app: string, instanceId: string, headers: Headers, action?: string) {
    return tinn.fetch(`/tinn/${app}/instances/${instanceId}/process/next`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(action === undefined ? {} : { action }),
    });
  }

  async function storageInstance(instanceId: string) {
    const owner = await serviceOwnerBearer(tinn, 'tinn', '311000001');
    const response = await tinn.fetch(`/storage/api/v1/instances/${instanceId}`, { headers: owner });
    expect(response.status, await response.clone().text()).toBe(200);
    return json(response);
  }

  it('answers the process with the caller’s actions in the current task and every task', async () => {
    const instance = await instantiate('moving-notice', CAMILLA.partyId, camilla);
    const response = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/process`, {
      headers: camilla,
    });
    expect(response.status).toBe(200);
    const state = await json(response);
    expect(state.currentTask).toMatchObject({
      elementId: 'Task_Form',
      altinnTaskType: 'data',
      read: true,
      write: true,
      elementType: 'Task',
    });
    expect(state.currentTask.userActions).toEqual([
      { id: 'read', authorized: true, type: 'ProcessAction' },
      { id: 'write', authorized: true, type: 'ProcessAction' },
    ]);
    expect(state.processTasks).toEqual([
      { altinnTaskType: 'data', elementId: 'Task_Form', elementType: 'Task' },
      { altinnTaskType: 'confirmation', elementId: 'Task_Confirm', elementType: 'Task' },
    ]);
    const foreign = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/process`, {
      headers: astrid,
    });
    expect(foreign.status).toBe(403);
  });

  it('stops next with 409 and the issues while a data type’s minCount is not met', async () => {
    const instance = await instantiate('business-grant', FJELLHEIM, astrid);
    const refused = await next('business-grant', instance.id, astrid);
    expect(refused.status).toBe(409);
    const problem = await json(refused);
    expect(problem.validationIssues).toEqual([
      expect.objectContaining({ severity: 1, code: 'TooFewDataElementsOfType', field: 'budget' }),
    ]);
    expect((await storageInstance(instance.id)).process.currentTask.elementId).toBe('Task_Form');
  });

  it('moves moving-notice through data and confirmation to the end, locking the form and archiving', async () => {
    const instance = await instantiate('moving-notice', CAMILLA.partyId, camilla);
    const element = await writeForm(
      instance,
      'movingNotice',
      '<?xml version="1.0"?><MovingNotice><movingDate>2026-12-01</movingDate></MovingNotice>',
      camilla,
    );
    const toConfirm = await next('moving-notice', instance.id, camilla);
    expect(toConfirm.status, await toConfirm.clone().text()).toBe(200);
    const confirming = await json(toConfirm);
    expect(confirming.currentTask).toMatchObject({
      elementId: 'Task_Confirm',
      flow: 3,
      actions: { confirm: true },
    });
    const afterForm = await storageInstance(instance.id);
    expect(afterForm.data.find((data: { id: string }) => data.id === element.id).locked).toBe(true);

    const wrongAction = await next('moving-notice', instance.id, camilla, 'sign');
    expect(wrongAction.status).toBe(403);

    const ended = await next('moving-notice', instance.id, camilla, 'confirm');
    expect(ended.status, await ended.clone().text()).toBe(200);
    const endState = await json(ended);
    expect(endState.endEvent).toBe('EndEvent_1');
    expect(endState.ended).toBeDefined();
    expect(endState.currentTask).toBeUndefined();

    const archived = await storageInstance(instance.id);
    expect(archived.status.isArchived).toBe(true);
    expect(archived.status.archived).toBe(archived.process.ended);

    const again = await next('moving-notice', instance.id, camilla);
    expect(again.status).toBe(409);

    const history = await json(
      await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/process/history`, { headers: camilla }),
    );
    const items = history.processHistory as { eventType: string; elementId?: string; ended?: string }[];
    expect(items.map((item) => `${item.eventType}:${item.elementId ?? ''}`)).toEqual([
      'process_StartEvent:StartEvent_1',
      'process_StartTask:Task_Form',
      'process_StartTask:Task_Confirm',
      'process_EndEvent:EndEvent_1',
    ]);
    expect(items[1]?.ended).toBeDefined();
    expect(items[2]?.ended).toBeDefined();
  });

  async function grantApplication(amount: number) {
    const instance = await instantiate('business-grant', FJELLHEIM, astrid);
    await writeForm(
      instance,
      'grantApplication',
      `<?xml version="1.0"?><GrantApplication><budget><amountRequested>${amount}</amountRequested></budget></GrantApplication>`,
      astrid,
    );
    await upload(instance.id, 'budget', 'application/pdf', '%PDF-1.4 budget', astrid);
    return instance;
  }

  it('takes business-grant’s default flow to the end for a small amount', async () => {
    const instance = await grantApplication(50000);
    const moved = await next('business-grant', instance.id, astrid);
    expect(moved.status, await moved.clone().text()).toBe(200);
    expect((await json(moved)).endEvent).toBe('EndEvent_1');
    expect((await storageInstance(instance.id)).status.isArchived).toBe(true);
  });

  it('takes business-grant’s conditioned flow to signing for a large amount, then signs to the end', async () => {
    const instance = await grantApplication(150000);
    const moved = await next('business-grant', instance.id, astrid);
    expect(moved.status, await moved.clone().text()).toBe(200);
    const signing = await json(moved);
    expect(signing.currentTask).toMatchObject({ elementId: 'Task_Sign', altinnTaskType: 'signing' });
    expect(signing.currentTask.actions).toEqual({ sign: true });

    const bjorn = await userBearer(tinn, BJORN);
    expect((await next('business-grant', instance.id, bjorn)).status).toBe(403);

    const signed = await next('business-grant', instance.id, astrid, 'sign');
    expect(signed.status, await signed.clone().text()).toBe(200);
    expect((await json(signed)).endEvent).toBe('EndEvent_1');

    // The signature records who signed which elements, with their hashes.
    const stored = await storageInstance(instance.id);
    const signature = stored.data.find((element: { dataType: string }) => element.dataType === 'signature');
    expect(signature).toBeDefined();
    const owner = await serviceOwnerBearer(tinn, 'tinn', '311000001');
    const document = await json(
      await tinn.fetch(`/storage/api/v1/instances/${instance.id}/data/${signature.id}`, { headers: owner }),
    );
    expect(document.signeeInfo).toMatchObject({ userId: String(ASTRID.userId) });
    const signedTypes = (
      document.dataElementSignatures as { dataElementId: string; sha256Hash: string }[]
    ).map(
      (item) => stored.data.find((element: { id: string }) => element.id === item.dataElementId)?.dataType,
    );
    expect(signedTypes.sort()).toEqual(['budget', 'grantApplication']);
  });

  it('moves the process once when two next calls for the same task run at the same time', async () => {
    const instance = await instantiate('moving-notice', CAMILLA.partyId, camilla);
    // Both ask to complete the data task: one moves it; the other finds the lock held (409) or, when served
    // after it, the confirmation task, where `write` is not allowed (403).
    const answers = await Promise.all([
      next('moving-notice', instance.id, camilla, 'write'),
      next('moving-notice', instance.id, camilla, 'write'),
    ]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const stored = await storageInstance(instance.id);
    expect(stored.process.currentTask).toMatchObject({ elementId: 'Task_Confirm', flow: 3 });
  });

  it('answers 409 while another holds the instance lock', async () => {
    const instance = await instantiate('moving-notice', CAMILLA.partyId, camilla);
    const lock = await tinn.fetch(`/storage/api/v1/instances/${instance.id}/lock`, {
      method: 'POST',
      headers: { ...camilla, 'content-type': 'application/json' },
      body: JSON.stringify({ ttlSeconds: 60 }),
    });
    expect(lock.status, await lock.clone().text()).toBeLessThan(300);
    const refused = await next('moving-notice', instance.id, camilla);
    expect(refused.status).toBe(409);
    expect((await storageInstance(instance.id)).process.currentTask.elementId).toBe('Task_Form');
  });

  it('starts the process of an instance created without one, once', async () => {
    const created = await postJson(
      tinn,
      '/storage/api/v1/instances?appId=tinn/moving-notice',
      { instanceOwner: { partyId: String(CAMILLA.partyId) } },
      camilla,
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const instance = await json(created);
    expect(instance.process).toBeUndefined();
    const start = () =>
      tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/process/start`, {
        method: 'POST',
        headers: camilla,
      });
    const started = await start();
    expect(started.status, await started.clone().text()).toBe(200);
    expect((await json(started)).currentTask).toMatchObject({ elementId: 'Task_Form', write: true });
    const stored = await storageInstance(instance.id);
    expect(stored.data.map((element: { dataType: string }) => element.dataType)).toEqual(['movingNotice']);
    expect((await start()).status).toBe(409);
  });

  it('completes the whole process with completeProcess', async () => {
    const instance = await instantiate('moving-notice', CAMILLA.partyId, camilla);
    const done = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/process/completeProcess`, {
      method: 'PUT',
      headers: camilla,
    });
    expect(done.status, await done.clone().text()).toBe(200);
    expect((await json(done)).endEvent).toBe('EndEvent_1');
    expect((await storageInstance(instance.id)).status.isArchived).toBe(true);

    // The service owner takes it from here: substatus (the owner only) and complete.
    const owner = await serviceOwnerBearer(tinn, 'tinn', '311000001');
    const substatus = (headers: Headers) =>
      tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/substatus`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ label: 'received', description: 'Registered' }),
      });
    expect((await substatus(camilla)).status).toBe(403);
    const labelled = await substatus(owner);
    expect(labelled.status, await labelled.clone().text()).toBe(200);
    expect((await json(labelled)).status.substatus).toEqual({ label: 'received', description: 'Registered' });
    const completed = await tinn.fetch(`/tinn/moving-notice/instances/${instance.id}/complete`, {
      method: 'POST',
      headers: owner,
    });
    expect(completed.status, await completed.clone().text()).toBe(200);
    expect((await json(completed)).completeConfirmations).toEqual([
      expect.objectContaining({ stakeholderId: 'tinn' }),
    ]);
  });
});

describe('App API process end with autoDeleteOnProcessEnd', () => {
  let tinn: TestPlatform;
  let appsDir: string;

  beforeAll(async () => {
    // moving-notice installed a second time as tinn/moving-notice-gone, with autoDeleteOnProcessEnd set.
    appsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-apps-'));
    const target = path.join(appsDir, 'moving-notice-gone');
    await fs.cp(path.join(APPS_DIR, 'moving-notice'), target, { recursive: true });
    const metadataFile = path.join(target, 'App/config/applicationmetadata.json');
    const metadata = JSON.parse(await fs.readFile(metadataFile, 'utf8'));
    await fs.writeFile(
      metadataFile,
      JSON.stringify({ ...metadata, id: 'tinn/moving-notice-gone', autoDeleteOnProcessEnd: true }),
    );
    tinn = await startTestPlatform({ APPS_DIR: appsDir });
  });
  afterAll(async () => {
    await tinn?.close();
    await fs.rm(appsDir, { recursive: true, force: true });
  });

  it('hard deletes the instance when the process ends', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const created = await postJson(
      tinn,
      `/tinn/moving-notice-gone/instances?instanceOwnerPartyId=${CAMILLA.partyId}`,
      {},
      camilla,
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const instance = await json(created);
    const done = await tinn.fetch(
      `/tinn/moving-notice-gone/instances/${instance.id}/process/completeProcess`,
      {
        method: 'PUT',
        headers: camilla,
      },
    );
    expect(done.status, await done.clone().text()).toBe(200);
    const owner = await serviceOwnerBearer(tinn, 'tinn', '311000001');
    const stored = await json(
      await tinn.fetch(`/storage/api/v1/instances/${instance.id}`, { headers: owner }),
    );
    expect(stored.status).toMatchObject({ isArchived: true, isHardDeleted: true });
    const hidden = await tinn.fetch(`/tinn/moving-notice-gone/instances/${instance.id}`, {
      headers: camilla,
    });
    expect(hidden.status).toBe(404);
  });
});

/** moving-notice as tinn/moving-notice-reject: the confirmation task may `reject`, which leads back to the form. */
async function rejectVariant(appsDir: string): Promise<void> {
  const target = path.join(appsDir, 'moving-notice-reject');
  await fs.cp(path.join(APPS_DIR, 'moving-notice'), target, { recursive: true });
  const metadataFile = path.join(target, 'App/config/applicationmetadata.json');
  const metadata = JSON.parse(await fs.readFile(metadataFile, 'utf8'));
  await fs.writeFile(metadataFile, JSON.stringify({ ...metadata, id: 'tinn/moving-notice-reject' }));

  const policyFile = path.join(target, 'App/config/authorization/policy.xml');
  const policy = await fs.readFile(policyFile, 'utf8');
  const confirmAt = policy.indexOf('>confirm</xacml:AttributeValue>');
  const start = policy.lastIndexOf('<xacml:AllOf>', confirmAt);
  const end = policy.indexOf('</xacml:AllOf>', confirmAt) + '</xacml:AllOf>'.length;
  const confirmMatch = policy.slice(start, end);
  await fs.writeFile(
    policyFile,
    policy.slice(0, end) + confirmMatch.replace('>confirm<', '>reject<') + policy.slice(end),
  );

  const processFile = path.join(target, 'App/config/process/process.bpmn');
  const bpmn = (await fs.readFile(processFile, 'utf8'))
    .replace(
      '<altinn:action>confirm</altinn:action>',
      '<altinn:action>confirm</altinn:action><altinn:action>reject</altinn:action>',
    )
    .replace(
      '<bpmn:outgoing>Flow_Confirm_End</bpmn:outgoing>',
      '<bpmn:outgoing>Flow_Confirm_Gateway</bpmn:outgoing>',
    )
    .replace(
      '<bpmn:incoming>Flow_Start_Form</bpmn:incoming>',
      '<bpmn:incoming>Flow_Start_Form</bpmn:incoming><bpmn:incoming>Flow_Back</bpmn:incoming>',
    )
    .replace(
      '<bpmn:sequenceFlow id="Flow_Confirm_End" sourceRef="Task_Confirm" targetRef="EndEvent_1" />',
      `<bpmn:exclusiveGateway id="Gateway_Reject" default="Flow_Confirm_End">
        <bpmn:incoming>Flow_Confirm_Gateway</bpmn:incoming>
        <bpmn:outgoing>Flow_Confirm_End</bpmn:outgoing><bpmn:outgoing>Flow_Back</bpmn:outgoing>
      </bpmn:exclusiveGateway>
      <bpmn:sequenceFlow id="Flow_Confirm_Gateway" sourceRef="Task_Confirm" targetRef="Gateway_Reject" />
      <bpmn:sequenceFlow id="Flow_Confirm_End" sourceRef="Gateway_Reject" targetRef="EndEvent_1" />
      <bpmn:sequenceFlow id="Flow_Back" sourceRef="Gateway_Reject" targetRef="Task_Form">
        <bpmn:conditionExpression>["equals", ["gatewayAction"], "reject"]</bpmn:conditionExpression>
      </bpmn:sequenceFlow>`,
    );
  await fs.writeFile(processFile, bpmn);
}

describe('App API process with a reject action', () => {
  let tinn: TestPlatform;
  let appsDir: string;

  beforeAll(async () => {
    appsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-apps-'));
    await rejectVariant(appsDir);
    tinn = await startTestPlatform({ APPS_DIR: appsDir });
  });
  afterAll(async () => {
    await tinn?.close();
    await fs.rm(appsDir, { recursive: true, force: true });
  });

  it('goes back to the form on reject, abandoning the task and unlocking the form data', async () => {
    const camilla = await userBearer(tinn, CAMILLA);
    const base = '/tinn/moving-notice-reject/instances';
    const instance = await json(
      await postJson(tinn, `${base}?instanceOwnerPartyId=${CAMILLA.partyId}`, {}, camilla),
    );
    const put = (suffix: string, body: unknown) =>
      tinn.fetch(`${base}/${instance.id}/process/${suffix}`, {
        method: 'PUT',
        headers: { ...camilla, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put('next', {})).status).toBe(200);
    const confirming = await json(await tinn.fetch(`${base}/${instance.id}/process`, { headers: camilla }));
    expect(confirming.currentTask.actions).toEqual({ confirm: true, reject: true });

    const rejected = await put('next', { action: 'reject' });
    expect(rejected.status, await rejected.clone().text()).toBe(200);
    expect((await json(rejected)).currentTask).toMatchObject({
      elementId: 'Task_Form',
      flow: 4,
      flowType: 'AbandonCurrentMoveToNext',
    });
    const back = await json(await tinn.fetch(`${base}/${instance.id}`, { headers: camilla }));
    expect(back.data.map((element: { locked: boolean }) => element.locked)).toEqual([false]);
    const events = await json(
      await tinn.fetch(`/storage/api/v1/instances/${instance.id}/events`, { headers: camilla }),
    );
    const types = (events.instanceEvents as { eventType: string }[]).map((event) => event.eventType);
    expect(types).toContain('process_AbandonTask');

    expect((await put('next', {})).status).toBe(200);
    const ended = await put('next', { action: 'confirm' });
    expect(ended.status).toBe(200);
    expect((await json(ended)).endEvent).toBe('EndEvent_1');
  });
});
