import { badRequest } from '../../../core/errors.ts';
import { parseQueryDate } from './query-date.ts';

export const DATE_OPERATORS = ['eq', 'gt', 'gte', 'lt', 'lte'] as const;
export type DateOperator = (typeof DATE_OPERATORS)[number];

/** Bounds on one date, each a canonical UTC timestamp; all given bounds must hold. */
export type DateRange = Readonly<Partial<Record<DateOperator, string>>>;

function isOperator(text: string): text is DateOperator {
  return (DATE_OPERATORS as readonly string[]).includes(text);
}

/**
 * `lastChanged=gte:2025-01-01&lastChanged=lt:2025-02-01`: each value is `<operator>:<date>`; everything after
 * the first colon is the date. Where Altinn ignores an unknown operator and fails with 500 on the rest,
 * every malformed value is a 400 naming the parameter.
 */
export function parseDateRange(parameter: string, values: readonly string[]): DateRange | undefined {
  if (values.length === 0) return undefined;
  const range: Partial<Record<DateOperator, string>> = {};
  for (const value of values) {
    const colon = value.indexOf(':');
    if (colon < 0) {
      throw badRequest('invalid_query_parameter', `${parameter} must be <operator>:<date>, got "${value}"`, {
        parameter,
      });
    }
    const operator = value.slice(0, colon).trim().toLowerCase();
    if (!isOperator(operator)) {
      throw badRequest(
        'invalid_query_parameter',
        `${parameter} has the unknown operator "${operator}" (use ${DATE_OPERATORS.join(', ')})`,
        { parameter },
      );
    }
    if (range[operator] !== undefined) {
      throw badRequest('invalid_query_parameter', `${parameter} gives the operator ${operator} twice`, {
        parameter,
      });
    }
    const date = parseQueryDate(value.slice(colon + 1));
    if (date === undefined) {
      throw badRequest('invalid_query_parameter', `${parameter} has no valid ISO 8601 date in "${value}"`, {
        parameter,
      });
    }
    range[operator] = date;
  }
  return range;
}
