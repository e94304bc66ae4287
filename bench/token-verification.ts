import type { BenchServer } from './support/bench-process.ts';
import { type LoadResult, measure, report } from './support/load.ts';

/** Throughput of a route behind token verification, as a ratio to the same route without it. */
export async function benchTokenVerification(server: BenchServer, bare: LoadResult): Promise<void> {
  const token = await (await fetch(`${server.url}/Home/GetTestOrgToken/ttd`)).text();
  const verified = await measure({
    url: `${server.url}/bench/authenticated`,
    headers: { authorization: `Bearer ${token}` },
  });
  report('token verification (bearer, RS256)', verified, bare, 'bare route');
}
