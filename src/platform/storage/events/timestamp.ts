const ISO_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 date or date-time as .NET model binding reads it; a time without offset is taken as UTC.
 * Undefined when the text is not such a timestamp.
 */
export function parseTimestamp(value: string): Date | undefined {
  const match = ISO_TIMESTAMP.exec(value.trim());
  if (match === null) return undefined;
  const [, date, time = '00:00', seconds = '00', fraction = '', zone = 'Z'] = match;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const millis = fraction === '' ? '' : `.${fraction.slice(0, 3).padEnd(3, '0')}`;
  const parsed = new Date(`${date}T${time}:${seconds}${millis}${offset}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
