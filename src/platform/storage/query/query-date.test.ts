import { describe, expect, it } from 'vitest';
import { parseDateRange } from './date-range.ts';
import { parseQueryDate } from './query-date.ts';

describe('parseQueryDate', () => {
  it.each([
    ['2024-01-31', '2024-01-31T00:00:00.000000Z'],
    ['2024-01-31T10:15', '2024-01-31T10:15:00.000000Z'],
    ['2024-01-31T10:15:30', '2024-01-31T10:15:30.000000Z'],
    ['2024-01-31 10:15:30Z', '2024-01-31T10:15:30.000000Z'],
    ['2024-01-31T10:15:30.1234567Z', '2024-01-31T10:15:30.123456Z'],
    ['2024-01-31T10:15:30,5Z', '2024-01-31T10:15:30.500000Z'],
    ['2024-01-31T00:30:00+01:00', '2024-01-30T23:30:00.000000Z'],
    ['2024-01-31T00:30:00 01:00', '2024-01-30T23:30:00.000000Z'],
    ['2024-01-31T23:30:00-0230', '2024-02-01T02:00:00.000000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000000Z'],
  ])('reads %s as %s', (text, canonical) => {
    expect(parseQueryDate(text)).toBe(canonical);
  });

  it.each([
    '',
    'yesterday',
    '2024-13-01',
    '2023-02-29',
    '2024-01-32',
    '2024-01-31T24:00:00Z',
    '2024-01-31T10:60:00Z',
    '2024-01-31T10:00:61Z',
    '2024-01-31T10:00:00+24:00',
    '0001-01-01T00:00:00+01:00',
    '12024-01-01',
    '2024-01-31T10:00:00.12345678Z',
  ])('refuses %j', (text) => {
    expect(parseQueryDate(text)).toBeUndefined();
  });
});

describe('parseDateRange', () => {
  it('combines operators into one range', () => {
    expect(parseDateRange('created', ['gte:2024-01-01', 'LT:2024-02-01T00:00:00Z'])).toEqual({
      gte: '2024-01-01T00:00:00.000000Z',
      lt: '2024-02-01T00:00:00.000000Z',
    });
    expect(parseDateRange('created', [])).toBeUndefined();
  });

  it.each([
    [['2024-01-01'], 'must be <operator>:<date>'],
    [['after:2024-01-01'], 'unknown operator'],
    [['gt:2024-01-01', 'gt:2024-02-01'], 'twice'],
    [['eq:'], 'no valid ISO 8601 date'],
  ])('refuses %j with 400 naming the parameter', (values, message) => {
    expect(() => parseDateRange('lastChanged', values)).toThrow(message);
    try {
      parseDateRange('lastChanged', values);
    } catch (error) {
      expect(error).toMatchObject({ status: 400, extensions: { parameter: 'lastChanged' } });
    }
  });
});
