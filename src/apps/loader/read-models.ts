import path from 'node:path';
import { filesEndingWith } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { compileJsonSchema } from './compile-json-schema.ts';
import { isJsonObject } from './json-value.ts';
import type { AppModel } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';

export const MODELS_FOLDER = 'models';
const SCHEMA_SUFFIX = '.schema.json';
const XSD_SUFFIX = '.xsd';

async function readModel(
  folder: string,
  name: string,
  xsdNames: ReadonlySet<string>,
  problems: ProblemList,
): Promise<AppModel | undefined> {
  const schemaFile = path.join(folder, `${name}${SCHEMA_SUFFIX}`);
  const schema = await readJsonFile(schemaFile, problems);
  if (schema === undefined) return undefined;
  if (!isJsonObject(schema)) {
    problems.error(schemaFile, 'a JSON Schema must be a JSON object');
    return undefined;
  }
  const compiled = compileJsonSchema(schema);
  for (const warning of compiled.warnings) problems.warning(schemaFile, warning);
  if (!compiled.ok) {
    problems.error(schemaFile, `the JSON Schema does not compile: ${compiled.message}`);
    return undefined;
  }
  return {
    name,
    schemaFile,
    schema,
    validate: compiled.validate,
    ...(xsdNames.has(name) ? { xsdFile: path.join(folder, `${name}${XSD_SUFFIX}`) } : {}),
  };
}

/** Reads and compiles `models/*.schema.json`, noting the `.xsd` beside each; by model name. */
export async function readModels(appDir: string, problems: ProblemList): Promise<Map<string, AppModel>> {
  const folder = path.join(appDir, MODELS_FOLDER);
  const xsdNames = new Set(
    (await filesEndingWith(folder, XSD_SUFFIX)).map((name) => name.slice(0, -XSD_SUFFIX.length)),
  );
  const models = new Map<string, AppModel>();
  for (const fileName of await filesEndingWith(folder, SCHEMA_SUFFIX)) {
    const name = fileName.slice(0, -SCHEMA_SUFFIX.length);
    const model = await readModel(folder, name, xsdNames, problems);
    if (model !== undefined) models.set(name, model);
  }
  for (const name of xsdNames) {
    if (
      !models.has(name) &&
      !problems.all.some((p) => p.file === path.join(folder, `${name}${SCHEMA_SUFFIX}`))
    ) {
      problems.warning(
        path.join(folder, `${name}${XSD_SUFFIX}`),
        `there is no ${name}${SCHEMA_SUFFIX} beside this XSD; data models are read from JSON Schema only`,
      );
    }
  }
  return models;
}
