import path from 'node:path';
import { filesEndingWith, subfolders } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject } from './json-value.ts';
import type { ValidationConfig } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';
import { MODELS_FOLDER } from './read-models.ts';
import { UI_FOLDER } from './ui-files.ts';

const SUFFIX = '.validation.json';

function checkRules(config: ValidationConfig, problems: ProblemList): void {
  for (const [field, rules] of Object.entries(config.validations)) {
    if (!Array.isArray(rules)) {
      problems.error(config.file, 'must be a list of validations', jsonPath(['validations', field]));
      continue;
    }
    rules.forEach((rule, index) => {
      const where = jsonPath(['validations', field, index]);
      if (typeof rule === 'string') {
        if (!(rule in config.definitions)) {
          problems.warning(config.file, `refers to "${rule}", which is not in "definitions"`, where);
        }
      } else if (!isJsonObject(rule)) {
        problems.error(
          config.file,
          'a validation is an object with a condition and a message, or a definition name',
          where,
        );
      }
    });
  }
}

async function readValidationFile(
  file: string,
  problems: ProblemList,
): Promise<ValidationConfig | undefined> {
  const document = await readJsonFile(file, problems);
  if (document === undefined) return undefined;
  if (
    !isJsonObject(document) ||
    !isJsonObject(document.validations ?? {}) ||
    !isJsonObject(document.definitions ?? {})
  ) {
    problems.error(
      file,
      'a validation file must be an object with "validations" (and "definitions") objects',
    );
    return undefined;
  }
  const config: ValidationConfig = {
    file,
    validations: isJsonObject(document.validations) ? document.validations : {},
    definitions: isJsonObject(document.definitions) ? document.definitions : {},
  };
  checkRules(config, problems);
  return config;
}

/**
 * Reads `{dataType}.validation.json` files, by data type id: from `models/` (where Altinn's runtime looks)
 * and from the UI folders next to the layouts.
 */
export async function readValidationConfigs(
  appDir: string,
  problems: ProblemList,
): Promise<Map<string, ValidationConfig>> {
  const ui = path.join(appDir, UI_FOLDER);
  const folders = [
    path.join(appDir, MODELS_FOLDER),
    ui,
    ...(await subfolders(ui)).map((name) => path.join(ui, name)),
  ];
  const configs = new Map<string, ValidationConfig>();
  for (const folder of folders) {
    for (const fileName of await filesEndingWith(folder, SUFFIX)) {
      const dataTypeId = fileName.slice(0, -SUFFIX.length);
      const config = await readValidationFile(path.join(folder, fileName), problems);
      if (config === undefined) continue;
      const earlier = configs.get(dataTypeId);
      if (earlier !== undefined) {
        problems.warning(
          config.file,
          `${earlier.file} already gives the validations of "${dataTypeId}"; this file is ignored`,
        );
        continue;
      }
      configs.set(dataTypeId, config);
    }
  }
  return configs;
}
