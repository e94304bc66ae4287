import { DATA_TYPE } from './constants.ts';

const SHORT_NAMES = new Map<string, string>(
  Object.entries(DATA_TYPE).map(([shortName, uri]) => [shortName.toLowerCase(), uri]),
);
const FULL_NAMES = new Set<string>(Object.values(DATA_TYPE));

/**
 * The full data type URI for a request's `DataType` (omitted means string; `string`, `anyURI`, … may be
 * given short), or undefined when the type is not supported.
 */
export function normaliseDataType(dataType: string | undefined): string | undefined {
  if (dataType === undefined || dataType === '') return DATA_TYPE.string;
  if (FULL_NAMES.has(dataType)) return dataType;
  return SHORT_NAMES.get(dataType.toLowerCase());
}

export function isSupportedDataType(dataType: string): boolean {
  return FULL_NAMES.has(dataType);
}

const TIMEZONE = '(?:Z|[+-]\\d{2}:\\d{2})?';
const DATE = '-?\\d{4,}-\\d{2}-\\d{2}';
const TIME = '\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?';

const LEXICAL: ReadonlyMap<string, RegExp> = new Map([
  [DATA_TYPE.integer, /^[+-]?\d+$/],
  [DATA_TYPE.boolean, /^(?:true|false|1|0)$/],
  [DATA_TYPE.date, new RegExp(`^${DATE}${TIMEZONE}$`)],
  [DATA_TYPE.time, new RegExp(`^${TIME}${TIMEZONE}$`)],
  [DATA_TYPE.dateTime, new RegExp(`^${DATE}T${TIME}${TIMEZONE}$`)],
]);

/** Whether `value` is a valid literal of `dataType` (strings and URIs accept anything). */
export function isValidLiteral(dataType: string, value: string): boolean {
  const pattern = LEXICAL.get(dataType);
  return pattern === undefined || pattern.test(value);
}
