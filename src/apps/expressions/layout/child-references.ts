import type { ComponentJson } from './layout-types.ts';

/**
 * The components a container places inside itself, by id. `before` and `after` are the grid rows a
 * repeating group shows above and below its rows (`rowsBefore`/`rowsAfter`); they are not repeated.
 */
export interface ChildReferences {
  readonly before: readonly string[];
  readonly children: readonly string[];
  readonly after: readonly string[];
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Ids in grid rows: cells holding `component` (a cell with `labelFrom` only borrows a label). */
function gridComponents(rows: unknown): string[] {
  return records(rows).flatMap((row) =>
    records(row.cells).flatMap((cell) => (typeof cell.component === 'string' ? [cell.component] : [])),
  );
}

/** Multi-page repeating groups (layout v3) write children as `pageIndex:componentId`. */
function withoutPagePrefix(id: string): string {
  return id.replace(/^\d+:/, '');
}

export function childReferences(component: ComponentJson): ChildReferences {
  const children = [
    ...strings(component.children).map(withoutPagePrefix),
    ...gridComponents(component.type === 'Grid' ? component.rows : undefined),
    ...records(component.tabs).flatMap((tab) => strings(tab.children)),
    ...records(component.cards).flatMap((card) => [
      ...(typeof card.media === 'string' ? [card.media] : []),
      ...strings(card.children),
    ]),
  ];
  return {
    before: gridComponents(component.rowsBefore),
    children,
    after: gridComponents(component.rowsAfter),
  };
}

export function allChildIds(references: ChildReferences): string[] {
  return [...references.before, ...references.children, ...references.after];
}
