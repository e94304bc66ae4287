import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { bearer, REPO_ROOT, type TestPlatform } from './test-platform.ts';

export const STORAGE_TESTDATA = path.join(REPO_ROOT, 'test/fixtures/identity-testdata.json');
export const STORAGE_POLICY = path.join(REPO_ROOT, 'test/fixtures/storage-app-policy.xml');

/** People and parties of test/fixtures/identity-testdata.json. */
export const PEOPLE = {
  /** PRIV for herself; DAGL and REGNA of the company; DAGL of its sub-unit. */
  mira: { userId: 9101, partyId: 700101 },
  /** PRIV for himself only. */
  oskar: { userId: 9102, partyId: 700102 },
  company: { partyId: 700201, orgNumber: '310000001' },
  subUnit: { partyId: 700202, orgNumber: '310000002' },
} as const;

export const OWNER_SCOPES = 'altinn:serviceowner/instances.read altinn:serviceowner/instances.write';

export async function serviceOwnerBearer(tinn: TestPlatform, org = 'ttd', orgNumber = '405003309') {
  return bearer(
    await tinn.platform.tokens.mint({
      'urn:altinn:org': org,
      'urn:altinn:orgNumber': orgNumber,
      'urn:altinn:authlevel': 3,
      scope: OWNER_SCOPES,
    }),
  );
}

export interface TestAppOptions {
  readonly org?: string;
  readonly app: string;
  readonly dataTypes?: readonly Record<string, unknown>[];
  readonly extra?: Record<string, unknown>;
}

/** Installs an app through the public API: its metadata in Storage and its policy in authorization. */
export async function installTestApp(tinn: TestPlatform, options: TestAppOptions): Promise<string> {
  const org = options.org ?? 'ttd';
  const appId = `${org}/${options.app}`;
  const owner = await serviceOwnerBearer(tinn, org);
  const metadata = {
    id: appId,
    org,
    title: { nb: `Test ${options.app}` },
    dataTypes: options.dataTypes ?? [
      { id: 'model', allowedContentTypes: ['application/xml'], maxCount: 1, minCount: 1, appLogic: {} },
      { id: 'attachment', allowedContentTypes: ['application/pdf', 'text/plain'], maxCount: 3, minCount: 0 },
    ],
    partyTypesAllowed: { person: true, organisation: true, subUnit: true, bankruptcyEstate: false },
    ...options.extra,
  };
  const created = await tinn.fetch(`/storage/api/v1/applications?appId=${appId}`, {
    method: 'POST',
    headers: { ...owner, 'content-type': 'application/json' },
    body: JSON.stringify(metadata),
  });
  expect(created.status, await created.clone().text()).toBeLessThan(300);
  const policy = await tinn.fetch(`/authorization/api/v1/policies?org=${org}&app=${options.app}`, {
    method: 'POST',
    headers: { ...owner, 'content-type': 'application/xml' },
    body: await fs.readFile(STORAGE_POLICY, 'utf8'),
  });
  expect(policy.status).toBe(201);
  return appId;
}

/** A started process at a data task, as an app sends it when it creates an instance. */
export function processAtTask(task = 'Task_1', taskType = 'data') {
  const now = new Date().toISOString();
  return {
    started: now,
    startEvent: 'StartEvent_1',
    currentTask: {
      flow: 2,
      started: now,
      elementId: task,
      name: task,
      altinnTaskType: taskType,
      flowType: 'CompleteCurrentMoveToNext',
    },
  };
}
