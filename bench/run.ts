/**
 * `npm run bench`: every figure is printed beside a baseline measured in the same run, as a ratio.
 * Runs on the embedded database, and also on a PostgreSQL server when BENCH_DATABASE_URL is set
 * (a fresh database is created there and dropped afterwards).
 * BENCH_SECONDS sets the length of each measurement (default 5).
 */
import { createTestDatabase } from '../test/support/test-database.ts';
import { benchDataUpload } from './data-upload.ts';
import { benchInstanceQuery } from './instance-query.ts';
import { benchPdpDecision } from './pdp-decision.ts';
import { benchStorageInstances } from './storage-instances.ts';
import { startBenchServer } from './support/bench-process.ts';
import { measure } from './support/load.ts';
import { benchTokenVerification } from './token-verification.ts';

async function runOn(label: string, env: Record<string, string>): Promise<void> {
  const server = await startBenchServer(env);
  try {
    process.stdout.write(`\nTinn benchmarks on ${label}, ${process.env.BENCH_SECONDS ?? 5} s per figure\n`);
    const bare = await measure({ url: `${server.url}/bench/bare` });
    process.stdout.write(
      `${'bare Fastify route (baseline)'.padEnd(44)}  ${bare.requestsPerSecond.toFixed(0).padStart(7)} req/s\n`,
    );
    await benchTokenVerification(server, bare);
    await benchPdpDecision(server, bare);
    await benchDataUpload(server);
    await benchStorageInstances(server);
    await benchInstanceQuery(server, { embedded: env.DATABASE_URL === undefined });
  } finally {
    await server.stop();
  }
}

await runOn('the embedded database', {});
const serverUrl = process.env.BENCH_DATABASE_URL;
if (serverUrl) {
  process.env.TEST_DATABASE_URL = serverUrl;
  const database = await createTestDatabase();
  try {
    await runOn('the PostgreSQL server', { DATABASE_URL: database.url! });
  } finally {
    await database.drop();
  }
}
