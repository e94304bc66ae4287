import autocannon from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly seconds?: number;
  readonly connections?: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
}

/** Drives one URL at full speed for a fixed time (bounded: loopback only, a few seconds). */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    duration: options.seconds ?? Number(process.env.BENCH_SECONDS ?? 5),
    connections: options.connections ?? 10,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** Prints a figure beside its baseline as a ratio. */
export function report(name: string, figure: LoadResult, baseline: LoadResult, baselineName: string): void {
  const ratio = figure.requestsPerSecond / baseline.requestsPerSecond;
  const line = [
    name.padEnd(44),
    `${figure.requestsPerSecond.toFixed(0).padStart(7)} req/s`,
    `(p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms)`,
    `vs ${baselineName} ${baseline.requestsPerSecond.toFixed(0)} req/s`,
    `ratio ${ratio.toFixed(2)}`,
  ].join('  ');
  process.stdout.write(`${line}\n`);
  if (figure.non2xx > 0 || baseline.non2xx > 0) {
    process.stdout.write(`  warning: ${figure.non2xx} non-2xx answers (baseline ${baseline.non2xx})\n`);
  }
}
