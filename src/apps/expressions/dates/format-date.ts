import { ExpressionFailure } from '../errors.ts';
import { daysFromCivil, weekdayFromDays } from './calendar.ts';
import type { DateLocale } from './date-locales.ts';
import { type ExprDate, toUtcFields } from './parse-date.ts';

/** A run of one pattern letter, or literal text. */
type FormatPart = { readonly letter: string; readonly count: number } | { readonly literal: string };

const PATTERN_LETTER = /[A-Za-z]/;

/**
 * Splits a Unicode date pattern (`dd.MM.yyyy HH:mm`) into letter runs and literals; text between single
 * quotes is literal and `''` is a quote.
 */
export function tokenizeDateFormat(format: string): FormatPart[] {
  const parts: FormatPart[] = [];
  let literal = '';
  let index = 0;
  while (index < format.length) {
    const char = format[index] ?? '';
    if (char === "'") {
      if (format[index + 1] === "'") {
        literal += "'";
        index += 2;
        continue;
      }
      // Quoted text runs to the next single quote; a doubled quote inside it is a quote.
      index += 1;
      while (index < format.length) {
        if (format[index] === "'") {
          if (format[index + 1] !== "'") break;
          index += 1;
        }
        literal += format[index];
        index += 1;
      }
      index += 1;
      continue;
    }
    if (PATTERN_LETTER.test(char)) {
      if (literal !== '') parts.push({ literal });
      literal = '';
      let count = 1;
      while (format[index + count] === char) count += 1;
      parts.push({ letter: char, count });
      index += count;
      continue;
    }
    literal += char;
    index += 1;
  }
  if (literal !== '') parts.push({ literal });
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function byWidth(count: number, abbreviated: string, wide: string, narrow: string): string {
  if (count === 4) return wide;
  if (count === 5) return narrow;
  return abbreviated;
}

function formatPart(letter: string, count: number, date: ExprDate, locale: DateLocale): string {
  const era = date.year > 0 ? 1 : 0;
  const yearOfEra = date.year > 0 ? date.year : 1 - date.year;
  switch (letter) {
    case 'G':
      return byWidth(count, locale.erasAbbreviated[era], locale.erasWide[era], locale.erasNarrow[era]);
    case 'y':
      return count === 2 ? pad(yearOfEra % 100, 2) : pad(yearOfEra, count);
    case 'u':
      return pad(date.year, count);
    case 'M':
    case 'L': {
      if (count <= 2) return pad(date.month, count);
      const index = date.month - 1;
      return byWidth(
        count,
        locale.monthsAbbreviated[index] ?? '',
        locale.monthsWide[index] ?? '',
        locale.monthsNarrow[index] ?? '',
      );
    }
    case 'd':
      return pad(date.day, count);
    case 'E': {
      const weekday = weekdayFromDays(daysFromCivil(date.year, date.month, date.day));
      return byWidth(
        count,
        locale.weekdaysAbbreviated[weekday] ?? '',
        locale.weekdaysWide[weekday] ?? '',
        locale.weekdaysNarrow[weekday] ?? '',
      );
    }
    case 'a':
      return locale.dayPeriods[date.hour < 12 ? 0 : 1];
    case 'h':
      return pad(date.hour % 12 === 0 ? 12 : date.hour % 12, count);
    case 'H':
      return pad(date.hour, count);
    case 'K':
      return pad(date.hour % 12, count);
    case 'k':
      return pad(date.hour === 0 ? 24 : date.hour, count);
    case 'm':
      return pad(date.minute, count);
    case 's':
      return pad(date.second, count);
    case 'S':
      return pad(date.nanosecond, 9).slice(0, Math.min(count, 9)).padEnd(count, '0');
    default:
      throw new ExpressionFailure(`Unsupported letter "${letter}" in date format`);
  }
}

/**
 * Writes a date with a Unicode date pattern. A timestamp with an offset is shown in UTC; one without
 * an offset is shown as written.
 */
export function formatDate(date: ExprDate, format: string, locale: DateLocale): string {
  const fields = toUtcFields(date);
  return tokenizeDateFormat(format)
    .map((part) => ('literal' in part ? part.literal : formatPart(part.letter, part.count, fields, locale)))
    .join('');
}
