/**
 * Exact base-10 arithmetic for `plus`, `minus`, `multiply`, `divide`, `sum`, `average` and `round`.
 * Altinn's backend computes these in .NET `decimal`, so `0.1 + 0.2` is `0.3`, not `0.30000000000000004`;
 * doing the same here keeps the front end, the process engine and validation agreeing on results.
 * A value is `coefficient × 10^exponent`.
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

/** Significant digits kept by a division; more than a double can carry, so converting back rounds once. */
const DIVISION_DIGITS = 36;

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export const ZERO: Decimal = { coefficient: 0n, exponent: 0 };

/** Parses text already known to be a number (see `parseNumberText`), or JavaScript's own number text. */
export function decimalFromText(text: string): Decimal {
  const match = DECIMAL_TEXT.exec(text);
  if (match === null || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new Error(`Not a decimal number: ${text}`);
  }
  const [, sign, whole = '', fraction = '', exponentText] = match;
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  const magnitude = BigInt(digits === '' ? '0' : digits);
  const exponent = (exponentText === undefined ? 0 : Number.parseInt(exponentText, 10)) - fraction.length;
  return { coefficient: sign === '-' ? -magnitude : magnitude, exponent };
}

export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  // String() gives the shortest text that reads back as the same double, which is what the user wrote.
  return decimalFromText(String(value));
}

export function decimalToNumber(value: Decimal): number {
  const result = Number(`${value.coefficient}e${value.exponent}`);
  return Object.is(result, -0) ? 0 : result;
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.coefficient * pow10(a.exponent - exponent),
    b.coefficient * pow10(b.exponent - exponent),
    exponent,
  ];
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x + y, exponent };
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x - y, exponent };
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

export function isZero(value: Decimal): boolean {
  return value.coefficient === 0n;
}

function digitCount(value: bigint): number {
  return (value < 0n ? -value : value).toString().length;
}

/** Divides to {@link DIVISION_DIGITS} significant digits, rounding half to even. Throws on a zero divisor. */
export function divideDecimals(a: Decimal, b: Decimal): Decimal {
  if (b.coefficient === 0n) throw new RangeError('Division by zero');
  if (a.coefficient === 0n) return ZERO;
  const scale = Math.max(0, DIVISION_DIGITS + digitCount(b.coefficient) - digitCount(a.coefficient));
  const numerator = a.coefficient * pow10(scale);
  let quotient = numerator / b.coefficient;
  const remainder = numerator % b.coefficient;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const divisor = b.coefficient < 0n ? -b.coefficient : b.coefficient;
  const negative = a.coefficient < 0n !== b.coefficient < 0n;
  if (twice > divisor || (twice === divisor && quotient % 2n !== 0n)) {
    quotient += negative ? -1n : 1n;
  }
  return { coefficient: quotient, exponent: a.exponent - b.exponent - scale };
}

/** Rounds to `places` decimals, halves away from zero (2.5 → 3, -2.5 → -3). */
export function roundDecimal(value: Decimal, places: number): Decimal {
  const target = -places;
  if (value.exponent >= target) {
    return { coefficient: value.coefficient * pow10(value.exponent - target), exponent: target };
  }
  const divisor = pow10(target - value.exponent);
  const magnitude = value.coefficient < 0n ? -value.coefficient : value.coefficient;
  let rounded = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) rounded += 1n;
  return { coefficient: value.coefficient < 0n ? -rounded : rounded, exponent: target };
}

/** Fixed-point text with exactly `places` decimals; negative zero is written as zero. */
export function formatDecimalFixed(value: Decimal, places: number): string {
  const rounded = roundDecimal(value, places);
  const negative = rounded.coefficient < 0n;
  const digits = (negative ? -rounded.coefficient : rounded.coefficient).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const text = places === 0 ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}
