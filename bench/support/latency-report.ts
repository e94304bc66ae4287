import type { LoadResult } from './load.ts';

/** Prints a figure's latency (median, p99) beside its baseline's, with throughput for context. */
export function reportLatency(
  name: string,
  figure: LoadResult,
  baseline: LoadResult,
  baselineName: string,
): void {
  const line = [
    name.padEnd(44),
    `p50 ${String(figure.p50Ms).padStart(4)} ms  p99 ${String(figure.p99Ms).padStart(4)} ms`,
    `${figure.requestsPerSecond.toFixed(0).padStart(6)} req/s`,
    `vs ${baselineName} p50 ${baseline.p50Ms} ms p99 ${baseline.p99Ms} ms`,
    `ratio ${(baseline.requestsPerSecond / figure.requestsPerSecond).toFixed(1)}x time`,
  ].join('  ');
  process.stdout.write(`${line}\n`);
  if (figure.non2xx > 0) process.stdout.write(`  warning: ${figure.non2xx} non-2xx answers\n`);
}
