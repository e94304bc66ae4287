import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../../../core/config.ts';
import { DEFAULT_TEST_DATA_DIR, type ImportResult, importTestData } from './import-test-data.ts';

/** What to import at start: the configured sets, else Tinn's own set in development mode, else nothing. */
export function testDataPathsAtStart(config: Config): readonly string[] {
  if (config.testData.length > 0) return config.testData;
  return config.mode === 'development' ? [DEFAULT_TEST_DATA_DIR] : [];
}

export async function importTestDataAtStart(
  config: Config,
  db: Kysely<unknown>,
  log: FastifyBaseLogger,
): Promise<ImportResult | undefined> {
  const paths = testDataPathsAtStart(config);
  if (paths.length === 0) return undefined;
  const result = await importTestData(paths, { db });
  for (const warning of result.warnings) log.warn({ testData: true }, warning);
  log.info(
    { sources: result.sources, counts: result.counts, changedRows: result.changedRows },
    'test data imported',
  );
  return result;
}
