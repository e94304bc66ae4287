import type { BenchServer } from './support/bench-process.ts';
import { measure, report } from './support/load.ts';
import { installApp, ownerToken, testToken } from './support/storage-fixtures.ts';

const APP_ID = 'ttd/bench-instances';
/** User 20001 is general manager (DAGL) of party 520101 in Tinn's default test set. */
const PARTY_ID = 520101;

/**
 * Instances created and read per second through the Storage API, as user 20001 for party 520101 (token,
 * PDP with a role lookup, the row and its event in one transaction), each as a ratio to a bare route
 * doing the one SQL statement at its core: an insert of an instance-sized row, a select by key.
 */
export async function benchStorageInstances(server: BenchServer): Promise<void> {
  await installApp(server, APP_ID, await ownerToken(server, 'ttd'));
  const user = `Bearer ${await testToken(server, '/Home/GetTestUserToken/20001?authenticationLevel=2')}`;
  const body = JSON.stringify({
    instanceOwner: { partyId: String(PARTY_ID) },
    process: {
      started: new Date().toISOString(),
      startEvent: 'StartEvent_1',
      currentTask: { flow: 2, elementId: 'Task_1', name: 'Utfylling', altinnTaskType: 'data' },
    },
    dataValues: { kind: 'bench' },
  });
  const createUrl = `${server.url}/storage/api/v1/instances?appId=${APP_ID}`;
  const headers = { authorization: user, 'content-type': 'application/json' };
  const first = await fetch(createUrl, { method: 'POST', headers, body });
  if (first.status !== 201) throw new Error(`instance create failed: ${first.status} ${await first.text()}`);
  const instance = (await first.json()) as { id: string };

  const rawInsert = await measure({ url: `${server.url}/bench/raw-insert`, method: 'POST' });
  const created = await measure({ url: createUrl, method: 'POST', headers, body });
  report('instance create (POST /instances)', created, rawInsert, 'raw insert');

  const guid = instance.id.split('/')[1];
  const rawSelect = await measure({ url: `${server.url}/bench/raw-select?guid=${guid}` });
  const read = await measure({
    url: `${server.url}/storage/api/v1/instances/${instance.id}`,
    headers: { authorization: user },
  });
  report('instance get (GET /instances/{p}/{g})', read, rawSelect, 'raw select');
}
