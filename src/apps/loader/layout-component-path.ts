import { jsonPath } from './json-path.ts';
import { isJsonObject } from './json-value.ts';
import type { LayoutComponent, LayoutPage } from './loaded-app.ts';

/** The JSON path of a component (or one of its properties) in its page file: `data.layout[3].id`. */
export function componentPath(
  page: LayoutPage,
  component: LayoutComponent,
  ...keys: (string | number)[]
): string {
  const data = page.document.data;
  const index =
    isJsonObject(data) && Array.isArray(data.layout) ? data.layout.indexOf(component.definition) : -1;
  return jsonPath(['data', 'layout', index, ...keys]);
}
