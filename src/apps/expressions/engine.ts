import { toBoolean } from './coerce.ts';
import type { ExpressionDataAccess } from './data-access.ts';
import { parseDataPath } from './data-path.ts';
import { ExpressionEvaluationError, ExpressionFailure, ROOT_PATH } from './errors.ts';
import { evaluateNode } from './evaluate.ts';
import type { Expression } from './expression.ts';
import type { AuthContextAction } from './function-specs.ts';
import { type ComponentContext, contextList } from './layout/context-list.ts';
import {
  buildLayoutTree,
  type ContextRef,
  type GroupRow,
  type LayoutNode,
  LayoutTree,
  type RowContext,
} from './layout/layout-tree.ts';
import type { LayoutSet } from './layout/layout-types.ts';
import { parseExpression } from './parse-expression.ts';
import type { DisplayValueHook, Scope } from './scope.ts';
import type { ExprValue } from './values.ts';

/** A data row named by its path, for evaluating without layouts (validations of a field inside a list). */
export interface DataRowRef {
  /** `Bedrifter[1].Ansatte[0]`: relative paths below it take these row indexes. */
  readonly rowPath: string;
  /** undefined for the default data type. */
  readonly dataType?: string;
}

/** Where an expression is evaluated: a node of the layout tree, one named like Altinn's test suite does, or a data row. */
export type EvaluationContext = LayoutNode | ContextRef | DataRowRef;

export interface ExpressionEngineOptions {
  readonly data: ExpressionDataAccess;
  /** Needed for `component` lookups, hidden state and contexts; built against `data` when given as files. */
  readonly layouts?: LayoutSet | LayoutTree;
  /** Page order (Settings.json) when `layouts` are files. */
  readonly pageOrder?: readonly string[];
  /** What the current user may do in the current task, for `authContext`. */
  readonly permissions?: Readonly<Partial<Record<AuthContextAction, boolean>>>;
  /** How `displayValue` shows a component's value; without it the value is written as text. */
  readonly displayValue?: DisplayValueHook;
}

export interface EvaluateOptions {
  readonly context?: EvaluationContext;
  /** Values for `argv` (the arguments of a validation definition). */
  readonly positionalArguments?: readonly ExprValue[];
  /** Fields of the option an `optionFilter` is testing, for `value`. */
  readonly valueArguments?: Readonly<Record<string, ExprValue>>;
  /** The action that moved the process, for `gatewayAction`. */
  readonly gatewayAction?: string | null;
}

function isLayoutNode(context: EvaluationContext): context is LayoutNode {
  return 'kind' in context;
}

function isDataRowRef(context: EvaluationContext): context is DataRowRef {
  return 'rowPath' in context;
}

/**
 * Evaluates expressions against one snapshot of an instance's data: hidden states are remembered, so
 * build a new engine after the data changes.
 */
export class ExpressionEngine {
  readonly data: ExpressionDataAccess;
  readonly tree: LayoutTree | undefined;
  private readonly options: ExpressionEngineOptions;
  private readonly hiddenNodes = new Map<LayoutNode, boolean>();
  private readonly hiddenRows = new Map<GroupRow, boolean>();
  private readonly resolving = new Set<LayoutNode | GroupRow>();

  constructor(options: ExpressionEngineOptions) {
    this.options = options;
    this.data = options.data;
    const { layouts } = options;
    this.tree =
      layouts === undefined || layouts instanceof LayoutTree
        ? layouts
        : buildLayoutTree(layouts, options.data, { pageOrder: options.pageOrder });
  }

  /** Evaluates a parsed expression. */
  evaluate(expression: Expression, options: EvaluateOptions = {}): ExprValue {
    return evaluateNode(expression, this.scope(options));
  }

  /** Validates and evaluates an expression in its JSON form. */
  evaluateJson(expression: unknown, options: EvaluateOptions = {}): ExprValue {
    return this.evaluate(parseExpression(expression), options);
  }

