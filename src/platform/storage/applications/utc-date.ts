import { badRequest } from '../../../core/errors.ts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO-8601 date or date-time as UTC text. A time without an offset is read as UTC, as Storage
 * treats the unspecified DateTime values that app metadata files often hold.
 */
export function toUtcText(value: string, field: string): string {
  const match = ISO_DATE_TIME.exec(value.trim());
  const text = match && !match[1] && value.length > 10 ? `${value.trim()}Z` : value.trim();
  const time = match ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) {
    throw badRequest('invalid_date', `${field} must be an ISO-8601 date and time, got '${value}'`);
  }
  return new Date(time).toISOString();
}
