/**
 * `npm run bench`: every figure is printed beside a baseline measured in the same run, as a ratio.
 * BENCH_SECONDS sets the length of each measurement (default 5).
 */
import { benchPdpDecision } from './pdp-decision.ts';
import { startBenchServer } from './support/bench-process.ts';
import { measure } from './support/load.ts';
import { benchTokenVerification } from './token-verification.ts';

const server = await startBenchServer();
try {
  process.stdout.write(
    `Tinn benchmarks (embedded database), ${process.env.BENCH_SECONDS ?? 5} s per figure\n\n`,
  );
  const bare = await measure({ url: `${server.url}/bench/bare` });
  process.stdout.write(
    `${'bare Fastify route (baseline)'.padEnd(44)}  ${bare.requestsPerSecond.toFixed(0).padStart(7)} req/s\n`,
  );
  await benchTokenVerification(server, bare);
  await benchPdpDecision(server, bare);
} finally {
  await server.stop();
}
