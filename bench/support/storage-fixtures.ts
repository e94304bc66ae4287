import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServer } from './bench-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Persons (PRIV), general managers (DAGL) and accountants (REGNA) read and write; the owner does all. */
const POLICY = path.join(ROOT, 'test/fixtures/storage-app-policy.xml');

async function ok(response: Response, what: string): Promise<Response> {
  if (response.status >= 300) throw new Error(`${what} failed: ${response.status} ${await response.text()}`);
  return response;
}

/** A token from the development-mode test token endpoints, e.g. `/Home/GetTestOrgToken/ttd`. */
export async function testToken(server: BenchServer, pathAndQuery: string): Promise<string> {
  return (await ok(await fetch(`${server.url}${pathAndQuery}`), pathAndQuery)).text();
}

export function ownerToken(server: BenchServer, org: string): Promise<string> {
  const scopes = encodeURIComponent('altinn:serviceowner/instances.read altinn:serviceowner/instances.write');
  return testToken(server, `/Home/GetTestOrgToken/${org}?scopes=${scopes}`);
}

/** Uploads the storage test policy for an app (enough for the PDP; instances of it can then be read). */
export async function uploadPolicy(server: BenchServer, appId: string, owner: string): Promise<void> {
  const [org, app] = appId.split('/');
  await ok(
    await fetch(`${server.url}/authorization/api/v1/policies?org=${org}&app=${app}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/xml' },
      body: await fs.readFile(POLICY, 'utf8'),
    }),
    `policy upload for ${appId}`,
  );
}

/** Installs an app: its metadata in Storage (needed to create instances) and its policy. */
export async function installApp(server: BenchServer, appId: string, owner: string): Promise<void> {
  const [org] = appId.split('/');
  await ok(
    await fetch(`${server.url}/storage/api/v1/applications?appId=${appId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: appId,
        org,
        title: { nb: 'Bench' },
        dataTypes: [{ id: 'attachment', allowedContentTypes: ['text/plain'], maxCount: 3, minCount: 0 }],
        partyTypesAllowed: { person: true, organisation: true, subUnit: true, bankruptcyEstate: false },
      }),
    }),
    `installing ${appId}`,
  );
  await uploadPolicy(server, appId, owner);
}
