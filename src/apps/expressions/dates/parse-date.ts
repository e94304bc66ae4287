import { ExpressionFailure } from '../errors.ts';
import { civilFromDays, daysFromCivil, daysInMonth } from './calendar.ts';

/**
 * A date or timestamp as written: the wall-clock fields plus the offset it was written with
 * (null when it had none, in which case it is a local time that is neither converted nor assumed UTC).
 */
export interface ExprDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Fraction of the second in nanoseconds (digits past the ninth are dropped). */
  readonly nanosecond: number;
  /** Minutes east of UTC, or null for a time without offset. */
  readonly offsetMinutes: number | null;
}

/**
 * RFC 3339 dates and date-times, also with a space instead of `T`, without seconds, without an offset,
 * and with lower-case `t`/`z`. Week dates, ordinal dates, compact forms, non-ASCII digits and an offset
 * on a bare date are not accepted.
 */
const DATE_TIME =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?$/;

function failure(text: string, reason: string): ExpressionFailure {
  return new ExpressionFailure(`Unable to parse date "${text}": ${reason}`);
}

export function parseDate(text: string): ExprDate {
  const match = DATE_TIME.exec(text);
  if (match === null) throw failure(text, 'Unknown format');
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, zoneText] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  const nanosecond = fractionText === undefined ? 0 : Number(fractionText.slice(0, 9).padEnd(9, '0'));
  let offsetMinutes: number | null = null;
  let offsetValid = true;
  if (zoneText !== undefined) {
    if (zoneText === 'Z' || zoneText === 'z') {
      offsetMinutes = 0;
    } else {
      const offsetHours = Number(zoneText.slice(1, 3));
      const offsetRest = Number(zoneText.slice(4, 6));
      offsetValid = offsetHours <= 23 && offsetRest <= 59;
      offsetMinutes = (zoneText.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetRest);
    }
  }
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    // Leap seconds (:60) are rejected: no clock this runs on can represent them.
    second <= 59 &&
    offsetValid;
  if (!valid) throw failure(text, 'Format was recognized, but the date/time is invalid');
  return { year, month, day, hour, minute, second, nanosecond, offsetMinutes };
}

/** Seconds since the epoch; a time without offset is counted as if it were UTC. */
export function epochSeconds(date: ExprDate): number {
  const days = daysFromCivil(date.year, date.month, date.day);
  return days * 86400 + date.hour * 3600 + date.minute * 60 + date.second - (date.offsetMinutes ?? 0) * 60;
}

/** The same moment as UTC wall-clock fields; a time without offset is returned unchanged. */
export function toUtcFields(date: ExprDate): ExprDate {
  if (date.offsetMinutes === null || date.offsetMinutes === 0) return date;
  const total = epochSeconds(date);
  const days = Math.floor(total / 86400);
  const secondOfDay = total - days * 86400;
  return {
    ...civilFromDays(days),
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    nanosecond: date.nanosecond,
    offsetMinutes: 0,
  };
}

/** Orders two moments: negative when `a` is first. */
export function compareMoments(a: ExprDate, b: ExprDate): number {
  return epochSeconds(a) - epochSeconds(b) || a.nanosecond - b.nanosecond;
}

export function isSameDay(a: ExprDate, b: ExprDate): boolean {
  if ((a.offsetMinutes === null) !== (b.offsetMinutes === null)) {
    throw new ExpressionFailure('Can not compare timestamps where only one specify timezone');
  }
  if (a.offsetMinutes !== b.offsetMinutes) {
    throw new ExpressionFailure(
      'Can not figure out if timestamps in different timezones are in the same day',
    );
  }
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
