import path from 'node:path';
import { filesEndingWith, isFile } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';
import { jsonPath } from './json-path.ts';
import { isJsonObject, isStringArray, type JsonObject } from './json-value.ts';
import { componentPath } from './layout-component-path.ts';
import type { LayoutComponent, LayoutFolder, LayoutPage } from './loaded-app.ts';
import { readJsonFile } from './read-json-file.ts';
import { LAYOUTS_FOLDER, LEGACY_FORM_LAYOUT_FILE, SETTINGS_FILE } from './ui-files.ts';

function readComponents(
  document: JsonObject,
  file: string,
  problems: ProblemList,
): LayoutComponent[] | undefined {
  const data = document.data;
  const layout = isJsonObject(data) ? data.layout : undefined;
  if (!Array.isArray(layout)) {
    problems.error(file, 'a layout page must be { "data": { "layout": [components] } }', 'data.layout');
    return undefined;
  }
  const components: LayoutComponent[] = [];
  layout.forEach((component, index) => {
    const where = ['data', 'layout', index] as const;
    if (!isJsonObject(component)) {
      problems.error(file, 'a component must be an object', jsonPath(where));
    } else if (typeof component.id !== 'string' || component.id === '') {
      problems.error(file, 'the component has no id', jsonPath([...where, 'id']));
    } else if (typeof component.type !== 'string' || component.type === '') {
      problems.error(file, `component "${component.id}" has no type`, jsonPath([...where, 'type']));
    } else {
      components.push({ id: component.id, type: component.type, definition: component });
    }
  });
  return components;
}

async function readPage(file: string, name: string, problems: ProblemList): Promise<LayoutPage | undefined> {
  const document = await readJsonFile(file, problems);
  if (document === undefined) return undefined;
  if (!isJsonObject(document)) {
    problems.error(file, 'a layout page must be a JSON object');
    return undefined;
  }
  const components = readComponents(document, file, problems);
  return components === undefined ? undefined : { name, file, components, document };
}

/** Page names in the order Settings.json gives: `pages.order`, or the pages of `pages.groups`. */
function pageOrderOf(settings: JsonObject, file: string, problems: ProblemList): string[] | undefined {
  const pages = settings.pages;
  if (!isJsonObject(pages)) return undefined;
  if (pages.order !== undefined) {
    if (isStringArray(pages.order)) return pages.order;
    problems.error(file, 'must be a list of page names', 'pages.order');
    return undefined;
  }
  if (!Array.isArray(pages.groups)) return undefined;
  const order: string[] = [];
  pages.groups.forEach((group, index) => {
    if (isJsonObject(group) && isStringArray(group.order)) order.push(...group.order);
    else
      problems.error(
        file,
        'a page group needs an "order" list of page names',
        jsonPath(['pages', 'groups', index, 'order']),
      );
  });
  return order;
}

function checkUniqueComponentIds(pages: Iterable<LayoutPage>, problems: ProblemList): void {
  const firstSeen = new Map<string, string>();
  for (const page of pages) {
    for (const component of page.components) {
      const earlier = firstSeen.get(component.id);
      if (earlier !== undefined) {
        const where = earlier === page.name ? 'on this page' : `on page "${earlier}"`;
        problems.error(
          page.file,
          `the component id "${component.id}" is also used ${where}; ids must be unique in a layout set`,
          componentPath(page, component, 'id'),
        );
      } else {
        firstSeen.set(component.id, page.name);
      }
    }
  }
}

async function readPages(folder: string, problems: ProblemList): Promise<Map<string, LayoutPage>> {
  const pages = new Map<string, LayoutPage>();
  const layoutsFolder = path.join(folder, LAYOUTS_FOLDER);
  for (const fileName of await filesEndingWith(layoutsFolder, '.json')) {
    const name = fileName.slice(0, -'.json'.length);
    const page = await readPage(path.join(layoutsFolder, fileName), name, problems);
    if (page !== undefined) pages.set(name, page);
  }
  const legacyFile = path.join(folder, LEGACY_FORM_LAYOUT_FILE);
  if (pages.size === 0 && (await isFile(legacyFile))) {
    const page = await readPage(legacyFile, 'FormLayout', problems);
    if (page !== undefined) pages.set(page.name, page);
  }
  return pages;
}

/** Reads the pages (`layouts/*.json`) and `Settings.json` of a UI folder. */
export async function readLayoutFolder(folder: string, problems: ProblemList): Promise<LayoutFolder> {
  const pages = await readPages(folder, problems);
  checkUniqueComponentIds(pages.values(), problems);
  const settingsFile = path.join(folder, SETTINGS_FILE);
  let settings: JsonObject | undefined;
  let order: string[] | undefined;
  if (await isFile(settingsFile)) {
    const document = await readJsonFile(settingsFile, problems);
    if (document !== undefined && !isJsonObject(document))
      problems.error(settingsFile, 'Settings.json must be a JSON object');
    if (isJsonObject(document)) {
      settings = document;
      order = pageOrderOf(document, settingsFile, problems);
    }
  }
  for (const name of order ?? []) {
    if (!pages.has(name))
      problems.warning(
        settingsFile,
        `the page "${name}" in the page order has no layout file; it is left out`,
        'pages',
      );
  }
  return {
    folder,
    pages,
    ...(settings === undefined ? {} : { settings }),
    pageOrder: order?.filter((name) => pages.has(name)) ?? [...pages.keys()].sort(),
  };
}
