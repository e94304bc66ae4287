/** Removes `null` from every property type, as stored and written documents carry no nulls. */
export type WithoutNulls<T> = T extends readonly (infer E)[]
  ? WithoutNulls<E>[]
  : T extends object
    ? { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> }
    : T;

/** Drops object properties whose value is null, at every depth (array items stay as they are). */
export function stripNulls<T>(value: T): WithoutNulls<T> {
  if (Array.isArray(value)) return value.map((item) => stripNulls(item)) as WithoutNulls<T>;
  if (typeof value !== 'object' || value === null) return value as WithoutNulls<T>;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner !== null) result[key] = stripNulls(inner);
  }
  return result as WithoutNulls<T>;
}

/** Freezes a JSON value at every depth, so a shared cached copy cannot be changed by a reader. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
