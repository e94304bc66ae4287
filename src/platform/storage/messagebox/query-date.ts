import { badRequest } from '../../../core/errors.ts';

/** A date, or a date and time; a time without a zone is taken as UTC, as Storage does. */
export const QUERY_DATE_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?([Zz]|[+-]\\d{2}:?\\d{2})?)?$';

const HAS_ZONE = /([Zz]|[+-]\d{2}:?\d{2})$/;
const HAS_TIME = /[Tt ]\d{2}:\d{2}/;

/** Parses a query date; 400 when it is not a real date. Undefined for absent values. */
export function parseQueryDate(name: string, value: string | null | undefined): Date | undefined {
  if (value === undefined || value === null) return undefined;
  let text = value.trim().replace(' ', 'T');
  if (!HAS_TIME.test(text)) text = `${text}T00:00:00`;
  if (!HAS_ZONE.test(text)) text = `${text}Z`;
  // JavaScript keeps milliseconds only; longer fractions are cut to them.
  text = text.replace(/(\.\d{3})\d+/, '$1');
  const date = new Date(text);
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const calendarDay = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  if (
    Number.isNaN(date.getTime()) ||
    calendarDay.getUTCFullYear() !== year ||
    calendarDay.getUTCMonth() + 1 !== month ||
    calendarDay.getUTCDate() !== day
  ) {
    throw badRequest('invalid_date', `${name} is not a valid date: "${value}"`);
  }
  return date;
}
