import path from 'node:path';
import { filesEndingWith } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject, type JsonValue } from './json-value.ts';
import type { AppOption, AppOptions } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';

export const OPTIONS_FOLDER = 'options';

const isOptionValue = (value: JsonValue | undefined): value is AppOption['value'] =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

function toOption(
  item: JsonValue,
  index: number,
  file: string,
  problems: ProblemList,
): AppOption | undefined {
  if (!isJsonObject(item) || !isOptionValue(item.value) || typeof item.label !== 'string') {
    problems.warning(
      file,
      'an option needs a "value" (text, number, boolean or null) and a "label" text; it is left out',
      jsonPath([index]),
    );
    return undefined;
  }
  const { value, label, description, helpText } = item;
  return {
    value,
    label,
    ...(typeof description === 'string' ? { description } : {}),
    ...(typeof helpText === 'string' ? { helpText } : {}),
  };
}

/** Reads the static code lists `options/{optionsId}.json`, by options id. */
export async function readOptions(appDir: string, problems: ProblemList): Promise<Map<string, AppOptions>> {
  const folder = path.join(appDir, OPTIONS_FOLDER);
  const options = new Map<string, AppOptions>();
  for (const fileName of await filesEndingWith(folder, '.json')) {
    const file = path.join(folder, fileName);
    const document = await readJsonFile(file, problems);
    if (document === undefined) continue;
    if (!Array.isArray(document)) {
      problems.error(file, 'an options file must be a JSON array of { "value", "label" }');
      continue;
    }
    const list = document.flatMap((item, index) => toOption(item, index, file, problems) ?? []);
    options.set(fileName.slice(0, -'.json'.length), { file, options: list });
  }
  return options;
}
