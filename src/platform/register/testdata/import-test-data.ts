import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { BUILT_IN_SERVICE_OWNERS } from './built-in-service-owners.ts';
import { readTestDataSource } from './read-test-data-source.ts';
import { emptyTestDataSet, mergeTestDataSet } from './test-data-set.ts';
import { writeTestData } from './write-test-data.ts';

/** Tinn's own default test set, at the repository root. */
export const DEFAULT_TEST_DATA_DIR = fileURLToPath(new URL('../../../../testdata', import.meta.url));

export interface ImportTarget {
  readonly db: Kysely<unknown>;
}

export interface ImportCounts {
  readonly parties: number;
  readonly partylessOrganizations: number;
  readonly users: number;
  readonly roles: number;
  readonly partyAccess: number;
  readonly serviceOwners: number;
  readonly systemUsers: number;
}

export interface ImportResult {
  readonly sources: readonly string[];
  /** What the imported sets hold (service owners include the built-in ones). */
  readonly counts: ImportCounts;
  /** Rows inserted, updated or deleted; 0 when importing again changed nothing. */
  readonly changedRows: number;
  readonly warnings: readonly string[];
}

/**
 * Reads every path (app-localtest folders, testData.json files, altinn-orgs.json files; later paths win
 * on the same id), seeds the built-in service owners (`ttd`, `tinn`) and writes it all in one transaction.
 * Importing the same data twice changes nothing; importing changed data updates it.
 */
export async function importTestData(paths: readonly string[], target: ImportTarget): Promise<ImportResult> {
  const sources = paths.map((source) => path.resolve(source));
  const set = emptyTestDataSet();
  for (const source of sources) mergeTestDataSet(set, await readTestDataSource(source));
  const written = await writeTestData(target.db, set, BUILT_IN_SERVICE_OWNERS);
  const count = <T>(groups: Iterable<readonly T[]>) =>
    [...groups].reduce((sum, group) => sum + group.length, 0);
  const serviceOwners = new Set([
    ...BUILT_IN_SERVICE_OWNERS.map((owner) => owner.org),
    ...set.serviceOwners.keys(),
  ]);
  return {
    sources,
    counts: {
      parties: set.parties.size,
      partylessOrganizations: set.partylessOrganizations.size,
      users: set.users.size,
      roles: count(set.roles.values()),
      partyAccess: count(set.partyAccess.values()),
      serviceOwners: serviceOwners.size,
      systemUsers: set.systemUsers.size,
    },
    changedRows: written.changedRows,
    warnings: [...set.warnings, ...written.warnings],
  };
}
