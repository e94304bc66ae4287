import { describe, expect, it } from 'vitest';
import { compareMoments, isSameDay, parseDate, toUtcFields } from './parse-date.ts';

describe('parseDate', () => {
  it('reads dates and RFC 3339 timestamps, also with a space, without seconds and in lower case', () => {
    expect(parseDate('2020-02-29')).toMatchObject({
      year: 2020,
      month: 2,
      day: 29,
      hour: 0,
      offsetMinutes: null,
    });
    expect(parseDate('2022-02-02T00:00')).toMatchObject({
      hour: 0,
      minute: 0,
      second: 0,
      offsetMinutes: null,
    });
    expect(parseDate('1963-06-19t08:30:06.283185z')).toMatchObject({
      second: 6,
      nanosecond: 283185000,
      offsetMinutes: 0,
    });
    expect(parseDate('1990-12-31T15:59:50.123-08:00')).toMatchObject({ offsetMinutes: -480 });
  });

  it.each([
    '2020',
    '2023-W01',
    '20230328',
    '1998-1-20',
    '06/19/1963',
    '2023-01-01-08:00',
    '1963-06-1৪',
    '2020-01-01 00/00/00',
  ])('does not recognise %s', (text) => {
    expect(() => parseDate(text)).toThrow(`Unable to parse date "${text}": Unknown format`);
  });

  it.each([
    '2021-02-29',
    '2020-13-01',
    '2020-04-31',
    '1998-12-31T23:59:60Z',
    '1990-12-31T15:59:59-24:00',
    '2020-01-01T24:00',
  ])('recognises but refuses %s', (text) => {
    expect(() => parseDate(text)).toThrow('Format was recognized, but the date/time is invalid');
  });
});

describe('moments', () => {
  it('orders by instant, down to the nanosecond', () => {
    expect(
      compareMoments(parseDate('2020-01-01T12:00:00+02:00'), parseDate('2020-01-01T10:30:00Z')),
    ).toBeLessThan(0);
    expect(compareMoments(parseDate('2020-01-01 05:08:09'), parseDate('2020-01-01 05:08:09.00'))).toBe(0);
    expect(
      compareMoments(parseDate('2020-01-01T00:00:00.0000001'), parseDate('2020-01-01T00:00:00')),
    ).toBeGreaterThan(0);
  });

  it('converts timestamps with an offset to UTC, across a day boundary', () => {
    expect(toUtcFields(parseDate('1990-12-31T23:59:50+02:00'))).toMatchObject({
      year: 1990,
      month: 12,
      day: 31,
      hour: 21,
    });
    expect(toUtcFields(parseDate('2000-01-01T01:00:00+02:00'))).toMatchObject({
      year: 1999,
      month: 12,
      day: 31,
      hour: 23,
    });
  });

  it('compares days only within one time zone', () => {
    expect(isSameDay(parseDate('2022-02-02T00:00Z'), parseDate('2022-02-02T23:59:59+00:00'))).toBe(true);
    expect(() => isSameDay(parseDate('2020-01-01'), parseDate('2020-01-01T12:00:00Z'))).toThrow(
      'only one specify timezone',
    );
    expect(() => isSameDay(parseDate('2020-01-01T12:00Z'), parseDate('2020-01-01T12:00+01:00'))).toThrow(
      'different timezones',
    );
  });
});
