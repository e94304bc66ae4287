import { equalityText, toNumber, toText } from '../coerce.ts';
import { compareMoments, type ExprDate, isSameDay, parseDate } from '../dates/parse-date.ts';
import { ExpressionFailure } from '../errors.ts';
import { isLiteralString } from '../expression.ts';
import { type CompareOperator, isCompareOperator } from '../function-specs.ts';
import type { FunctionTable, Invocation } from '../scope.ts';
import { describeValue, type ExprValue } from '../values.ts';

function equals(a: ExprValue, b: ExprValue): boolean {
  return equalityText(a) === equalityText(b);
}

/** Numbers compared; when either side is null the answer is false (after both are checked to be numbers). */
function numeric(test: (a: number, b: number) => boolean) {
  return (a: ExprValue, b: ExprValue): boolean => {
    const left = toNumber(a);
    const right = toNumber(b);
    return left !== null && right !== null && test(left, right);
  };
}

/** Null and the empty string (an unanswered date field) are no date. */
function toDate(value: ExprValue): ExprDate | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string')
    throw new ExpressionFailure(`Expected date, got value ${describeValue(value)}`);
  const text = toText(value);
  return text === null ? null : parseDate(text);
}

function dates(test: (a: ExprDate, b: ExprDate) => boolean) {
  return (a: ExprValue, b: ExprValue): boolean => {
    const left = toDate(a);
    const right = toDate(b);
    return left !== null && right !== null && test(left, right);
  };
}

const greaterThan = numeric((a, b) => a > b);
const greaterThanEq = numeric((a, b) => a >= b);
const lessThan = numeric((a, b) => a < b);
const lessThanEq = numeric((a, b) => a <= b);

const OPERATORS: Readonly<Record<CompareOperator, (a: ExprValue, b: ExprValue) => boolean>> = {
  equals,
  greaterThan,
  greaterThanEq,
  lessThan,
  lessThanEq,
  isBefore: dates((a, b) => compareMoments(a, b) < 0),
  isBeforeEq: dates((a, b) => compareMoments(a, b) <= 0),
  isAfter: dates((a, b) => compareMoments(a, b) > 0),
  isAfterEq: dates((a, b) => compareMoments(a, b) >= 0),
  isSameDay: dates(isSameDay),
};

function binary(test: (a: ExprValue, b: ExprValue) => boolean) {
  return (invocation: Invocation): boolean => {
    const [a = null, b = null] = invocation.values();
    return test(a, b);
  };
}

function compare(invocation: Invocation): boolean {
  const negated = invocation.argumentCount === 4;
  const operator = invocation.call.args[negated ? 2 : 1];
  // The validator guarantees a literal operator; checked again for expressions built by hand.
  if (!isLiteralString(operator) || !isCompareOperator(operator.value)) {
    throw new ExpressionFailure('Invalid operator (it cannot be an expression or null)');
  }
  const left = invocation.argument(0);
  const right = invocation.argument(invocation.argumentCount - 1);
  const result = OPERATORS[operator.value](left, right);
  return negated ? !result : result;
}

export const COMPARISON_FUNCTIONS: FunctionTable<
  'equals' | 'notEquals' | 'greaterThan' | 'greaterThanEq' | 'lessThan' | 'lessThanEq' | 'compare'
> = {
  equals: binary(equals),
  notEquals: binary((a, b) => !equals(a, b)),
  greaterThan: binary(greaterThan),
  greaterThanEq: binary(greaterThanEq),
  lessThan: binary(lessThan),
  lessThanEq: binary(lessThanEq),
  compare,
};
