import type { ExpressionDataAccess } from '../data-access.ts';
import {
  type DataPath,
  DataPathError,
  formatDataPath,
  parseDataPath,
  transposeDataPath,
  withRowIndex,
} from '../data-path.ts';
import { ExpressionValidationError, LayoutError } from '../errors.ts';
import type { Expression } from '../expression.ts';
import { parseExpression } from '../parse-expression.ts';
import { allChildIds, type ChildReferences, childReferences } from './child-references.ts';
import {
  type ComponentJson,
  componentBinding,
  type LayoutSet,
  type ResolvedBinding,
} from './layout-types.ts';

/** The data row an expression is evaluated in: relative paths in `dataType` take their row indexes from `path`. */
export interface RowContext {
  /** undefined for the default data type. */
  readonly dataType: string | undefined;
  readonly path: DataPath;
}

export interface PageNode {
  readonly kind: 'page';
  /** The page name (layout file name). */
  readonly id: string;
  readonly rowIndices: readonly number[];
  readonly hidden: Expression | undefined;
  readonly children: readonly ComponentNode[];
}

/** One row of a repeating group. */
export interface GroupRow {
  readonly group: ComponentNode;
  readonly index: number;
  readonly rowIndices: readonly number[];
  readonly context: RowContext;
}

/** One occurrence of a component: a component inside a repeating group occurs once per row. */
export interface ComponentNode {
  readonly kind: 'component';
  readonly id: string;
  readonly type: string;
  readonly component: ComponentJson;
  readonly page: PageNode;
  readonly parent: ComponentNode | PageNode;
  /** The innermost repeating-group row this occurrence is in. */
  readonly row: GroupRow | undefined;
  readonly rowIndices: readonly number[];
  /** In display order: a repeating group lists rowsBefore, then each row's children, then rowsAfter. */
  readonly children: readonly ComponentNode[];
  /** Rows of a repeating group; undefined for other components. */
  readonly rows: readonly GroupRow[] | undefined;
  readonly hidden: Expression | undefined;
  readonly hiddenRow: Expression | undefined;
}

export type LayoutNode = PageNode | ComponentNode;

/** Names a node the way Altinn's test suite and front end do. */
export interface ContextRef {
  readonly component: string;
  readonly currentLayout?: string;
  readonly rowIndices?: readonly number[];
}

export interface BuildLayoutTreeOptions {
  /** Page order from Settings.json; defaults to the order of the keys of the layout set. */
  readonly pageOrder?: readonly string[];
}

/** Nodes are filled in while the tree is built, then only read. */
type BuildingComponent = Omit<ComponentNode, 'children' | 'rows'> & {
  children: ComponentNode[];
  rows: GroupRow[] | undefined;
};
type BuildingPage = Omit<PageNode, 'children'> & { children: ComponentNode[] };

interface Definition {
  readonly page: string;
  readonly component: ComponentJson;
  readonly references: ChildReferences;
}

export class LayoutTree {
  readonly pages: readonly PageNode[];
  private readonly occurrences: ReadonlyMap<string, readonly ComponentNode[]>;

  constructor(pages: readonly PageNode[], occurrences: ReadonlyMap<string, readonly ComponentNode[]>) {
    this.pages = pages;
    this.occurrences = occurrences;
  }

  /** Every occurrence of a component id, across pages and rows; empty for an unknown id. */
  occurrencesOf(id: string): readonly ComponentNode[] {
    return this.occurrences.get(id) ?? [];
  }

  /** The page, or the occurrence of a component with exactly these row indexes. */
  find(ref: ContextRef): LayoutNode | undefined {
    const rowIndices = ref.rowIndices ?? [];
    const page = this.pages.find((candidate) => candidate.id === ref.component);
    if (page !== undefined && (ref.currentLayout === undefined || ref.currentLayout === page.id)) {
      if (rowIndices.length === 0) return page;
    }
    return this.occurrencesOf(ref.component).find(
      (node) =>
        (ref.currentLayout === undefined || node.page.id === ref.currentLayout) &&
        node.rowIndices.length === rowIndices.length &&
        node.rowIndices.every((index, position) => index === rowIndices[position]),
    );
  }
}

function parseProperty(value: unknown, property: string, where: { page: string; componentId?: string }) {
  if (value === undefined) return undefined;
  try {
    return parseExpression(value);
  } catch (error) {
    if (error instanceof ExpressionValidationError) {
      throw new LayoutError(`"${property}" is not a valid expression: ${error.message}`, where);
    }
    throw error;
  }
}

function collectDefinitions(layouts: LayoutSet, pageOrder: readonly string[]): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const page of pageOrder) {
    const layout = layouts[page]?.data?.layout;
    if (!Array.isArray(layout)) throw new LayoutError('data.layout must be a list of components', { page });
    for (const component of layout as readonly ComponentJson[]) {
      if (typeof component?.id !== 'string' || component.id === '') {
        throw new LayoutError('a component has no id', { page });
      }
      if (typeof component.type !== 'string') {
        throw new LayoutError('the component has no type', { page, componentId: component.id });
      }
      const existing = definitions.get(component.id);
      if (existing !== undefined) {
        throw new LayoutError(
          `the id "${component.id}" is used by more than one component (also on page "${existing.page}")`,
          {
            page,
            componentId: component.id,
          },
        );
      }
      definitions.set(component.id, { page, component, references: childReferences(component) });
    }
  }
  return definitions;
}

