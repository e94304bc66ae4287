import type { ExpressionDataAccess } from './data-access.ts';
import type { CallExpression } from './expression.ts';
import type { AuthContextAction, FunctionName } from './function-specs.ts';
import type { ComponentNode, GroupRow, LayoutNode, LayoutTree, RowContext } from './layout/layout-tree.ts';
import type { ExprValue } from './values.ts';

/** Everything a function sees while one expression is evaluated. */
export interface Scope {
  readonly data: ExpressionDataAccess;
  readonly tree: LayoutTree | undefined;
  /** The page or component occurrence the expression belongs to, when it belongs to one. */
  readonly node: LayoutNode | undefined;
  /** The data row relative paths resolve in. */
  readonly row: RowContext | undefined;
  readonly rowIndices: readonly number[];
  readonly positionalArguments: readonly ExprValue[] | undefined;
  readonly valueArguments: Readonly<Record<string, ExprValue>> | undefined;
  readonly gatewayAction: string | null;
  readonly permissions: Readonly<Partial<Record<AuthContextAction, boolean>>> | undefined;
  readonly displayValue: DisplayValueHook | undefined;
  isHidden(node: LayoutNode): boolean;
  isRowHidden(row: GroupRow): boolean;
}

/** Turns a component's stored value into what the user sees (an option's label, a formatted number, …). */
export type DisplayValueHook = (node: ComponentNode, value: ExprValue) => string | null;

/** One call of a function: its arguments are evaluated on demand so `if` only runs the branch it takes. */
export interface Invocation {
  readonly call: CallExpression;
  readonly scope: Scope;
  readonly argumentCount: number;
  argument(index: number): ExprValue;
  /** Every argument, evaluated in order. */
  values(): ExprValue[];
}

export type FunctionImplementation = (invocation: Invocation) => ExprValue;

export type FunctionTable<Name extends FunctionName = FunctionName> = {
  readonly [N in Name]: FunctionImplementation;
};
