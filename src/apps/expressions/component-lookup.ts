import { type DataPath, formatDataPath, transposeDataPath } from './data-path.ts';
import { ExpressionFailure } from './errors.ts';
import type { ComponentNode, RowContext } from './layout/layout-tree.ts';
import { componentBinding } from './layout/layout-types.ts';
import { readModel } from './read-data.ts';
import type { Scope } from './scope.ts';
import type { ExprValue } from './values.ts';

function sameDataType(scope: Scope, a: RowContext, b: RowContext): boolean {
  const fallback = scope.data.defaultDataType();
  return (a.dataType ?? fallback) === (b.dataType ?? fallback);
}

function withoutIndexes(path: DataPath): DataPath {
  return path.map((segment) => ({ name: segment.name, indexes: [] }));
}

/** The occurrence is in the row the expression is evaluated in, or in a row that row lies inside. */
function isInCurrentRow(scope: Scope, occurrence: RowContext | undefined): boolean {
  if (occurrence === undefined) return true;
  const current = scope.row;
  if (current === undefined || !sameDataType(scope, occurrence, current)) return false;
  const expected = transposeDataPath(withoutIndexes(occurrence.path), current.path);
  return formatDataPath(expected) === formatDataPath(occurrence.path);
}

function contains(outer: RowContext, inner: RowContext): boolean {
  const outerText = formatDataPath(outer.path);
  const innerText = formatDataPath(inner.path);
  return (
    innerText === outerText || innerText.startsWith(`${outerText}.`) || innerText.startsWith(`${outerText}[`)
  );
}

/**
 * The occurrence of a component that belongs with the current row: for one inside repeating groups, the
 * occurrence in the same rows (groups bound to the same data count as the same rows); for one outside,
 * its only occurrence. Fails when there is none, e.g. looking into a repeating group from outside it.
 */
export function findComponent(scope: Scope, id: string): ComponentNode {
  const occurrence = scope.tree?.occurrencesOf(id).find((node) => isInCurrentRow(scope, node.row?.context));
  if (occurrence === undefined) throw new ExpressionFailure(`Unable to find component with identifier ${id}`);
  return occurrence;
}

/**
 * What a component's simple binding holds, null when the component is hidden. When the expression is
 * evaluated further down in the same rows (a rowsBefore cell of a nested group, say), the binding is
 * read in that deeper row.
 */
export function componentValue(scope: Scope, node: ComponentNode): ExprValue {
  if (scope.isHidden(node)) return null;
  const binding = componentBinding(node.component, 'simpleBinding');
  if (binding === undefined) return null;
  const own = node.row?.context;
  const current = scope.row;
  const row =
    current !== undefined &&
    (own === undefined || (sameDataType(scope, own, current) && contains(own, current)))
      ? current
      : own;
  return readModel(scope, binding.field, binding.dataType, row);
}
