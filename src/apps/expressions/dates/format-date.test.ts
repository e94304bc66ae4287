import { describe, expect, it } from 'vitest';
import { dateLocale } from './date-locales.ts';
import { formatDate, tokenizeDateFormat } from './format-date.ts';
import { parseDate } from './parse-date.ts';

const format = (date: string, pattern: string, language = 'nb') =>
  formatDate(parseDate(date), pattern, dateLocale(language));

describe('formatDate', () => {
  it('writes numeric fields with the padding the letter count asks for', () => {
    expect(
      format('2023-03-04T05:06:07.120Z', 'd dd M MM y yy yyy yyyy u uu H HH h hh m mm s ss S SS SSS'),
    ).toBe('4 04 3 03 2023 23 2023 2023 2023 2023 5 05 5 05 6 06 7 07 1 12 120');
    expect(format('2023-03-04T00:30:00', 'h K k')).toBe('12 0 24');
  });

  it('uses the names of the language', () => {
    expect(format('2023-03-04', 'EEEE d. MMMM G', 'nb')).toBe('lørdag 4. mars e.Kr.');
    expect(format('2023-03-04', 'EEE EEEE', 'nn')).toBe('lau laurdag');
    expect(format('2023-03-04T15:00', 'EEEE, MMMM d, GGGG a', 'en')).toBe(
      'Saturday, March 4, Anno Domini PM',
    );
    expect(format('2023-03-04', 'EEEEE MMMMM GGGGG', 'en-GB')).toBe('S M A');
  });

  it('falls back to bokmål for languages without names of their own', () => {
    expect(dateLocale('se')).toBe(dateLocale('nb'));
    expect(dateLocale('nb').defaultFormat).toBe('dd.MM.yyyy');
    expect(dateLocale('en').defaultFormat).toBe('M/d/yy');
  });

  it('shows timestamps with an offset in UTC and local times as written', () => {
    expect(format('1937-01-01T12:00:27.87+00:20', 'HH:mm:ss.SSS')).toBe('11:40:27.870');
    expect(format('2023-01-01T23:30:00', 'dd HH:mm')).toBe('01 23:30');
  });

  it('keeps quoted text and other characters as they are', () => {
    expect(format('2023-03-04T05:06', "'kl.' HH:mm 'o''clock'")).toBe("kl. 05:06 o'clock");
    expect(tokenizeDateFormat("dd.MM''")).toEqual([
      { letter: 'd', count: 2 },
      { literal: '.' },
      { letter: 'M', count: 2 },
      { literal: "'" },
    ]);
  });

  it('refuses pattern letters it does not know', () => {
    expect(() => format('2023-03-04', 'QQ')).toThrow('Unsupported letter "Q" in date format');
  });
});
