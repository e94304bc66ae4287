import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../core/errors.ts';
import { parseQueryDate, QUERY_DATE_PATTERN } from './query-date.ts';

const pattern = new RegExp(QUERY_DATE_PATTERN);

describe('parseQueryDate', () => {
  it('reads dates and times, taking a time without a zone as UTC', () => {
    const cases: [string, string][] = [
      ['2024-02-01', '2024-02-01T00:00:00.000Z'],
      ['2024-02-01T10:20', '2024-02-01T10:20:00.000Z'],
      ['2024-02-01T10:20:30', '2024-02-01T10:20:30.000Z'],
      ['2024-02-01T10:20:30.1234567', '2024-02-01T10:20:30.123Z'],
      ['2024-02-01T10:20:30Z', '2024-02-01T10:20:30.000Z'],
      ['2024-02-01T10:20:30+01:00', '2024-02-01T09:20:30.000Z'],
      ['2024-02-01T10:20:30-0130', '2024-02-01T11:50:30.000Z'],
    ];
    for (const [text, expected] of cases) {
      expect(pattern.test(text), text).toBe(true);
      expect(parseQueryDate('from', text)?.toISOString(), text).toBe(expected);
    }
  });

  it('leaves absent values undefined', () => {
    expect(parseQueryDate('from', undefined)).toBeUndefined();
    expect(parseQueryDate('from', null)).toBeUndefined();
  });

  it('refuses days that do not exist with a 400 naming the field', () => {
    for (const text of ['2024-02-30', '2023-02-29T00:00:00Z', '2024-13-01', '2024-00-10']) {
      let error: unknown;
      try {
        parseQueryDate('toCreated', text);
      } catch (caught) {
        error = caught;
      }
      expect(error, text).toBeInstanceOf(ProblemError);
      expect((error as ProblemError).status).toBe(400);
      expect((error as ProblemError).detail).toContain('toCreated');
    }
    expect(parseQueryDate('leap', '2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});