/** Checks that every child exists on its container's page and has one container; returns each child's container. */
function assignParents(definitions: ReadonlyMap<string, Definition>): Map<string, string> {
  const parents = new Map<string, string>();
  for (const [id, definition] of definitions) {
    for (const childId of allChildIds(definition.references)) {
      const child = definitions.get(childId);
      if (child === undefined || child.page !== definition.page) {
        throw new LayoutError(`child "${childId}" does not exist on this page`, {
          page: definition.page,
          componentId: id,
        });
      }
      const otherParent = parents.get(childId);
      if (otherParent !== undefined) {
        throw new LayoutError(`"${childId}" is a child of both "${otherParent}" and "${id}"`, {
          page: definition.page,
          componentId: childId,
        });
      }
      parents.set(childId, id);
    }
  }
  for (const [id, definition] of definitions) {
    const seen = new Set<string>([id]);
    for (let parent = parents.get(id); parent !== undefined; parent = parents.get(parent)) {
      if (seen.has(parent)) {
        throw new LayoutError('the component is inside itself (its containers form a cycle)', {
          page: definition.page,
          componentId: id,
        });
      }
      seen.add(parent);
    }
  }
  return parents;
}

/**
 * Builds every occurrence of every component: pages, containers, and one set of children per row of each
 * repeating group (rows counted from the data). Throws {@link LayoutError} for duplicate ids, missing or
 * shared children, cycles and invalid `hidden`/`hiddenRow` expressions.
 */
export function buildLayoutTree(
  layouts: LayoutSet,
  data: ExpressionDataAccess,
  options: BuildLayoutTreeOptions = {},
): LayoutTree {
  const pageOrder = options.pageOrder ?? Object.keys(layouts);
  const definitions = collectDefinitions(layouts, pageOrder);
  const parents = assignParents(definitions);
  const occurrences = new Map<string, ComponentNode[]>();

  // The path of a binding inside the row it occurs in, and what is stored there.
  const resolve = (
    binding: ResolvedBinding,
    outer: GroupRow | undefined,
    where: { page: string; componentId: string },
  ): [RowContext, unknown] => {
    const dataType = binding.dataType ?? data.defaultDataType();
    const sameType = outer !== undefined && (outer.context.dataType ?? data.defaultDataType()) === dataType;
    let field: DataPath;
    try {
      field = parseDataPath(binding.field);
    } catch (error) {
      if (error instanceof DataPathError) throw new LayoutError(`the group binding: ${error.message}`, where);
      throw error;
    }
    const path = transposeDataPath(field, sameType ? outer.context.path : undefined);
    const value =
      dataType !== undefined && data.hasDataType(dataType)
        ? data.readField(dataType, formatDataPath(path))
        : undefined;
    return [{ dataType: binding.dataType, path }, value];
  };

  const isRepeating = (
    component: ComponentJson,
    binding: ResolvedBinding,
    outer: GroupRow | undefined,
    where: { page: string; componentId: string },
  ): boolean => {
    if (component.type === 'RepeatingGroup') return true;
    if (component.type !== 'Group') return false;
    // Layout v3 marks a repeating Group by maxCount > 1; data that is a list says the same for newer layouts.
    if (typeof component.maxCount === 'number' && component.maxCount > 1) return true;
    return Array.isArray(resolve(binding, outer, where)[1]);
  };

  const instantiate = (
    id: string,
    page: BuildingPage,
    parent: ComponentNode | PageNode,
    row: GroupRow | undefined,
  ): ComponentNode => {
    const definition = definitions.get(id);
    if (definition === undefined) throw new LayoutError(`unknown component "${id}"`, { page: page.id });
    const { component, references } = definition;
    const where = { page: page.id, componentId: id };
    const node: BuildingComponent = {
      kind: 'component',
      id,
      type: component.type,
      component,
      page,
      parent,
      row,
      rowIndices: row?.rowIndices ?? [],
      children: [],
      rows: undefined,
      hidden: parseProperty(component.hidden, 'hidden', where),
      hiddenRow: parseProperty(component.hiddenRow, 'hiddenRow', where),
    };
    const list = occurrences.get(id) ?? [];
    list.push(node);
    occurrences.set(id, list);

    const groupBinding = componentBinding(component, 'group');
    if (groupBinding !== undefined && isRepeating(component, groupBinding, row, where)) {
      const [context, value] = resolve(groupBinding, row, where);
      const count = Array.isArray(value) ? value.length : 0;
      const rows: GroupRow[] = [];
      node.rows = rows;
      for (const childId of references.before) node.children.push(instantiate(childId, page, node, row));
      for (let index = 0; index < count; index += 1) {
        const groupRow: GroupRow = {
          group: node,
          index,
          rowIndices: [...node.rowIndices, index],
          context: { dataType: context.dataType, path: withRowIndex(context.path, index) },
        };
        rows.push(groupRow);
        for (const childId of references.children)
          node.children.push(instantiate(childId, page, node, groupRow));
      }
      for (const childId of references.after) node.children.push(instantiate(childId, page, node, row));
    } else {
      for (const childId of allChildIds(references))
        node.children.push(instantiate(childId, page, node, row));
    }
    return node;
  };

  const pages = pageOrder.map((pageId) => {
    const page: BuildingPage = {
      kind: 'page',
      id: pageId,
      rowIndices: [],
      hidden: parseProperty(layouts[pageId]?.data.hidden, 'hidden', { page: pageId }),
      children: [],
    };
    for (const [id, definition] of definitions) {
      if (definition.page === pageId && !parents.has(id))
        page.children.push(instantiate(id, page, page, undefined));
    }
    return page;
  });

  return new LayoutTree(pages, occurrences);
}
