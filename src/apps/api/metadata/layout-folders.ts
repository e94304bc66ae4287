import { notFound } from '../../../core/errors.ts';
import type { JsonObject, LayoutFolder, LayoutSet, LoadedApp } from '../../loader/index.ts';

export function layoutSetOf(app: LoadedApp, layoutSetId: string): LayoutSet {
  const set = app.ui.layoutSets.find((candidate) => candidate.id === layoutSetId);
  if (set === undefined) {
    throw notFound('layout_set_not_found', `The app ${app.id} has no layout set "${layoutSetId}"`);
  }
  return set;
}

/** Every page of a UI folder, keyed by page name, as its file holds it. */
export const pagesOf = (folder: LayoutFolder): Record<string, JsonObject> =>
  Object.fromEntries([...folder.pages.values()].map((page) => [page.name, page.document]));
