import path from 'node:path';
import { TextResourceInputSchema } from '../../platform/storage/applications/index.ts';
import { filesEndingWith } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { shapeCheck } from './check-document-shape.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject } from './json-value.ts';
import type { AppTexts, TextResource } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';

export const TEXTS_FOLDER = path.join('config', 'texts');

const FILE_NAME = /^resource\.(.+)\.json$/;
const TWO_LETTERS = /^[A-Za-z]{2}$/;

// The shape Storage accepts for a text resource, so that the texts of a folder that loads also install.
const checkShape = shapeCheck(TextResourceInputSchema, 'not as Storage accepts text resources');

async function readTextsFile(
  file: string,
  language: string,
  problems: ProblemList,
): Promise<AppTexts | undefined> {
  const document = await readJsonFile(file, problems);
  if (document === undefined) return undefined;
  if (!isJsonObject(document)) {
    problems.error(file, 'a text resource file must be a JSON object with "resources"');
    return undefined;
  }
  if (typeof document.language === 'string' && document.language !== language) {
    problems.warning(
      file,
      `the language "${document.language}" differs from the file name's "${language}"; the file name wins`,
      'language',
    );
  }
  if (!checkShape({ ...document, language }, file, problems)) return undefined;
  const resources = (document.resources ?? []) as unknown as TextResource[];
  const seen = new Set<string>();
  resources.forEach((resource, index) => {
    if (seen.has(resource.id)) {
      problems.warning(
        file,
        `the text id "${resource.id}" is used more than once; the last wins`,
        jsonPath(['resources', index, 'id']),
      );
    }
    seen.add(resource.id);
  });
  return { file, language, resources };
}

/** Reads `config/texts/resource.{language}.json`, by language. */
export async function readTexts(appDir: string, problems: ProblemList): Promise<Map<string, AppTexts>> {
  const folder = path.join(appDir, TEXTS_FOLDER);
  const texts = new Map<string, AppTexts>();
  for (const name of await filesEndingWith(folder, '.json')) {
    const file = path.join(folder, name);
    const language = FILE_NAME.exec(name)?.[1];
    if (language === undefined) {
      problems.warning(file, 'not a text resource file (resource.{language}.json); it is ignored');
      continue;
    }
    if (!TWO_LETTERS.test(language)) {
      problems.warning(
        file,
        `"${language}" is not a two-letter language code, so the texts are never served`,
      );
      continue;
    }
    const loaded = await readTextsFile(file, language.toLowerCase(), problems);
    if (loaded !== undefined) texts.set(loaded.language, loaded);
  }
  if (texts.size === 0 && !problems.all.some((problem) => problem.file.startsWith(folder))) {
    problems.warning(folder, 'the app has no text resources');
  }
  return texts;
}
