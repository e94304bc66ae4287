/**
 * Dates of query filters. Tinn compares every date filter as a timestamp, where Altinn compares
 * `visibleAfter`, `dueBefore` and `process.ended` as strings: a value is read as ISO 8601 (a date alone
 * is midnight, a time without an offset is UTC, up to 7 fractional digits as .NET writes them) and turned
 * into one canonical UTC form with microseconds, PostgreSQL's precision.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?(Z|z|[+\- ]\d{2}(?::?\d{2})?)?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function offsetMinutes(offset: string | undefined): number | undefined {
  if (offset === undefined || offset === 'Z' || offset === 'z') return 0;
  // A '+' that was not URL-encoded arrives as a space.
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** The canonical UTC timestamp (`2025-01-31T23:00:00.000000Z`) of an ISO 8601 text; undefined when it is none. */
export function parseQueryDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  const minutesOffset = offsetMinutes(offset);
  if (minutesOffset === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) {
    return undefined;
  }
  const utc = new Date(local.getTime() - minutesOffset * 60_000);
  if (year < 1 || utc.getUTCFullYear() < 1 || utc.getUTCFullYear() > 9999) return undefined;
  // Beyond microseconds is cut, as Altinn truncates when it stores timestamps.
  const micros = fraction.padEnd(6, '0').slice(0, 6);
  return (
    `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}` +
    `T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}.${micros}Z`
  );
}
