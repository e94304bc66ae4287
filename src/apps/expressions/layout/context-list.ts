import type { LayoutNode, LayoutTree } from './layout-tree.ts';

/**
 * Where an expression can be evaluated: a page, or one occurrence of a component. The shape is that of
 * the `expectedContexts` in Altinn's shared test suite; `rowIndices` and `children` are left out when empty.
 */
export interface ComponentContext {
  readonly component: string;
  readonly currentLayout: string;
  readonly rowIndices?: readonly number[];
  readonly children?: readonly ComponentContext[];
}

function toContext(node: LayoutNode): ComponentContext {
  const children = node.children.map(toContext);
  return {
    component: node.id,
    currentLayout: node.kind === 'page' ? node.id : node.page.id,
    ...(node.rowIndices.length > 0 ? { rowIndices: node.rowIndices } : {}),
    ...(children.length > 0 ? { children } : {}),
  };
}

/** Every page with the occurrences of its components, repeating-group rows expanded from the data. */
export function contextList(tree: LayoutTree): ComponentContext[] {
  return tree.pages.map(toContext);
}
