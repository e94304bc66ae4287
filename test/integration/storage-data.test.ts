import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DataDb,
  fileBlobLeftovers,
  PendingBlobRepository,
  UploadSweeper,
} from '../../src/platform/storage/data/index.ts';
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
const MIB = 1024 * 1024;
const UNKNOWN_GUID = '6e3b6f2c-0000-4000-8000-000000000000';

const DATA_TYPES = [
  { id: 'model', allowedContentTypes: ['application/xml'], maxCount: 1, minCount: 1, appLogic: {} },
  { id: 'attachment', allowedContentTypes: ['application/pdf', 'text/plain'], maxCount: 3, maxSize: 1 },
  { id: 'big', maxCount: 0 },
  { id: 'delayed', maxCount: 0, appLogic: { autoDeleteOnProcessEnd: true } },
  { id: 'readsecret', maxCount: 0, actionRequiredToRead: 'secretread' },
  { id: 'writesecret', maxCount: 0, actionRequiredToWrite: 'secretwrite' },
  { id: 'scanned', maxCount: 0, enableFileScan: true },
];

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** A deterministic byte pattern of any length, made a chunk at a time. */
function patternChunk(size: number, seed: number): Buffer {
  const chunk = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i += 1) chunk[i] = (i * 31 + seed) & 0xff;
  return chunk;
}

