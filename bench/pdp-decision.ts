import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServer } from './support/bench-process.ts';
import { type LoadResult, measure, report } from './support/load.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A real Altinn app policy (nine rules, role codes, tasks, obligations) when ../shared is beside the repo. */
const REAL_POLICY = path.resolve(
  ROOT,
  '../shared/altinn/apps/signing-test/App/config/authorization/policy.xml',
);
const OWN_POLICY = path.resolve(ROOT, 'test/fixtures/org-app-policy.xml');

async function policyXml(): Promise<{ xml: string; source: string }> {
  try {
    return { xml: await fs.readFile(REAL_POLICY, 'utf8'), source: 'signing-test policy' };
  } catch {
    return { xml: await fs.readFile(OWN_POLICY, 'utf8'), source: 'test fixture policy' };
  }
}

/**
 * Decisions per second through `POST /authorization/api/v1/authorize` for a user whose roles for the
 * party are looked up in the database on every decision (Tinn's default test set: user 20001 is DAGL
 * for party 520101), as a ratio to the bare route.
 */
export async function benchPdpDecision(server: BenchServer, bare: LoadResult): Promise<void> {
  const owner = await (await fetch(`${server.url}/Home/GetTestOrgToken/ttd`)).text();
  const { xml, source } = await policyXml();
  const upload = await fetch(`${server.url}/authorization/api/v1/policies?org=ttd&app=bench-app`, {
    method: 'POST',
    headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/xml' },
    body: xml,
  });
  if (upload.status !== 201) throw new Error(`policy upload failed: ${upload.status} ${await upload.text()}`);
  const body = JSON.stringify({
    Request: {
      AccessSubject: [{ Attribute: [{ AttributeId: 'urn:altinn:userid', Value: '20001' }] }],
      Action: [
        { Attribute: [{ AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id', Value: 'read' }] },
      ],
      Resource: [
        {
          Attribute: [
            { AttributeId: 'urn:altinn:org', Value: 'ttd' },
            { AttributeId: 'urn:altinn:app', Value: 'bench-app' },
            { AttributeId: 'urn:altinn:partyid', Value: '520101' },
            { AttributeId: 'urn:altinn:task', Value: 'Task_1' },
          ],
        },
      ],
    },
  });
  const check = (await (
    await fetch(`${server.url}/authorization/api/v1/authorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body,
    })
  ).json()) as { response?: { decision?: string }[] };
  process.stdout.write(
    `  (decision under load: ${JSON.stringify(check.response?.[0]?.decision)}, ${source})\n`,
  );
  const decisions = await measure({
    url: `${server.url}/authorization/api/v1/authorize`,
    method: 'POST',
    headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
    body,
  });
  report('PDP decision (authorize, role lookup)', decisions, bare, 'bare route');
}
