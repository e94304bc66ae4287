import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  decimalFromNumber,
  decimalFromText,
  decimalToNumber,
  divideDecimals,
  formatDecimalFixed,
  multiplyDecimals,
  subtractDecimals,
} from './decimal.ts';

const d = decimalFromNumber;

describe('decimal arithmetic', () => {
  it('adds, subtracts and multiplies the numbers as written, not their binary approximations', () => {
    expect(decimalToNumber(addDecimals(d(0.1), d(0.2)))).toBe(0.3);
    expect(decimalToNumber(subtractDecimals(d(50.8), d(20.3)))).toBe(30.5);
    expect(decimalToNumber(multiplyDecimals(d(-5.55), d(6.66)))).toBe(-36.963);
    expect(decimalToNumber(multiplyDecimals(d(1e-4), d(1e-4)))).toBe(1e-8);
  });

  it('reads text digit for digit, exponents included', () => {
    expect(decimalFromText('.5e2')).toEqual({ coefficient: 5n, exponent: 1 });
    expect(decimalFromText('-007.50')).toEqual({ coefficient: -750n, exponent: -2 });
    expect(() => decimalFromText('e2')).toThrow();
  });

  it('divides to more digits than a double holds, then rounds once', () => {
    expect(decimalToNumber(divideDecimals(d(1e-8), d(0.0001)))).toBe(0.0001);
    expect(decimalToNumber(divideDecimals(d(-4.3), d(3)))).toBe(-1.4333333333333333);
    expect(decimalToNumber(divideDecimals(d(1801439850948199), d(3)))).toBe(600479950316066.4);
    expect(() => divideDecimals(d(1), d(0))).toThrow(RangeError);
  });

  it('never produces negative zero', () => {
    expect(Object.is(decimalToNumber(multiplyDecimals(d(-1), d(0))), 0)).toBe(true);
  });
});

describe('formatDecimalFixed', () => {
  it('rounds halves away from zero', () => {
    expect(formatDecimalFixed(d(2.5), 0)).toBe('3');
    expect(formatDecimalFixed(d(-2.5), 0)).toBe('-3');
    expect(formatDecimalFixed(d(1.005), 2)).toBe('1.01');
    expect(formatDecimalFixed(d(3.2199999), 2)).toBe('3.22');
  });

  it('pads to the number of decimals and writes -0 as 0', () => {
    expect(formatDecimalFixed(d(0), 2)).toBe('0.00');
    expect(formatDecimalFixed(d(0.05), 3)).toBe('0.050');
    expect(formatDecimalFixed(d(-0.001), 0)).toBe('0');
    expect(formatDecimalFixed(d(1e21), 0)).toBe('1000000000000000000000');
  });
});
