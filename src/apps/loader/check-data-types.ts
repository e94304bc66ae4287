import path from 'node:path';
import type { ProcessDefinition } from '../process/definition/index.ts';
import { METADATA_FILE } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { jsonPath } from './json-path.ts';
import type { AppDataField, AppDataType, AppMetadata, AppModel } from './loaded-app.ts';

/** Model names a form data type may use: its id, then `schemaRef`'s file name, then `classRef`'s class name. */
export function modelNameCandidates(dataType: AppDataType): string[] {
  const candidates = [dataType.id];
  const { schemaRef, classRef } = dataType.appLogic ?? {};
  if (schemaRef) {
    const base = schemaRef.split(/[\\/]/).pop() ?? '';
    candidates.push(base.replace(/(\.schema)?\.json$|\.xsd$/, ''));
  }
  if (classRef) candidates.push(classRef.split('.').pop() ?? '');
  return [...new Set(candidates.filter((name) => name !== ''))];
}

function checkFields(
  fields: readonly AppDataField[] | undefined,
  key: 'presentationFields' | 'dataFields',
  dataTypeIds: ReadonlySet<string>,
  file: string,
  problems: ProblemList,
): void {
  fields?.forEach((field, index) => {
    if (field.dataTypeId !== undefined && !dataTypeIds.has(field.dataTypeId)) {
      problems.warning(
        file,
        `"${field.dataTypeId}" is not a data type of the app`,
        jsonPath([key, index, 'dataTypeId']),
      );
    }
  });
}

/**
 * Checks the data types against the process and the models, and finds the model of each form data type.
 * Returns that model by data type id.
 */
export function checkDataTypes(
  appDir: string,
  metadata: AppMetadata,
  process: ProcessDefinition,
  models: ReadonlyMap<string, AppModel>,
  problems: ProblemList,
): Map<string, AppModel> {
  const file = path.join(appDir, METADATA_FILE);
  const dataTypeModels = new Map<string, AppModel>();
  metadata.dataTypes.forEach((dataType, index) => {
    if (dataType.taskId !== undefined && !process.nodes.has(dataType.taskId)) {
      problems.warning(
        file,
        `the task "${dataType.taskId}" is not in the process, so this data type never belongs to a task`,
        jsonPath(['dataTypes', index, 'taskId']),
      );
    }
    if (dataType.appLogic === undefined) return;
    const candidates = modelNameCandidates(dataType);
    const model = candidates.map((name) => models.get(name)).find((found) => found !== undefined);
    if (model === undefined) {
      problems.warning(
        file,
        `the form data type "${dataType.id}" has no JSON Schema (looked for ${candidates.map((name) => `models/${name}.schema.json`).join(', ')}), so its data cannot be validated`,
        jsonPath(['dataTypes', index, 'appLogic']),
      );
      return;
    }
    dataTypeModels.set(dataType.id, model);
  });
  const dataTypeIds = new Set(metadata.dataTypes.map((dataType) => dataType.id));
  checkFields(metadata.presentationFields, 'presentationFields', dataTypeIds, file, problems);
  checkFields(metadata.dataFields, 'dataFields', dataTypeIds, file, problems);
  return dataTypeModels;
}
