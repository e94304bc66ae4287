import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../core/errors.ts';
import { toUtcText } from './utc-date.ts';

describe('toUtcText', () => {
  it.each([
    ['2019-09-24T10:02:41.0839253Z', '2019-09-24T10:02:41.083Z'],
    ['2019-09-24T10:02:41', '2019-09-24T10:02:41.000Z'],
    ['2019-09-24T10:02:41+02:00', '2019-09-24T08:02:41.000Z'],
    ['2019-09-24', '2019-09-24T00:00:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(toUtcText(input, 'validFrom')).toBe(expected);
  });

  it.each(['tomorrow', '24.09.2019', '2019-13-45T99:99:99Z', ''])('refuses %j with a 400', (input) => {
    expect(() => toUtcText(input, 'validFrom')).toThrow(ProblemError);
  });
});
