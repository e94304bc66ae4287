import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { BenchServer } from './support/bench-process.ts';

const APP_ID = 'ttd/bench-upload';
/** User 20001 is general manager (DAGL) of party 520101 in Tinn's default test set. */
const PARTY_ID = 520101;
const MIB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_UPLOAD_MIB ?? 1024) * MIB;
const POLICY = fileURLToPath(new URL('../test/fixtures/storage-app-policy.xml', import.meta.url));

async function ok(response: Response, what: string): Promise<Response> {
  if (response.status >= 300) throw new Error(`${what} failed: ${response.status} ${await response.text()}`);
  return response;
}

async function token(server: BenchServer, pathAndQuery: string): Promise<string> {
  return `Bearer ${await (await ok(await fetch(`${server.url}${pathAndQuery}`), pathAndQuery)).text()}`;
}

/** The app whose one data type takes the upload (no maxSize: the platform's 2000 MiB cap applies). */
async function installApp(server: BenchServer): Promise<void> {
  const scopes = encodeURIComponent('altinn:serviceowner/instances.read altinn:serviceowner/instances.write');
  const owner = await token(server, `/Home/GetTestOrgToken/ttd?scopes=${scopes}`);
  await ok(
    await fetch(`${server.url}/storage/api/v1/applications?appId=${APP_ID}`, {
      method: 'POST',
      headers: { authorization: owner, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: APP_ID,
        org: 'ttd',
        title: { nb: 'Bench upload' },
        dataTypes: [{ id: 'attachment', maxCount: 0, minCount: 0 }],
        partyTypesAllowed: { person: true, organisation: true, subUnit: true, bankruptcyEstate: false },
      }),
    }),
    `installing ${APP_ID}`,
  );
  await ok(
    await fetch(`${server.url}/authorization/api/v1/policies?org=ttd&app=bench-upload`, {
      method: 'POST',
      headers: { authorization: owner, 'content-type': 'application/xml' },
      body: await fs.readFile(POLICY, 'utf8'),
    }),
    'policy upload',
  );
}

/** SIZE bytes, generated: one 1 MiB pattern sent over and over (nothing of that size is kept anywhere). */
function generated(): Readable {
  const chunk = Buffer.alloc(MIB);
  for (let i = 0; i < chunk.length; i += 1) chunk[i] = (i * 131 + 7) & 0xff;
  return Readable.from(
    (function* () {
      for (let sent = 0; sent < SIZE; sent += chunk.length)
        yield chunk.subarray(0, Math.min(chunk.length, SIZE - sent));
    })(),
  );
}

/** The baseline: the same bytes written to a file on the same machine, with no HTTP and no hashing. */
async function rawWriteSeconds(): Promise<number> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-bench-write-'));
  try {
    const started = performance.now();
    await pipeline(generated(), createWriteStream(path.join(directory, 'raw.bin')));
    return (performance.now() - started) / 1000;
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
}

async function serverRss(server: BenchServer): Promise<number> {
  const response = await fetch(`${server.url}/bench/memory`);
  return ((await response.json()) as { rss: number }).rss;
}

function upload(url: string, authorization: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'text/plain',
          'content-length': String(SIZE),
          'content-disposition': 'attachment; filename=bench.bin',
        },
      },
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
    pipeline(generated(), request).catch(reject);
  });
}

function expectedHash(): Promise<string> {
  const hash = createHash('sha256');
  return pipeline(generated(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) hash.update(chunk);
  }).then(() => hash.digest('hex'));
}

/**
 * One upload of a generated 1 GiB data element through `POST …/data` (token, PDP, pending row, streamed to
 * the file blob store with SHA-256, element row committed), as a ratio to writing the same bytes to a file,
 * and the server process's peak resident memory while it runs (sampled every 50 ms).
 */
export async function benchDataUpload(server: BenchServer): Promise<void> {
  await installApp(server);
  const authorization = await token(server, '/Home/GetTestUserToken/20001?authenticationLevel=2');
  const created = await fetch(`${server.url}/storage/api/v1/instances?appId=${APP_ID}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ instanceOwner: { partyId: String(PARTY_ID) } }),
  });
  if (created.status !== 201)
    throw new Error(`instance create failed: ${created.status} ${await created.text()}`);
  const instance = (await created.json()) as { id: string };

  const rawSeconds = await rawWriteSeconds();
  const before = await serverRss(server);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await serverRss(server));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const answer = await upload(
    `${server.url}/storage/api/v1/instances/${instance.id}/data?dataType=attachment`,
    authorization,
  );
  const uploadSeconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  if (answer.status !== 201) throw new Error(`upload failed: ${answer.status} ${answer.body}`);
  const element = JSON.parse(answer.body) as { id: string; size: number; contentHash: string };
  if (element.size !== SIZE || element.contentHash !== (await expectedHash())) {
    throw new Error('the stored element does not match what was sent');
  }
  await fetch(`${server.url}/storage/api/v1/instances/${instance.id}/data/${element.id}`, {
    method: 'DELETE',
    headers: { authorization },
  });

  const rate = (seconds: number) => `${(SIZE / MIB / seconds).toFixed(0).padStart(5)} MiB/s`;
  const line = [
    `data element upload (${SIZE / MIB} MiB)`.padEnd(44),
    rate(uploadSeconds),
    `vs raw file write ${rate(rawSeconds).trim()}`,
    `ratio ${(rawSeconds / uploadSeconds).toFixed(2)}`,
    `server peak RSS ${(peak / MIB).toFixed(0)} MiB (${(before / MIB).toFixed(0)} MiB before it, +${((peak - before) / MIB).toFixed(0)} MiB)`,
  ].join('  ');
  process.stdout.write(`${line}\n`);
}
