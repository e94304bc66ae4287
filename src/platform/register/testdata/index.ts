export { BUILT_IN_SERVICE_OWNERS, TINN_SERVICE_OWNER } from './built-in-service-owners.ts';
export { importTestDataAtStart, testDataPathsAtStart } from './import-at-start.ts';
export {
  DEFAULT_TEST_DATA_DIR,
  type ImportCounts,
  type ImportResult,
  type ImportTarget,
  importTestData,
} from './import-test-data.ts';
export { readTestDataSource } from './read-test-data-source.ts';
export type { TestDataSet } from './test-data-set.ts';
