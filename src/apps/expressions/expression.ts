import type { ExpressionPath } from './errors.ts';
import type { FunctionName } from './function-specs.ts';

/** A validated expression. `path` locates each part in the JSON it came from, for error messages. */
export type Expression = LiteralExpression | CallExpression;

export interface LiteralExpression {
  readonly kind: 'literal';
  readonly value: null | boolean | number | string;
  readonly path: ExpressionPath;
}

export interface CallExpression {
  readonly kind: 'call';
  readonly name: FunctionName;
  readonly args: readonly Expression[];
  readonly path: ExpressionPath;
}

/** The JSON form: a literal, or `[functionName, ...arguments]`. */
export type ExpressionJson = null | boolean | number | string | readonly [string, ...ExpressionJson[]];

export function isLiteralString(expression: Expression | undefined): expression is LiteralExpression & {
  readonly value: string;
} {
  return expression?.kind === 'literal' && typeof expression.value === 'string';
}
