import { describe, expect, it } from 'vitest';
import { decodeHeaderValue } from './header-value.ts';

const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

describe('decodeHeaderValue', () => {
  it('decodes base64 of UTF-8 text', () => {
    expect(decodeHeaderValue(base64('Åsheim'))).toBe('Åsheim');
    expect(decodeHeaderValue(base64('23098500222'))).toBe('23098500222');
  });

  it('keeps plain values, including ones that happen to be valid base64', () => {
    expect(decodeHeaderValue('23098500222')).toBe('23098500222');
    expect(decodeHeaderValue(' Nilsen ')).toBe('Nilsen');
    expect(decodeHeaderValue('Salt')).toBe('Salt');
    expect(decodeHeaderValue('Nordmann')).toBe('Nordmann');
  });
});
