import type { BenchServer } from './support/bench-process.ts';
import { reportLatency } from './support/latency-report.ts';
import { measure } from './support/load.ts';
import { SEED } from './support/seed-instances.ts';
import { ownerToken, testToken, uploadPolicy } from './support/storage-fixtures.ts';

const CHUNK = 50_000;
/** Every 300th seeded instance belongs to the bench party, so its pages are full. */
const BENCH_STRIDE = 300;
/** Few connections: the figure is the latency of one query, not of a queue in front of the server. */
const CONNECTIONS = 2;

async function post(server: BenchServer, pathAndQuery: string): Promise<void> {
  const response = await fetch(`${server.url}${pathAndQuery}`, { method: 'POST' });
  if (!response.ok) throw new Error(`${pathAndQuery} failed: ${response.status} ${await response.text()}`);
}

/**
 * Seeds BENCH_INSTANCES instances (default 1,000,000 on a PostgreSQL server, 200,000 on the embedded
 * database, which takes minutes for a million) with one data element each, straight into the tables;
 * stops early once BENCH_SEED_SECONDS (default 300) have passed. Returns how many there are.
 */
async function seed(server: BenchServer, embedded: boolean): Promise<{ count: number; seconds: number }> {
  const target = Number(process.env.BENCH_INSTANCES ?? (embedded ? 200_000 : 1_000_000));
  const budgetMs = Number(process.env.BENCH_SEED_SECONDS ?? 300) * 1000;
  const started = Date.now();
  let count = 0;
  while (count < target && Date.now() - started < budgetMs) {
    const to = Math.min(target, count + CHUNK);
    await post(server, `/bench/seed-instances?from=${count + 1}&to=${to}&stride=${BENCH_STRIDE}`);
    count = to;
  }
  await post(server, '/bench/analyze');
  return { count, seconds: (Date.now() - started) / 1000 };
}

async function pageSize(url: string, authorization: string): Promise<number> {
  const response = await fetch(url, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { count: number }).count;
}

/**
 * Latency of `GET /storage/api/v1/instances` at page size 100 (data elements joined) over a seeded table:
 * a service owner's query by app, a user's query for a party (PDP read decision per instance), and the
 * service-owner polling query (finished, not yet confirmed); beside the bare route's latency.
 */
export async function benchInstanceQuery(server: BenchServer, options: { embedded: boolean }): Promise<void> {
  const { count, seconds } = await seed(server, options.embedded);
  process.stdout.write(
    `  instance query over ${count.toLocaleString('en')} instances ` +
      `(${SEED.apps} apps, ${SEED.parties.toLocaleString('en')} parties, seeded in ${seconds.toFixed(0)} s), ` +
      `page size 100, ${CONNECTIONS} connections\n`,
  );
  const owners = { ttd: await ownerToken(server, 'ttd'), tinn: await ownerToken(server, 'tinn') };
  for (let index = 0; index < SEED.apps; index++) {
    const appId = SEED.appId(index);
    await uploadPolicy(server, appId, owners[appId.startsWith('ttd/') ? 'ttd' : 'tinn']);
  }
  const owner = `Bearer ${owners.ttd}`;
  const user = `Bearer ${await testToken(server, `/Home/GetTestUserToken/${SEED.benchUserId}?authenticationLevel=2`)}`;
  const base = `${server.url}/storage/api/v1/instances?size=100`;
  const app = SEED.appId(0);
  const cases = [
    ['query by appId (service owner)', `${base}&appId=${app}`, owner],
    ['query by party (user, PDP filter)', `${base}&instanceOwner.partyId=${SEED.benchParty}`, user],
    [
      'appId + isComplete + excludeConfirmedBy',
      `${base}&appId=${app}&process.isComplete=true&excludeConfirmedBy=ttd`,
      owner,
    ],
  ] as const;

  const bare = await measure({ url: `${server.url}/bench/bare`, connections: CONNECTIONS });
  for (const [name, url, authorization] of cases) {
    const instances = await pageSize(url, authorization);
    const figure = await measure({ url, headers: { authorization }, connections: CONNECTIONS });
    reportLatency(`${name} [${instances}]`, figure, bare, 'bare route');
  }
}
