import path from 'node:path';
import { filesEndingWith } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject, type JsonObject } from './json-value.ts';
import type { PrefillConfig } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';
import { MODELS_FOLDER } from './read-models.ts';

const SUFFIX = '.prefill.json';
const SECTIONS = {
  ER: 'er',
  DSF: 'dsf',
  UserProfile: 'userProfile',
  QueryParameters: 'queryParameters',
} as const;
type SectionKey = keyof typeof SECTIONS;

function readSection(document: JsonObject, key: SectionKey, file: string, problems: ProblemList) {
  const section = document[key];
  if (section === undefined || section === null) return {};
  if (!isJsonObject(section)) {
    problems.warning(file, 'must be an object of source field → model path; it is ignored', key);
    return {};
  }
  const mapping: Record<string, string> = {};
  for (const [source, target] of Object.entries(section)) {
    if (typeof target === 'string' && target.trim() !== '') mapping[source] = target;
    else
      problems.warning(
        file,
        'the model path must be a non-empty string; the entry is ignored',
        jsonPath([key, source]),
      );
  }
  return mapping;
}

async function readPrefillFile(file: string, problems: ProblemList): Promise<PrefillConfig | undefined> {
  const document = await readJsonFile(file, problems);
  if (document === undefined) return undefined;
  if (!isJsonObject(document)) {
    problems.error(file, 'a prefill file must be a JSON object');
    return undefined;
  }
  for (const key of Object.keys(document)) {
    if (key !== '$schema' && key !== 'allowOverwrite' && !(key in SECTIONS)) {
      problems.warning(
        file,
        `"${key}" is not a prefill source (ER, DSF, UserProfile, QueryParameters); it is ignored`,
        jsonPath([key]),
      );
    }
  }
  const { allowOverwrite } = document;
  if (allowOverwrite !== undefined && typeof allowOverwrite !== 'boolean') {
    problems.warning(file, 'must be true or false; false is used', 'allowOverwrite');
  }
  return {
    file,
    allowOverwrite: allowOverwrite === true,
    er: readSection(document, 'ER', file, problems),
    dsf: readSection(document, 'DSF', file, problems),
    userProfile: readSection(document, 'UserProfile', file, problems),
    queryParameters: readSection(document, 'QueryParameters', file, problems),
  };
}

/** Reads `models/{dataType}.prefill.json`, by data type id. */
export async function readPrefill(
  appDir: string,
  problems: ProblemList,
): Promise<Map<string, PrefillConfig>> {
  const folder = path.join(appDir, MODELS_FOLDER);
  const prefill = new Map<string, PrefillConfig>();
  for (const fileName of await filesEndingWith(folder, SUFFIX)) {
    const config = await readPrefillFile(path.join(folder, fileName), problems);
    if (config !== undefined) prefill.set(fileName.slice(0, -SUFFIX.length), config);
  }
  return prefill;
}
