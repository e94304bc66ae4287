import { type Decimal, decimalFromNumber, decimalFromText } from './decimal.ts';
import { ExpressionFailure } from './errors.ts';
import { describeValue, type ExprValue, typeOfValue } from './values.ts';

/**
 * Numbers written as text: optional sign, digits with an optional fraction (or only a fraction), optional
 * exponent. `55.`, `e2`, `5e` and `5+E2` are not numbers.
 */
const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The words that mean null and the booleans when they arrive as text, in any letter case. */
const NULL_TEXT = /^null$/i;
const TRUE_TEXT = /^true$/i;
const FALSE_TEXT = /^false$/i;

export function isNumberText(text: string): boolean {
  return NUMBER_TEXT.test(text);
}

function expected(type: string, value: ExprValue): ExpressionFailure {
  return new ExpressionFailure(`Expected ${type}, got value ${describeValue(value)}`);
}

/** null, "null" and (for numbers) "" are null; booleans, lists and objects are errors. */
export function toNumber(value: ExprValue): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (value === '' || NULL_TEXT.test(value)) return null;
    if (NUMBER_TEXT.test(value)) return Number(value);
  }
  throw expected('number', value);
}

/** Like {@link toNumber}, but text is read digit for digit so `"900719925474099.1"` loses nothing. */
export function toDecimal(value: ExprValue): Decimal | null {
  if (value === null) return null;
  if (typeof value === 'number') return decimalFromNumber(value);
  if (typeof value === 'string') {
    if (value === '' || NULL_TEXT.test(value)) return null;
    if (NUMBER_TEXT.test(value)) return decimalFromText(value);
  }
  throw expected('number', value);
}

/**
 * null is false; 0 and 1 (also as text, `"1.0"`) are false and true; `"true"`/`"false"` in any case are
 * booleans. Anything else, the empty string included, is an error rather than a guess.
 */
export function toBoolean(value: ExprValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (value === 0) return false;
    if (value === 1) return true;
    throw expected('boolean', value);
  }
  if (typeof value === 'string') {
    if (TRUE_TEXT.test(value)) return true;
    if (FALSE_TEXT.test(value) || NULL_TEXT.test(value)) return false;
    if (NUMBER_TEXT.test(value)) {
      const number = Number(value);
      if (number === 0) return false;
      if (number === 1) return true;
    }
  }
  throw expected('boolean', value);
}

/** Text form of a value for string functions: null and the text "null" are null, numbers as JavaScript writes them. */
export function toText(value: ExprValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return NULL_TEXT.test(value) ? null : value;
  return stringify(value);
}

/** Like {@link toText}, but the text "null" stays text: for lookups by name or key. */
export function toKey(value: ExprValue): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : stringify(value);
}

/** The text `concat` and text variables write for a value; null becomes the empty string. */
export function stringify(value: ExprValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * What `equals` compares: every value as text, with the words true, false and null folded to lower case
 * so that `"FALSE"` equals `false` and `"null"` equals `null`. Other text stays case sensitive.
 */
export function equalityText(value: ExprValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return NULL_TEXT.test(value) || TRUE_TEXT.test(value) || FALSE_TEXT.test(value)
      ? value.toLowerCase()
      : value;
  }
  return stringify(value);
}

export function expectList(value: ExprValue): readonly ExprValue[] {
  if (Array.isArray(value)) return value;
  throw new ExpressionFailure(`Expected argument to be list, got ${typeOfValue(value)}`);
}

/** An integer argument such as a position or a count of decimals. */
export function toInteger(value: ExprValue, what: string): number {
  const number = toNumber(value);
  if (number === null || !Number.isInteger(number)) {
    throw new ExpressionFailure(`Expected ${what} to be a whole number, got value ${describeValue(value)}`);
  }
  return number;
}
