import type { ProblemList } from './app-problem.ts';
import { isJsonObject, isStringArray } from './json-value.ts';
import { componentPath } from './layout-component-path.ts';
import type { LayoutComponent, LayoutFolder, LayoutPage } from './loaded-app.ts';

export interface LayoutContext {
  readonly dataTypeIds: ReadonlySet<string>;
  readonly layoutSetIds: ReadonlySet<string>;
}

const UPLOAD_TYPES = new Set(['FileUpload', 'FileUploadWithTag', 'ImageUpload']);

function checkComponent(
  page: LayoutPage,
  component: LayoutComponent,
  componentIds: ReadonlySet<string>,
  context: LayoutContext,
  problems: ProblemList,
): void {
  const at = (...keys: string[]) => componentPath(page, component, ...keys);
  const { dataModelBindings, children, layoutSet } = component.definition;
  if (isJsonObject(dataModelBindings)) {
    for (const [role, binding] of Object.entries(dataModelBindings)) {
      if (
        isJsonObject(binding) &&
        typeof binding.dataType === 'string' &&
        !context.dataTypeIds.has(binding.dataType)
      ) {
        problems.warning(
          page.file,
          `binds to the data type "${binding.dataType}", which the app does not have`,
          at('dataModelBindings', role, 'dataType'),
        );
      }
    }
  }
  if (isStringArray(children)) {
    for (const child of children) {
      // Multi-page repeating groups write children as "{page}:{id}".
      const childId = child.replace(/^\d+:/, '');
      if (!componentIds.has(childId)) {
        problems.warning(
          page.file,
          `the child "${childId}" is not a component of this layout set`,
          at('children'),
        );
      }
    }
  }
  if (component.type === 'Subform' && typeof layoutSet === 'string' && !context.layoutSetIds.has(layoutSet)) {
    problems.warning(page.file, `the subform's layout set "${layoutSet}" does not exist`, at('layoutSet'));
  }
  if (UPLOAD_TYPES.has(component.type) && !context.dataTypeIds.has(component.id)) {
    problems.warning(
      page.file,
      `uploads go to the data type named by the component id, and "${component.id}" is not a data type`,
      at('id'),
    );
  }
}

/** Checks what a layout folder's components refer to: data types, other components, layout sets. */
export function checkLayoutReferences(
  folder: LayoutFolder,
  context: LayoutContext,
  problems: ProblemList,
): void {
  const componentIds = new Set(
    [...folder.pages.values()].flatMap((page) => page.components.map((c) => c.id)),
  );
  for (const page of folder.pages.values()) {
    for (const component of page.components) checkComponent(page, component, componentIds, context, problems);
  }
}
