import { FUNCTION } from './constants.ts';

type Comparison = (policyValue: string, requestValue: string) => boolean;

function parseInteger(value: string): bigint | undefined {
  const trimmed = value.trim();
  return /^[+-]?\d+$/.test(trimmed) ? BigInt(trimmed) : undefined;
}

function compareIntegers(test: (a: bigint, b: bigint) => boolean): Comparison {
  return (a, b) => {
    const left = parseInteger(a);
    const right = parseInteger(b);
    return left !== undefined && right !== undefined && test(left, right);
  };
}

function parseBoolean(value: string): boolean | undefined {
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === '1') return true;
  if (trimmed === 'false' || trimmed === '0') return false;
  return undefined;
}

/** Milliseconds since epoch for a dateTime with a timezone; the literal itself otherwise. */
function dateTimeKey(value: string): string {
  const trimmed = value.trim();
  if (/(?:Z|[+-]\d{2}:\d{2})$/.test(trimmed)) {
    const millis = Date.parse(trimmed);
    if (!Number.isNaN(millis)) return `@${millis}`;
  }
  return trimmed;
}

/** A time with its fractional seconds normalised (`10:00:00.500` equals `10:00:00.5`). */
function timeKey(value: string): string {
  const match = /^(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(.*)$/.exec(value.trim());
  if (match === null) return value.trim();
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const zone = match[3] === 'Z' ? '+00:00' : (match[3] ?? '');
  return `${match[1]}${fraction ? `.${fraction}` : ''}${zone}`;
}

function regexpMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

/**
 * Two-argument comparison functions, called as f(policy value, request value) for a Match and as
 * f(first argument, second argument) in a condition.
 */
const COMPARISONS: ReadonlyMap<string, Comparison> = new Map<string, Comparison>([
  [FUNCTION.stringEqual, (a, b) => a === b],
  [FUNCTION.stringEqualIgnoreCase, (a, b) => a.toLowerCase() === b.toLowerCase()],
  [FUNCTION.anyUriEqual, (a, b) => a.trim() === b.trim()],
  [FUNCTION.integerEqual, compareIntegers((a, b) => a === b)],
  [
    FUNCTION.booleanEqual,
    (a, b) => {
      const left = parseBoolean(a);
      return left !== undefined && left === parseBoolean(b);
    },
  ],
  [FUNCTION.dateEqual, (a, b) => a.trim() === b.trim()],
  [FUNCTION.timeEqual, (a, b) => timeKey(a) === timeKey(b)],
  [FUNCTION.dateTimeEqual, (a, b) => dateTimeKey(a) === dateTimeKey(b)],
  // Altinn's string-is-in is a substring test: the request value contains the policy value.
  [FUNCTION.stringIsIn, (a, b) => b.includes(a)],
  [FUNCTION.stringRegexpMatch, (a, b) => regexpMatch(a, b)],
  [FUNCTION.integerGreaterThan, compareIntegers((a, b) => a > b)],
  [FUNCTION.integerGreaterThanOrEqual, compareIntegers((a, b) => a >= b)],
  [FUNCTION.integerLessThan, compareIntegers((a, b) => a < b)],
  [FUNCTION.integerLessThanOrEqual, compareIntegers((a, b) => a <= b)],
]);

/** Function ids allowed as a `<Match MatchId>`. */
export const MATCH_FUNCTION_IDS: ReadonlySet<string> = new Set([
  FUNCTION.stringEqual,
  FUNCTION.stringEqualIgnoreCase,
  FUNCTION.anyUriEqual,
  FUNCTION.integerEqual,
  FUNCTION.booleanEqual,
  FUNCTION.dateEqual,
  FUNCTION.timeEqual,
  FUNCTION.dateTimeEqual,
  FUNCTION.stringIsIn,
  FUNCTION.stringRegexpMatch,
]);

export function isComparisonFunction(functionId: string): boolean {
  return COMPARISONS.has(functionId);
}

/** Applies a comparison function; unknown ids never match. */
export function compare(functionId: string, first: string, second: string): boolean {
  const comparison = COMPARISONS.get(functionId);
  return comparison?.(first, second) ?? false;
}

/** Whether `pattern` compiles as a regular expression (checked when a policy is parsed). */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
