/** A value an expression can produce or receive. Lists and objects come from `list`, `object`, `jmespath` and data model lookups. */
export type ExprValue = null | boolean | number | string | readonly ExprValue[] | ExprObject;

export interface ExprObject {
  readonly [key: string]: ExprValue;
}

export type ExprValueType = 'null' | 'boolean' | 'number' | 'string' | 'list' | 'object';

export function typeOfValue(value: ExprValue): ExprValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}

export function isExprObject(value: ExprValue): value is ExprObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How a value is shown inside error messages: strings quoted, everything else as JSON. */
export function describeValue(value: ExprValue): string {
  return JSON.stringify(value);
}

/**
 * Turns anything read from a data model into an expression value. `undefined` (a missing field) becomes
 * null; values that JSON cannot hold (functions, NaN, class instances other than Date) become null too.
 */
export function toExprValue(input: unknown): ExprValue {
  if (input === undefined || input === null) return null;
  switch (typeof input) {
    case 'string':
    case 'boolean':
      return input;
    case 'number':
      return Number.isFinite(input) ? input : null;
    case 'bigint':
      return Number(input);
    case 'object': {
      if (Array.isArray(input)) return input.map(toExprValue);
      if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString();
      const out: Record<string, ExprValue> = {};
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) out[key] = toExprValue(value);
      }
      return out;
    }
    default:
      return null;
  }
}
