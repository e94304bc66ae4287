import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
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
const UNKNOWN_GUID = '6e3b6f2c-0000-4000-8000-000000000000';

const DATA_TYPES = [
  { id: 'model', allowedContentTypes: ['application/xml'], maxCount: 1, appLogic: {}, taskId: 'Task_1' },
  { id: 'attachment', maxCount: 0 },
  { id: 'signature', allowedContentTypes: ['application/json'], maxCount: 0, taskId: 'Task_2' },
  { id: 'other-signature', allowedContentTypes: ['application/json'], maxCount: 0, taskId: 'Task_3' },
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('storage: signing', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'sign-app', dataTypes: DATA_TYPES });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
  }, 180_000);
  afterAll(async () => {
    await tinn?.close();
  });

  async function signingInstance(task = 'Task_2', taskType = 'signing'): Promise<any> {
    const response = await postJson(
      tinn,
      `${BASE}?appId=${appId}`,
      { instanceOwner: { partyId: String(PEOPLE.mira.partyId) }, process: processAtTask(task, taskType) },
      mira,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  async function uploaded(instanceId: string, dataType: string, bytes: Buffer, type: string): Promise<any> {
    const response = await tinn.fetch(`${BASE}/${instanceId}/data?dataType=${dataType}`, {
      method: 'POST',
      headers: { ...mira, 'content-type': type },
      body: bytes,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  function sign(instanceId: string, body: object, headers = mira): Promise<Response> {
    return postJson(tinn, `${BASE}/${instanceId}/sign`, body, headers);
  }

  async function elementsOf(instanceId: string): Promise<any[]> {
    return (await json(await tinn.fetch(`${BASE}/${instanceId}/dataelements`, { headers: owner })))
      .dataElements;
  }

  async function document(instanceId: string, element: any): Promise<any> {
    const response = await tinn.fetch(`${BASE}/${instanceId}/data/${element.id}`, { headers: mira });
    expect(response.status).toBe(200);
    return JSON.parse(await response.text());
  }

  const miraSignee = { userId: String(PEOPLE.mira.userId), personNumber: '13057311111' };

  it('hashes the exact bytes of the signed elements into a locked signature document', async () => {
    const instance = await signingInstance();
    const xml = Buffer.from('<?xml version="1.0"?>\r\n<skjema><navn>Mira Ås</navn></skjema>\n', 'utf8');
    const binary = Buffer.from([0, 1, 2, 255, 254, 13, 10, 0x25, 0x50, 0x44, 0x46]);
    const model = await uploaded(instance.id, 'model', xml, 'application/xml');
    const attachment = await uploaded(instance.id, 'attachment', binary, 'application/pdf');

    const response = await sign(instance.id, {
      signatureDocumentDataType: 'signature',
      generatedFromTask: 'Task_2',
      dataElementSignatures: [
        { dataElementId: model.id, signed: true },
        { dataElementId: attachment.id, signed: false },
      ],
      signee: miraSignee,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    expect(await response.json()).toBe('SignDocument is created');

    const signatures = (await elementsOf(instance.id)).filter((element) => element.dataType === 'signature');
    expect(signatures).toHaveLength(1);
    const [element] = signatures;
    expect(element).toMatchObject({
      contentType: 'application/json',
      filename: 'signature.json',
      locked: true,
      createdBy: String(PEOPLE.mira.userId),
      references: [{ value: 'Task_2', relation: 'GeneratedFrom', valueType: 'Task' }],
    });

    const signed = await document(instance.id, element);
    expect(signed).toEqual({
      id: element.id,
      instanceGuid: instance.id.split('/')[1],
      signedTime: expect.any(String),
      signeeInfo: miraSignee,
      dataElementSignatures: [
        { dataElementId: model.id, sha256Hash: sha256(xml), signed: true },
        { dataElementId: attachment.id, sha256Hash: sha256(binary), signed: false },
      ],
    });
    expect(signed.dataElementSignatures[0].sha256Hash).toBe(model.contentHash);

    const events = (await json(await tinn.fetch(`${BASE}/${instance.id}/events`, { headers: owner })))
      .instanceEvents;
    expect(events.map((event: any) => event.eventType)).toContain('Signed');
    const overwrite = await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, {
      method: 'PUT',
      headers: { ...mira, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(overwrite.status).toBe(409);
  });

  it('replaces the same signee’s earlier document, and keeps another signee’s', async () => {
    const instance = await signingInstance();
    const model = await uploaded(instance.id, 'model', Buffer.from('<a/>'), 'application/xml');
    const request = (signee: object) => ({
      signatureDocumentDataType: 'signature',
      dataElementSignatures: [{ dataElementId: model.id, signed: true }],
      signee,
    });
    expect((await sign(instance.id, request(miraSignee))).status).toBe(201);
    const [first] = await elementsOf(instance.id).then((all) =>
      all.filter((e) => e.dataType === 'signature'),
    );
    expect(
      (await sign(instance.id, request({ userId: '9999', organisationNumber: '310000001' }))).status,
    ).toBe(201);
    expect((await sign(instance.id, request(miraSignee))).status).toBe(201);

    const signatures = (await elementsOf(instance.id)).filter((element) => element.dataType === 'signature');
    expect(signatures).toHaveLength(2);
    expect(signatures.map((element) => element.id)).not.toContain(first.id);
    const signees = await Promise.all(
      signatures.map(async (element) => (await document(instance.id, element)).signeeInfo),
    );
    expect(signees).toEqual([{ userId: '9999', organisationNumber: '310000001' }, miraSignee]);
    const guid = instance.id.split('/')[1];
    const files = await fs.readdir(path.join(tinn.dataDir, 'blobs', appId, guid, 'data'));
    expect(files.sort()).toEqual([model.id, ...signatures.map((element) => element.id)].sort());
  });

  it('answers 400 without a signee id, 405 for a type that is not the current task’s, 404 for unknown elements', async () => {
    const instance = await signingInstance();
    const model = await uploaded(instance.id, 'model', Buffer.from('<a/>'), 'application/xml');
    const request = {
      signatureDocumentDataType: 'signature',
      dataElementSignatures: [{ dataElementId: model.id, signed: true }],
    };
    expect((await sign(instance.id, { ...request, signee: { personNumber: '13057311111' } })).status).toBe(
      400,
    );
    expect((await sign(instance.id, request)).status).toBe(400);
    for (const dataType of ['no-such-type', 'other-signature']) {
      const response = await sign(instance.id, {
        ...request,
        signatureDocumentDataType: dataType,
        signee: miraSignee,
      });
      expect(response.status, dataType).toBe(405);
    }
    const unknownElement = await sign(instance.id, {
      ...request,
      dataElementSignatures: [{ dataElementId: UNKNOWN_GUID, signed: true }],
      signee: miraSignee,
    });
    expect(unknownElement.status).toBe(404);
    expect((await elementsOf(instance.id)).map((element) => element.dataType)).toEqual(['model']);
  });

  it('answers 404 for an unknown instance, 403 without sign in the current task, 401 without a token', async () => {
    const instance = await signingInstance();
    const model = await uploaded(instance.id, 'model', Buffer.from('<a/>'), 'application/xml');
    const request = {
      signatureDocumentDataType: 'signature',
      dataElementSignatures: [{ dataElementId: model.id, signed: true }],
      signee: miraSignee,
    };
    expect((await sign(`${PEOPLE.mira.partyId}/${UNKNOWN_GUID}`, request)).status).toBe(404);
    expect((await sign(instance.id, request, oskar)).status).toBe(403);
    expect((await sign(instance.id, request, {})).status).toBe(401);
    const dataTask = await signingInstance('Task_1', 'data');
    const dataModel = await uploaded(dataTask.id, 'model', Buffer.from('<a/>'), 'application/xml');
    const refused = await sign(dataTask.id, {
      ...request,
      dataElementSignatures: [{ dataElementId: dataModel.id }],
    });
    expect(refused.status).toBe(403);
    expect((await elementsOf(instance.id)).map((element) => element.dataType)).toEqual(['model']);
  });
});
