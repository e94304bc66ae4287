import fs from 'node:fs/promises';
import { jsonFilesIn, readJsonOrWarn } from './folder-files.ts';
import { isLocaltestFolder, readLocaltestFolder } from './read-localtest-folder.ts';
import { isServiceOwnersDocument, readServiceOwnersDocument } from './read-service-owners-file.ts';
import { isTestUsersDocument, readTestUsersDocument } from './read-test-users-file.ts';
import { emptyTestDataSet, mergeTestDataSet, type TestDataSet } from './test-data-set.ts';

async function readJsonSource(file: string): Promise<TestDataSet> {
  const set = emptyTestDataSet();
  const json = await readJsonOrWarn(file, set.warnings);
  if (isTestUsersDocument(json)) return readTestUsersDocument(json, file);
  if (isServiceOwnersDocument(json)) return readServiceOwnersDocument(json, file);
  if (json !== undefined)
    set.warnings.push(`${file}: skipped, neither a testData.json nor an altinn-orgs.json`);
  return set;
}

/**
 * Reads one test data source: an app-localtest `testdata/` folder, a `testData.json` (test-users v1),
 * an `altinn-orgs.json` service-owner list, or a folder of such JSON files. A path that does not
 * exist is an error; a file that cannot be used is a warning.
 */
export async function readTestDataSource(source: string): Promise<TestDataSet> {
  const stat = await fs.stat(source).catch(() => undefined);
  if (stat === undefined) throw new Error(`Test data not found: ${source}`);
  if (stat.isFile()) return readJsonSource(source);
  if (await isLocaltestFolder(source)) return readLocaltestFolder(source);
  const set = emptyTestDataSet();
  const files = await jsonFilesIn(source);
  if (files.length === 0) set.warnings.push(`${source}: no test data found in this folder`);
  for (const { file } of files) mergeTestDataSet(set, await readJsonSource(file));
  return set;
}
