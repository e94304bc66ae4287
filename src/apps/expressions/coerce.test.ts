import { describe, expect, it } from 'vitest';
import { equalityText, isNumberText, stringify, toBoolean, toNumber, toText } from './coerce.ts';

describe('number text', () => {
  it.each(['1', '-55.5', '+5E2', '5e-2', '.5e2', '0e0', '5E+2'])('accepts %s', (text) => {
    expect(isNumberText(text)).toBe(true);
  });

  it.each(['55.', '-55.', '55.88.66', '5+E2', '5-E2', 'e2', '5e', ' 5', '1,5', '', 'Infinity'])(
    'rejects %j',
    (text) => {
      expect(isNumberText(text)).toBe(false);
    },
  );
});

describe('toNumber', () => {
  it('reads numbers and number text, keeps null, treats empty text as null', () => {
    expect(toNumber(12.5)).toBe(12.5);
    expect(toNumber('-5E2')).toBe(-500);
    expect(toNumber(null)).toBeNull();
    expect(toNumber('')).toBeNull();
    expect(toNumber('NULL')).toBeNull();
  });

  it('refuses booleans and other text, naming the value', () => {
    expect(() => toNumber(true)).toThrow('Expected number, got value true');
    expect(() => toNumber('hello')).toThrow('Expected number, got value "hello"');
    expect(() => toNumber([1])).toThrow('Expected number, got value [1]');
  });
});

describe('toBoolean', () => {
  it('reads booleans, 0/1 in any spelling, the words, and null as false', () => {
    expect([true, 1, '1', '1.0', 'TRUE'].map(toBoolean)).toEqual([true, true, true, true, true]);
    expect([false, 0, '0', '0.000', 'False', null, 'null'].map(toBoolean)).toEqual(Array(7).fill(false));
  });

  it('refuses anything else rather than guessing', () => {
    expect(() => toBoolean(2)).toThrow('Expected boolean, got value 2');
    expect(() => toBoolean('')).toThrow('Expected boolean, got value ""');
    expect(() => toBoolean('yes')).toThrow('Expected boolean, got value "yes"');
  });
});

describe('text forms', () => {
  it('folds only the words true, false and null for equality', () => {
    expect(equalityText('FalSE')).toBe('false');
    expect(equalityText('nULL')).toBe('null');
    expect(equalityText(null)).toBe('null');
    expect(equalityText('Hello')).toBe('Hello');
    expect(equalityText(1234.5678)).toBe('1234.5678');
  });

  it('treats the text "null" as null in string functions, but not in concat', () => {
    expect(toText('null')).toBeNull();
    expect(toText(40)).toBe('40');
    expect(stringify(null)).toBe('');
    expect(stringify(false)).toBe('false');
    expect(stringify('null')).toBe('null');
  });
});