describe('storage: data elements', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;
  let blobRoot: string;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'data-app', dataTypes: DATA_TYPES });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
    blobRoot = path.join(tinn.dataDir, 'blobs');
  }, 180_000);
  afterAll(async () => {
    await tinn?.close();
  });

  async function createdInstance(): Promise<any> {
    const response = await postJson(
      tinn,
      `${BASE}?appId=${appId}`,
      { instanceOwner: { partyId: String(PEOPLE.mira.partyId) }, process: processAtTask() },
      mira,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  function upload(
    instanceId: string,
    query: string,
    body: string | Buffer | undefined,
    headers: Record<string, string>,
    method: 'POST' | 'PUT' = 'POST',
    dataGuid?: string,
  ): Promise<Response> {
    const target =
      dataGuid === undefined
        ? `${BASE}/${instanceId}/data${query}`
        : `${BASE}/${instanceId}/data/${dataGuid}${query}`;
    return tinn.fetch(target, { method, headers, body });
  }

  async function uploaded(
    instanceId: string,
    dataType: string,
    body: string | Buffer,
    headers = mira,
    type = 'text/plain',
  ) {
    const response = await upload(instanceId, `?dataType=${dataType}`, body, {
      ...headers,
      'content-type': type,
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  async function content(instanceId: string, dataGuid: string, headers = mira): Promise<Buffer> {
    const response = await tinn.fetch(`${BASE}/${instanceId}/data/${dataGuid}`, { headers });
    expect(response.status, await response.clone().text()).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  async function elementsOf(instanceId: string, headers = owner): Promise<any[]> {
    return (await json(await tinn.fetch(`${BASE}/${instanceId}/dataelements`, { headers }))).dataElements;
  }

  async function instanceOf(instanceId: string): Promise<any> {
    return json(await tinn.fetch(`${BASE}/${instanceId}`, { headers: owner }));
  }

  async function eventsOf(instanceId: string): Promise<any[]> {
    return (await json(await tinn.fetch(`${BASE}/${instanceId}/events`, { headers: owner }))).instanceEvents;
  }

  /** Every file under the blob root that belongs to the instance (partial files included). */
  async function blobFiles(instanceId: string): Promise<string[]> {
    const guid = instanceId.split('/')[1]!;
    const directory = path.join(blobRoot, appId, guid, 'data');
    return (await fs.readdir(directory).catch(() => [] as string[])).sort();
  }

  async function pendingRows(): Promise<number> {
    const result = await sql<{
      count: number;
    }>`select count(*)::int as count from storage_pending_blob`.execute(tinn.platform.db);
    return result.rows[0]!.count;
  }

  /** Sends a body through node:http so a test can stop it half way. */
  function abortedUpload(target: string, headers: Record<string, string>, sendBytes: number): Promise<void> {
    return new Promise((resolve) => {
      const request = http.request(`${tinn.baseUrl}${target}`, {
        method: target.includes('/data/') ? 'PUT' : 'POST',
        headers: { ...headers, 'content-type': 'text/plain', 'content-length': String(sendBytes * 4) },
      });
      request.on('error', () => resolve());
      request.on('response', () => resolve());
      request.write(patternChunk(sendBytes, 7), () => {
        setTimeout(() => {
          request.destroy();
          resolve();
        }, 200);
      });
    });
  }

  async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  describe('POST …/data', () => {
    it('streams raw content to the blob store and commits the element with Altinn’s fields', async () => {
      const instance = await createdInstance();
      const before = await instanceOf(instance.id);
      const body = 'Hello, storage!\n';
      const response = await upload(instance.id, '?dataType=attachment', body, {
        ...mira,
        'content-type': 'text/plain',
        'content-disposition': 'attachment; filename="notes.txt"',
      });
      expect(response.status).toBe(201);
      const element = await json(response);
      const guid = instance.id.split('/')[1];
      expect(element).toMatchObject({
        instanceGuid: guid,
        dataType: 'attachment',
        filename: 'notes.txt',
        contentType: 'text/plain',
        blobStoragePath: `${appId}/${guid}/data/${element.id}`,
        size: Buffer.byteLength(body),
        contentHash: sha256(body),
        locked: false,
        isRead: true,
        refs: [],
        tags: [],
        fileScanResult: 'NotApplicable',
        createdBy: String(PEOPLE.mira.userId),
        lastChangedBy: String(PEOPLE.mira.userId),
      });
      expect(element.references).toBeUndefined();
      expect(element.created).toBe(element.lastChanged);
      expect(element.selfLinks.platform).toBe(`${tinn.baseUrl}${BASE}/${instance.id}/data/${element.id}`);
      expect(response.headers.get('location')).toBe(element.selfLinks.platform);

      expect((await content(instance.id, element.id)).toString()).toBe(body);
      expect(await blobFiles(instance.id)).toEqual([element.id]);
      expect(await pendingRows()).toBe(0);

      const after = await instanceOf(instance.id);
      expect(after.lastChanged).toBe(element.created);
      expect(after.lastChanged > before.lastChanged).toBe(true);
      expect(after.lastChangedBy).toBe(String(PEOPLE.mira.userId));
      expect(after.data.map((item: any) => item.id)).toEqual([element.id]);
      const created = (await eventsOf(instance.id)).filter((event) => event.dataId === element.id);
      expect(created.map((event) => event.eventType)).toEqual(['Created']);
    });

    it('reads filename* (RFC 5987) and URL-decodes a plain filename', async () => {
      const instance = await createdInstance();
      const star = await upload(instance.id, '?dataType=big', 'a', {
        ...mira,
        'content-type': 'text/plain',
        'content-disposition': `attachment; filename="fallback.txt"; filename*=UTF-8''r%C3%A6k%20og%20sm%C3%B8r.txt`,
      });
      const starred = await json(star);
      expect(starred.filename).toBe('ræk og smør.txt');
      const encoded = await upload(instance.id, '?dataType=big', 'b', {
        ...mira,
        'content-type': 'text/plain',
        'content-disposition': 'attachment; filename=my%20file+v2.txt',
      });
      expect((await json(encoded)).filename).toBe('my file v2.txt');
      const download = await tinn.fetch(`${BASE}/${instance.id}/data/${starred.id}`, { headers: mira });
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="r_k og sm_r.txt"; filename*=UTF-8''r%C3%A6k%20og%20sm%C3%B8r.txt`,
      );
    });

    it('takes the first part of a multipart body, with that part’s type and file name', async () => {
      const instance = await createdInstance();
      const boundary = '----tinn-boundary-42';
      const first = Buffer.concat([patternChunk(100_000, 3), Buffer.from('\r\n--not-the-boundary\r\n')]);
      const body = Buffer.concat([
        Buffer.from(
          `preamble\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        first,
        Buffer.from(
          `\r\n--${boundary}\r\nContent-Type: text/plain\r\n\r\nsecond part\r\n--${boundary}--\r\n`,
        ),
      ]);
      const response = await upload(instance.id, '?dataType=attachment', body, {
        ...mira,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
      expect(response.status, await response.clone().text()).toBe(201);
      const element = await json(response);
      expect(element).toMatchObject({
        contentType: 'application/pdf',
        filename: 'report.pdf',
        size: first.length,
      });
      expect(element.contentHash).toBe(sha256(first));
      expect((await content(instance.id, element.id)).equals(first)).toBe(true);
    });

    it('records refs and the task an element was generated from', async () => {
      const instance = await createdInstance();
      const referenced = await uploaded(instance.id, 'big', 'x');
      const response = await upload(
        instance.id,
        `?dataType=big&refs=${referenced.id}&generatedFromTask=Task_1`,
        'y',
        { ...mira, 'content-type': 'text/plain' },
      );
      expect(await json(response)).toMatchObject({
        refs: [referenced.id],
        references: [{ value: 'Task_1', relation: 'GeneratedFrom', valueType: 'Task' }],
      });
    });

    it('marks what the app owner uploads unread, and a reader other than the owner marks it read', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'from the owner', owner);
      expect(element.isRead).toBe(false);
      expect(element.createdBy).toBe('405003309');
      await content(instance.id, element.id, owner);
      expect((await elementsOf(instance.id))[0].isRead).toBe(false);
      await content(instance.id, element.id, mira);
      expect((await elementsOf(instance.id))[0].isRead).toBe(true);
    });

    it('answers 400 for a missing or undeclared data type and for an empty body, storing nothing', async () => {
      const instance = await createdInstance();
      const headers = { ...mira, 'content-type': 'text/plain' };
      for (const [query, body] of [
        ['', 'x'],
        ['?dataType=', 'x'],
        ['?dataType=nope', 'x'],
        ['?dataType=big', ''],
        ['?dataType=big', undefined],
      ] as const) {
        const response = await upload(instance.id, query, body, headers);
        expect(response.status, `${query} ${body}`).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      }
      expect(await elementsOf(instance.id)).toEqual([]);
      expect(await blobFiles(instance.id)).toEqual([]);
      expect(await pendingRows()).toBe(0);
    });

    it('answers 401 without a token, 403 without write or the type’s action, 404 for an unknown instance', async () => {
      const instance = await createdInstance();
      const headers = { 'content-type': 'text/plain' };
      expect((await upload(instance.id, '?dataType=big', 'x', headers)).status).toBe(401);
      expect((await upload(instance.id, '?dataType=big', 'x', { ...headers, ...oskar })).status).toBe(403);
      expect((await upload(instance.id, '?dataType=writesecret', 'x', { ...headers, ...mira })).status).toBe(
        403,
      );
      const unknown = `${PEOPLE.mira.partyId}/${UNKNOWN_GUID}`;
      expect((await upload(unknown, '?dataType=big', 'x', { ...headers, ...mira })).status).toBe(404);
      expect(await elementsOf(instance.id)).toEqual([]);
      expect(await blobFiles(instance.id)).toEqual([]);
    });

    it('answers 409 once the data type’s maxCount is reached', async () => {
      const instance = await createdInstance();
      await uploaded(instance.id, 'model', '<a/>', mira, 'application/xml');
      const second = await upload(instance.id, '?dataType=model', '<b/>', {
        ...mira,
        'content-type': 'application/xml',
      });
      expect(second.status).toBe(409);
      expect(await elementsOf(instance.id)).toHaveLength(1);
      expect(await blobFiles(instance.id)).toHaveLength(1);
    });

    it('answers 415 for a content type the data type does not allow (parameters ignored)', async () => {
      const instance = await createdInstance();
      const refused = await upload(instance.id, '?dataType=attachment', 'x', {
        ...mira,
        'content-type': 'image/png',
      });
      expect(refused.status).toBe(415);
      const none = await upload(instance.id, '?dataType=attachment', Buffer.from('x'), mira);
      expect(none.status).toBe(415);
      await uploaded(instance.id, 'attachment', 'x', mira, 'Text/Plain; charset=utf-8');
      expect(await elementsOf(instance.id)).toHaveLength(1);
    });

    it('answers 413 over the data type’s maxSize, declared or found while streaming, storing nothing', async () => {
      const instance = await createdInstance();
      const tooBig = patternChunk(MIB + 1, 1);
      const declared = await upload(instance.id, '?dataType=attachment', tooBig, {
        ...mira,
        'content-type': 'text/plain',
      });
      expect(declared.status).toBe(413);
      const chunks = [patternChunk(512 * 1024, 1), patternChunk(512 * 1024, 2), patternChunk(10, 3)];
      const streamed = await tinn.fetch(`${BASE}/${instance.id}/data?dataType=attachment`, {
        method: 'POST',
        headers: { ...mira, 'content-type': 'text/plain' },
        body: new ReadableStream({
          pull(controller) {
            const next = chunks.shift();
            if (next === undefined) controller.close();
            else controller.enqueue(next);
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(await elementsOf(instance.id)).toEqual([]);
      expect(await blobFiles(instance.id)).toEqual([]);
      expect(await pendingRows()).toBe(0);
      await uploaded(instance.id, 'attachment', patternChunk(MIB, 4));
    });

    it('answers 413 to a large body over the limit without making the client send all of it', async () => {
      const instance = await createdInstance();
      const declared = 256 * MIB;
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request(`${tinn.baseUrl}${BASE}/${instance.id}/data?dataType=attachment`, {
          method: 'POST',
          headers: { ...mira, 'content-type': 'text/plain', 'content-length': String(declared) },
        });
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        // Writing into the closed connection fails; the answer has arrived before that.
        request.on('error', (error) => setTimeout(() => reject(error), 1000));
        const chunk = patternChunk(MIB, 6);
        let sent = 0;
        const pump = () => {
          while (sent < declared && request.write(chunk)) sent += chunk.length;
          if (sent < declared) request.once('drain', pump);
        };
        pump();
      });
      expect(status).toBe(413);
      expect(await elementsOf(instance.id)).toEqual([]);
      expect(await blobFiles(instance.id)).toEqual([]);
    });

    it('leaves neither row nor bytes when the client goes away mid-upload', async () => {
      const instance = await createdInstance();
      await abortedUpload(`${BASE}/${instance.id}/data?dataType=big`, mira, 256 * 1024);
      await eventually(
        async () => (await pendingRows()) === 0 && (await blobFiles(instance.id)).length === 0,
      );
      expect(await elementsOf(instance.id)).toEqual([]);
    });

    it('streams a 50 MB body without holding it in memory', async () => {
      const instance = await createdInstance();
      const chunk = patternChunk(64 * 1024, 9);
      const count = 800; // 50 MiB
      const expected = createHash('sha256');
      for (let i = 0; i < count; i += 1) expected.update(chunk);
      // What stays reachable (measured after a full collection), not garbage waiting for the collector.
      v8.setFlagsFromString('--expose-gc');
      const collect = vm.runInNewContext('gc') as () => void;
      const retained = () => {
        collect();
        const usage = process.memoryUsage();
        return usage.heapUsed + usage.arrayBuffers;
      };
      const baseline = retained();
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, retained());
      }, 200);
      // node:http streams with backpressure; fetch with a stream body keeps what it sent until it is done.
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request(
          `${tinn.baseUrl}${BASE}/${instance.id}/data?dataType=big`,
          { method: 'POST', headers: { ...mira, 'content-type': 'application/octet-stream' } },
          (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (text: string) => {
              body += text;
            });
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        request.on('error', reject);
        pipeline(
          Readable.from(
            (function* () {
              for (let i = 0; i < count; i += 1) yield chunk;
            })(),
          ),
          request,
        ).catch(reject);
      });
      clearInterval(sampler);
      expect(answer.status, answer.body).toBe(201);
      const element = JSON.parse(answer.body);
      expect(element.size).toBe(count * chunk.length);
      expect(element.contentHash).toBe(expected.digest('hex'));
      // Client and server share this process and both stream: what they hold stays well below the body's 50 MiB
      // (buffers in flight, the embedded database's own memory).
      expect(peak - baseline).toBeLessThan(25 * MIB);

      const download = await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, { headers: mira });
      const received = createHash('sha256');
      let size = 0;
      for await (const part of download.body as unknown as AsyncIterable<Uint8Array>) {
        received.update(part);
        size += part.length;
      }
      expect(size).toBe(element.size);
      expect(received.digest('hex')).toBe(element.contentHash);
    });
  });

  describe('GET …/data/{d} and …/dataelements', () => {
    it('lists the elements and streams each one’s exact bytes with its headers', async () => {
      const instance = await createdInstance();
      const pdf = Buffer.from('%PDF-1.7 binary \x00\x01\x02\xff', 'latin1');
      const first = await uploaded(instance.id, 'attachment', pdf, mira, 'application/pdf');
      const second = await uploaded(instance.id, 'big', 'second');
      const list = await tinn.fetch(`${BASE}/${instance.id}/dataelements`, { headers: mira });
      expect(list.status).toBe(200);
      const { dataElements } = await json(list);
      expect(dataElements.map((element: any) => element.id)).toEqual([first.id, second.id]);
      expect(dataElements[0]).toEqual(first);

      const download = await tinn.fetch(`${BASE}/${instance.id}/data/${first.id}`, { headers: mira });
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-length')).toBe(String(pdf.length));
      expect(download.headers.get('content-disposition')).toBe('attachment');
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    });

    it('answers 404 for an unknown element, 403 without read or the type’s read action, 401 without a token', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'x');
      const secret = await uploaded(instance.id, 'readsecret', 'x');
      expect(
        (await tinn.fetch(`${BASE}/${instance.id}/data/${UNKNOWN_GUID}`, { headers: mira })).status,
      ).toBe(404);
      expect((await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, { headers: oskar })).status).toBe(
        403,
      );
      expect((await tinn.fetch(`${BASE}/${instance.id}/dataelements`, { headers: oskar })).status).toBe(403);
      expect((await tinn.fetch(`${BASE}/${instance.id}/data/${secret.id}`, { headers: mira })).status).toBe(
        403,
      );
      expect((await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`)).status).toBe(401);
      expect((await elementsOf(instance.id, mira)).map((item) => item.id)).toEqual([element.id, secret.id]);
    });
  });

  describe('PUT …/data/{d}', () => {
    it('writes the new content to a new blob, switches the element to it and removes the old blob', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'old content', mira);
      const response = await upload(
        instance.id,
        '?generatedFromTask=Task_1',
        'new content, longer',
        { ...owner, 'content-type': 'text/csv', 'content-disposition': 'attachment; filename=new.csv' },
        'PUT',
        element.id,
      );
      expect(response.status, await response.clone().text()).toBe(200);
      const changed = await json(response);
      expect(changed).toMatchObject({
        id: element.id,
        contentType: 'text/csv',
        filename: 'new.csv',
        size: 19,
        contentHash: sha256('new content, longer'),
        isRead: false,
        created: element.created,
        createdBy: element.createdBy,
        lastChangedBy: '405003309',
        references: [{ value: 'Task_1', relation: 'GeneratedFrom', valueType: 'Task' }],
      });
      expect(changed.blobStoragePath).toMatch(new RegExp(`^${element.blobStoragePath}\\.[0-9a-f-]{36}$`));
      expect((await content(instance.id, element.id)).toString()).toBe('new content, longer');
      expect(await blobFiles(instance.id)).toEqual([path.basename(changed.blobStoragePath)]);
      const after = await instanceOf(instance.id);
      expect(after.lastChanged).toBe(changed.lastChanged);
      const saved = (await eventsOf(instance.id)).filter((event) => event.eventType === 'Saved');
      expect(saved.map((event) => event.dataId)).toEqual([element.id]);
    });

    it('keeps the old content when the new one is refused or cut off', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'attachment', 'keep me');
      const headers = { ...mira, 'content-type': 'text/plain' };
      expect(
        (await upload(instance.id, '', patternChunk(MIB + 1, 5), headers, 'PUT', element.id)).status,
      ).toBe(413);
      expect(
        (await upload(instance.id, '', 'x', { ...mira, 'content-type': 'image/gif' }, 'PUT', element.id))
          .status,
      ).toBe(415);
      expect((await upload(instance.id, '', '', headers, 'PUT', element.id)).status).toBe(422);
      await abortedUpload(`${BASE}/${instance.id}/data/${element.id}`, mira, 300 * 1024);
      await eventually(async () => (await pendingRows()) === 0);
      expect((await content(instance.id, element.id)).toString()).toBe('keep me');
      expect(await blobFiles(instance.id)).toEqual([element.id]);
      expect((await elementsOf(instance.id))[0]).toMatchObject({
        size: 7,
        blobStoragePath: element.blobStoragePath,
      });
    });

    it('answers 409 for a locked element and leaves its content alone; 404 and 403 as for reads', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'locked content');
      expect(
        (await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}/lock`, { method: 'PUT', headers: mira }))
          .status,
      ).toBe(201);
      const headers = { ...mira, 'content-type': 'text/plain' };
      expect((await upload(instance.id, '', 'changed', headers, 'PUT', element.id)).status).toBe(409);
      expect((await content(instance.id, element.id)).toString()).toBe('locked content');
      expect((await upload(instance.id, '', 'x', headers, 'PUT', UNKNOWN_GUID)).status).toBe(404);
      expect(
        (await upload(instance.id, '', 'x', { ...oskar, 'content-type': 'text/plain' }, 'PUT', element.id))
          .status,
      ).toBe(403);
      expect(await blobFiles(instance.id)).toEqual([element.id]);
    });
  });

  describe('PUT …/dataelements/{d}', () => {
    it('applies the members Altinn lets callers change and keeps the rest', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'x');
      const body = {
        ...element,
        tags: ['invoice', 'scanned'],
        metadata: [{ key: 'source', value: 'scanner' }],
        userDefinedMetadata: [{ key: 'note', value: 'hi' }],
        lastChanged: '2030-01-01T00:00:00.000Z',
        lastChangedBy: 'someone',
        size: 999,
        contentType: 'evil/type',
        filename: 'evil.exe',
      };
      const response = await tinn.fetch(`${BASE}/${instance.id}/dataelements/${element.id}`, {
        method: 'PUT',
        headers: { ...mira, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.clone().text()).toBe(200);
      const changed = await json(response);
      expect(changed).toMatchObject({
        tags: ['invoice', 'scanned'],
        metadata: [{ key: 'source', value: 'scanner' }],
        userDefinedMetadata: [{ key: 'note', value: 'hi' }],
        lastChanged: '2030-01-01T00:00:00.000Z',
        lastChangedBy: 'someone',
        size: 1,
        contentType: 'text/plain',
      });
      expect(changed.filename).toBeUndefined();
      expect((await elementsOf(instance.id))[0]).toEqual(changed);
      expect((await instanceOf(instance.id)).lastChangedBy).toBe(String(PEOPLE.mira.userId));
    });

    it('answers 400 when the ids do not match the route, 403 without write, 404 for an unknown element', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'x');
      const put = (guid: string, body: object, headers = mira) =>
        tinn.fetch(`${BASE}/${instance.id}/dataelements/${guid}`, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await put(element.id, { ...element, id: UNKNOWN_GUID })).status).toBe(400);
      expect((await put(element.id, { ...element, instanceGuid: UNKNOWN_GUID })).status).toBe(400);
      expect((await put(element.id, element, oskar)).status).toBe(403);
      expect((await put(UNKNOWN_GUID, { ...element, id: UNKNOWN_GUID })).status).toBe(404);
    });
  });

  describe('DELETE …/data/{d}', () => {
    it('deletes the row, then the blob, with a Deleted event; locks do not stop it', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'bye');
      await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}/lock`, { method: 'PUT', headers: mira });
      const response = await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, {
        method: 'DELETE',
        headers: mira,
      });
      expect(response.status).toBe(200);
      expect((await json(response)).id).toBe(element.id);
      expect(await elementsOf(instance.id)).toEqual([]);
      expect(await blobFiles(instance.id)).toEqual([]);
      expect(await pendingRows()).toBe(0);
      expect((await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, { headers: mira })).status).toBe(
        404,
      );
      const deleted = (await eventsOf(instance.id)).filter((event) => event.eventType === 'Deleted');
      expect(deleted.map((event) => event.dataId)).toEqual([element.id]);
    });

    it('with delay=true marks elements of auto-deleting types hard deleted; 400 for other types', async () => {
      const instance = await createdInstance();
      const other = await uploaded(instance.id, 'big', 'x');
      const refused = await tinn.fetch(`${BASE}/${instance.id}/data/${other.id}?delay=true`, {
        method: 'DELETE',
        headers: mira,
      });
      expect(refused.status).toBe(400);
      const element = await uploaded(instance.id, 'delayed', 'later');
      const response = await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}?delay=true`, {
        method: 'DELETE',
        headers: mira,
      });
      expect(response.status).toBe(200);
      expect((await json(response)).deleteStatus).toEqual({
        isHardDeleted: true,
        hardDeleted: expect.any(String),
      });
      expect((await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, { headers: mira })).status).toBe(
        404,
      );
      expect((await elementsOf(instance.id, mira)).map((item) => item.id)).toEqual([other.id]);
      expect((await elementsOf(instance.id, owner)).map((item) => item.id)).toEqual([other.id, element.id]);
      expect((await content(instance.id, element.id, owner)).toString()).toBe('later');
      const again = await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}?delay=true`, {
        method: 'DELETE',
        headers: mira,
      });
      expect(again.status).toBe(404);
    });

    it('answers 403 without write and 404 for an unknown element', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'x');
      expect(
        (await tinn.fetch(`${BASE}/${instance.id}/data/${element.id}`, { method: 'DELETE', headers: oskar }))
          .status,
      ).toBe(403);
      expect(
        (await tinn.fetch(`${BASE}/${instance.id}/data/${UNKNOWN_GUID}`, { method: 'DELETE', headers: mira }))
          .status,
      ).toBe(404);
      expect(await blobFiles(instance.id)).toEqual([element.id]);
    });
  });

  describe('lock, unlock and file scan status', () => {
    it('locks (201, then 200) and unlocks without touching the instance’s lastChanged', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'x');
      const before = (await instanceOf(instance.id)).lastChanged;
      const lockPath = `${BASE}/${instance.id}/data/${element.id}/lock`;
      const first = await tinn.fetch(lockPath, { method: 'PUT', headers: mira });
      expect(first.status).toBe(201);
      expect((await json(first)).locked).toBe(true);
      expect((await tinn.fetch(lockPath, { method: 'PUT', headers: mira })).status).toBe(200);
      expect((await elementsOf(instance.id))[0].locked).toBe(true);
      const unlocked = await tinn.fetch(lockPath, { method: 'DELETE', headers: mira });
      expect(unlocked.status).toBe(200);
      expect((await json(unlocked)).locked).toBe(false);
      expect((await elementsOf(instance.id))[0].locked).toBe(false);
      expect((await instanceOf(instance.id)).lastChanged).toBe(before);
    });

    it('refuses lock and unlock to callers without the right; unknown instance: 404 to lock, 403 to unlock', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'big', 'x');
      const lockPath = `${BASE}/${instance.id}/data/${element.id}/lock`;
      expect((await tinn.fetch(lockPath, { method: 'PUT', headers: oskar })).status).toBe(403);
      expect((await tinn.fetch(lockPath, { method: 'DELETE', headers: oskar })).status).toBe(403);
      const unknown = `${BASE}/${PEOPLE.mira.partyId}/${UNKNOWN_GUID}/data/${element.id}/lock`;
      expect((await tinn.fetch(unknown, { method: 'PUT', headers: mira })).status).toBe(404);
      expect((await tinn.fetch(unknown, { method: 'DELETE', headers: mira })).status).toBe(403);
      expect(
        (
          await tinn.fetch(`${BASE}/${instance.id}/data/${UNKNOWN_GUID}/lock`, {
            method: 'PUT',
            headers: mira,
          })
        ).status,
      ).toBe(404);
    });

    it('starts scanned types Pending and records the scanner’s result from the app owner only', async () => {
      const instance = await createdInstance();
      const element = await uploaded(instance.id, 'scanned', 'x');
      expect(element.fileScanResult).toBe('Pending');
      const scanPath = `${BASE}/${instance.id}/dataelements/${element.id}/filescanstatus`;
      const send = (headers: Record<string, string>, body: object) =>
        tinn.fetch(scanPath, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await send(mira, { fileScanResult: 'Clean' })).status).toBe(403);
      expect((await send(owner, { fileScanResult: 'Dirty' })).status).toBe(400);
      const before = (await instanceOf(instance.id)).lastChanged;
      expect((await send(owner, { contentHash: 'abc', fileScanResult: 'Infected' })).status).toBe(200);
      const [stored] = await elementsOf(instance.id);
      expect(stored.fileScanResult).toBe('Infected');
      expect(stored.contentHash).toBe(sha256('x'));
      expect((await instanceOf(instance.id)).lastChanged).toBe(before);
    });
  });

  describe('the upload sweeper', () => {
    /** A blob (and a partial file beside it) with a pending row, as an upload leaves them. */
    async function pendingUpload(instanceId: string, nodeKey: number): Promise<string> {
      const guid = instanceId.split('/')[1]!;
      const dataGuid = randomUUID();
      const directory = path.join(blobRoot, appId, guid, 'data');
      await fs.mkdir(directory, { recursive: true });
      await fs.writeFile(path.join(directory, dataGuid), 'orphan');
      await fs.writeFile(path.join(directory, `${dataGuid}.${randomUUID()}.partial`), 'half');
      await sql`insert into storage_pending_blob (blob_key, instance_guid, data_guid, node_key, reason)
        values (${`${appId}/${guid}/data/${dataGuid}`}, ${guid}::uuid, ${dataGuid}::uuid, ${nodeKey}, 'upload')`.execute(
        tinn.platform.db,
      );
      return dataGuid;
    }

    it('removes what uploads of ended processes left, and leaves this process’s uploads alone', async () => {
      const instance = await createdInstance();
      const committed = await uploaded(instance.id, 'big', 'kept');
      const ownKey = tinn.platform.dataStorage.node.key;
      const live = await pendingUpload(instance.id, ownKey);
      await pendingUpload(instance.id, ownKey === 1 ? 2 : ownKey - 1);
      expect(await tinn.platform.dataStorage.sweeper.sweep()).toBe(1);
      const files = await blobFiles(instance.id);
      expect(files.filter((file) => !file.endsWith('.partial'))).toEqual([committed.id, live].sort());
      expect(files.filter((file) => file.endsWith('.partial'))).toHaveLength(1);
      expect(await pendingRows()).toBe(1);
      await sql`delete from storage_pending_blob`.execute(tinn.platform.db);
    });

    it('lets several sweepers share the work, each abandoned upload removed once', async () => {
      const instance = await createdInstance();
      const deadKey = tinn.platform.dataStorage.node.key === 1 ? 2 : tinn.platform.dataStorage.node.key - 1;
      for (let i = 0; i < 24; i += 1) await pendingUpload(instance.id, deadKey);
      const sweeper = () =>
        new UploadSweeper({
          db: tinn.platform.db as DataDb,
          blobs: tinn.platform.blobs,
          pending: new PendingBlobRepository(),
          node: tinn.platform.dataStorage.node,
          leftovers: fileBlobLeftovers(blobRoot),
          batchSize: 5,
        });
      const removed = await Promise.all([sweeper().sweep(), sweeper().sweep(), sweeper().sweep()]);
      expect(removed.reduce((sum, count) => sum + count, 0)).toBe(24);
      expect(await blobFiles(instance.id)).toEqual([]);
      expect(await pendingRows()).toBe(0);
    });
  });
});