  /** Every page and component occurrence; empty without layouts. */
  contexts(): ComponentContext[] {
    return this.tree === undefined ? [] : contextList(this.tree);
  }

  find(ref: ContextRef): LayoutNode | undefined {
    return this.tree?.find(ref);
  }

  /** A page is hidden by its `hidden`; a component by its own, its row's `hiddenRow`, or any container's. */
  isHidden(node: LayoutNode): boolean {
    return this.remember(this.hiddenNodes, node, () => {
      if (node.kind === 'page') return this.test(node.hidden, node);
      return (
        this.test(node.hidden, node) ||
        (node.row !== undefined && this.isRowHidden(node.row)) ||
        this.isHidden(node.parent)
      );
    });
  }

  isRowHidden(row: GroupRow): boolean {
    return this.remember(this.hiddenRows, row, () => {
      const { hiddenRow } = row.group;
      if (hiddenRow === undefined) return false;
      return toBoolean(
        evaluateNode(
          hiddenRow,
          this.scopeFor({ node: row.group, row: row.context, rowIndices: row.rowIndices }, {}),
        ),
      );
    });
  }

  private remember<K extends LayoutNode | GroupRow>(
    cache: Map<K, boolean>,
    key: K,
    compute: () => boolean,
  ): boolean {
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (this.resolving.has(key)) {
      const name = 'kind' in key ? key.id : `${key.group.id} row ${key.index}`;
      throw new ExpressionFailure(`Whether "${name}" is hidden depends on itself`);
    }
    this.resolving.add(key);
    try {
      const result = compute();
      cache.set(key, result);
      return result;
    } finally {
      this.resolving.delete(key);
    }
  }

  private test(expression: Expression | undefined, node: LayoutNode): boolean {
    if (expression === undefined) return false;
    return toBoolean(evaluateNode(expression, this.scope({ context: node })));
  }

  private scope(options: EvaluateOptions): Scope {
    const { context } = options;
    if (context === undefined)
      return this.scopeFor({ node: undefined, row: undefined, rowIndices: [] }, options);
    if (isLayoutNode(context)) {
      const row = context.kind === 'component' ? context.row?.context : undefined;
      return this.scopeFor({ node: context, row, rowIndices: context.rowIndices }, options);
    }
    if (isDataRowRef(context)) {
      const path = parseDataPath(context.rowPath);
      const row: RowContext = { dataType: context.dataType, path };
      return this.scopeFor(
        { node: undefined, row, rowIndices: path.flatMap((segment) => segment.indexes) },
        options,
      );
    }
    const node = this.tree?.find(context);
    if (node === undefined) {
      const rows = context.rowIndices === undefined ? '' : ` in row [${context.rowIndices.join(', ')}]`;
      throw new ExpressionEvaluationError(
        ROOT_PATH,
        `No component "${context.component}"${rows} to evaluate in`,
      );
    }
    return this.scope({ ...options, context: node });
  }

  private scopeFor(
    where: { node: LayoutNode | undefined; row: RowContext | undefined; rowIndices: readonly number[] },
    options: EvaluateOptions,
  ): Scope {
    return {
      data: this.data,
      tree: this.tree,
      ...where,
      positionalArguments: options.positionalArguments,
      valueArguments: options.valueArguments,
      gatewayAction: options.gatewayAction ?? null,
      permissions: this.options.permissions,
      displayValue: this.options.displayValue,
      isHidden: (node) => this.isHidden(node),
      isRowHidden: (row) => this.isRowHidden(row),
    };
  }
}

export function createExpressionEngine(options: ExpressionEngineOptions): ExpressionEngine {
  return new ExpressionEngine(options);
}

/** One-off evaluation of an expression in its JSON form. */
export function evaluateExpression(
  expression: unknown,
  options: ExpressionEngineOptions & EvaluateOptions,
): ExprValue {
  return new ExpressionEngine(options).evaluateJson(expression, options);
}
