import type { ProblemList } from './app-problem.ts';
import type { AppMetadata, PrefillConfig, ValidationConfig } from './loaded-app.ts';

/** Prefill and validation files are named after a data type; warns about those that name none. */
export function checkConfigReferences(
  metadata: AppMetadata,
  prefill: ReadonlyMap<string, PrefillConfig>,
  validationConfigs: ReadonlyMap<string, ValidationConfig>,
  problems: ProblemList,
): void {
  const dataTypeIds = new Set(metadata.dataTypes.map((dataType) => dataType.id));
  for (const [dataTypeId, config] of prefill) {
    if (!dataTypeIds.has(dataTypeId)) {
      problems.warning(
        config.file,
        `"${dataTypeId}" is not a data type of the app, so this prefill is never used`,
      );
    }
  }
  for (const [dataTypeId, config] of validationConfigs) {
    if (!dataTypeIds.has(dataTypeId)) {
      problems.warning(
        config.file,
        `"${dataTypeId}" is not a data type of the app, so these validations never run`,
      );
    }
  }
}
