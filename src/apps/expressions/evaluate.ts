import { ExpressionEvaluationError, ExpressionFailure } from './errors.ts';
import type { Expression } from './expression.ts';
import { COMPARISON_FUNCTIONS } from './functions/comparison.ts';
import { DATE_FUNCTIONS } from './functions/dates.ts';
import { LOGIC_FUNCTIONS } from './functions/logic.ts';
import { LOOKUP_FUNCTIONS } from './functions/lookups.ts';
import { NUMBER_FUNCTIONS } from './functions/numbers.ts';
import { STRING_FUNCTIONS } from './functions/strings.ts';
import { STRUCTURE_FUNCTIONS } from './functions/structures.ts';
import type { FunctionTable, Invocation, Scope } from './scope.ts';
import type { ExprValue } from './values.ts';

/** One implementation per function of `FUNCTION_SPECS`; the type makes a missing one a compile error. */
const FUNCTIONS: FunctionTable = {
  ...LOGIC_FUNCTIONS,
  ...COMPARISON_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...NUMBER_FUNCTIONS,
  ...STRUCTURE_FUNCTIONS,
  ...LOOKUP_FUNCTIONS,
};

/** Evaluates a validated expression; failures carry the path of the call that failed. */
export function evaluateNode(expression: Expression, scope: Scope): ExprValue {
  if (expression.kind === 'literal') return expression.value;
  const evaluated = new Map<number, ExprValue>();
  const argument = (index: number): ExprValue => {
    const cached = evaluated.get(index);
    if (cached !== undefined) return cached;
    const node = expression.args[index];
    const value = node === undefined ? null : evaluateNode(node, scope);
    evaluated.set(index, value);
    return value;
  };
  const invocation: Invocation = {
    call: expression,
    scope,
    argumentCount: expression.args.length,
    argument,
    values: () => expression.args.map((_, index) => argument(index)),
  };
  try {
    return FUNCTIONS[expression.name](invocation);
  } catch (error) {
    if (error instanceof ExpressionFailure)
      throw new ExpressionEvaluationError(expression.path, error.message);
    throw error;
  }
}
