import path from 'node:path';
import { isDirectory, isFile } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject, isStringArray, type JsonObject, type JsonValue } from './json-value.ts';
import type { AppUi, LayoutSet } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';
import { readLayoutFolder } from './read-layout-folder.ts';
import {
  FOOTER_FILE,
  LAYOUT_SETS_FILE,
  LAYOUTS_FOLDER,
  LEGACY_FORM_LAYOUT_FILE,
  SETTINGS_FILE,
  UI_FOLDER,
} from './ui-files.ts';

interface SetEntry {
  readonly id: string;
  readonly dataType?: string;
  readonly tasks: readonly string[];
  readonly type?: string;
}

function readSetEntry(
  entry: JsonValue,
  index: number,
  file: string,
  problems: ProblemList,
): SetEntry | undefined {
  const where = (key: string) => jsonPath(['sets', index, key]);
  if (!isJsonObject(entry) || typeof entry.id !== 'string' || entry.id === '') {
    problems.error(file, 'a layout set needs an "id"', where('id'));
    return undefined;
  }
  const { id, dataType, tasks, type } = entry;
  if (dataType !== undefined && typeof dataType !== 'string') {
    problems.error(file, 'must be the id of a data type', where('dataType'));
    return undefined;
  }
  if (tasks !== undefined && !isStringArray(tasks)) {
    problems.error(file, 'must be a list of task ids', where('tasks'));
    return undefined;
  }
  return {
    id,
    ...(dataType === undefined ? {} : { dataType }),
    tasks: tasks ?? [],
    ...(typeof type === 'string' ? { type } : {}),
  };
}

async function readLayoutSets(
  ui: string,
  document: JsonObject,
  file: string,
  problems: ProblemList,
): Promise<LayoutSet[]> {
  if (!Array.isArray(document.sets)) {
    problems.error(file, 'layout-sets.json needs a "sets" list', 'sets');
    return [];
  }
  const sets: LayoutSet[] = [];
  for (const [index, raw] of document.sets.entries()) {
    const entry = readSetEntry(raw, index, file, problems);
    if (entry === undefined) continue;
    if (sets.some((set) => set.id === entry.id)) {
      problems.error(
        file,
        `the layout set id "${entry.id}" is used more than once`,
        jsonPath(['sets', index, 'id']),
      );
      continue;
    }
    const folder = path.join(ui, entry.id);
    if (!(await isDirectory(path.join(folder, LAYOUTS_FOLDER)))) {
      problems.warning(
        file,
        `the layout set "${entry.id}" has no ${path.join(entry.id, LAYOUTS_FOLDER)} folder`,
        jsonPath(['sets', index, 'id']),
      );
    }
    sets.push({ ...entry, ...(await readLayoutFolder(folder, problems)) });
  }
  return sets;
}

async function readFooter(ui: string, problems: ProblemList): Promise<JsonValue | undefined> {
  const file = path.join(ui, FOOTER_FILE);
  if (!(await isFile(file))) return undefined;
  const footer = await readJsonFile(file, problems);
  if (footer !== undefined && !(isJsonObject(footer) && Array.isArray(footer.footer))) {
    problems.warning(file, 'a footer file is { "footer": [components] }', 'footer');
  }
  return footer;
}

/**
 * Reads `ui/`: the layout sets of `layout-sets.json` with their pages and settings, or else the older
 * single `ui/layouts` folder with `ui/Settings.json`, and `footer.json`.
 */
export async function readUi(appDir: string, problems: ProblemList): Promise<AppUi> {
  const ui = path.join(appDir, UI_FOLDER);
  const footer = await readFooter(ui, problems);
  const withFooter = footer === undefined ? {} : { footer };
  const setsFile = path.join(ui, LAYOUT_SETS_FILE);
  if (await isFile(setsFile)) {
    const document = await readJsonFile(setsFile, problems);
    if (document === undefined) return { layoutSets: [], ...withFooter };
    if (!isJsonObject(document)) {
      problems.error(setsFile, 'layout-sets.json must be a JSON object with "sets"');
      return { layoutSets: [], ...withFooter };
    }
    const layoutSets = await readLayoutSets(ui, document, setsFile, problems);
    return { layoutSetsDocument: document, layoutSets, ...withFooter };
  }
  const hasSingleLayout =
    (await isDirectory(path.join(ui, LAYOUTS_FOLDER))) ||
    (await isFile(path.join(ui, LEGACY_FORM_LAYOUT_FILE))) ||
    (await isFile(path.join(ui, SETTINGS_FILE)));
  if (!hasSingleLayout) return { layoutSets: [], ...withFooter };
  return { layoutSets: [], singleLayout: await readLayoutFolder(ui, problems), ...withFooter };
}
