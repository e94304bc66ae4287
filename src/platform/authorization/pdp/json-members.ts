import { DecisionRequestError } from './errors.ts';
import { MAX_IDENTIFIER_LENGTH } from './limits.ts';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: unknown, path: string): JsonObject {
  if (!isJsonObject(value)) throw new DecisionRequestError(path, 'must be an object');
  return value;
}

/** A member looked up case-insensitively; two members differing only in case are ambiguous. */
export function member(object: JsonObject, name: string, path: string): unknown {
  const wanted = name.toLowerCase();
  const keys = Object.keys(object).filter((key) => key.toLowerCase() === wanted);
  if (keys.length > 1) throw new DecisionRequestError(path, `has both ${keys.join(' and ')}`);
  const [key] = keys;
  return key === undefined ? undefined : object[key];
}

export function optionalArray(
  object: JsonObject,
  name: string,
  path: string,
): readonly unknown[] | undefined {
  const value = member(object, name, path);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new DecisionRequestError(`${path}.${name}`, 'must be an array');
  return value;
}

export function optionalBoolean(object: JsonObject, name: string, path: string): boolean | undefined {
  const value = member(object, name, path);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new DecisionRequestError(`${path}.${name}`, 'must be true or false');
  return value;
}

/** An identifier-like string member: non-empty, trimmed, at most `MAX_IDENTIFIER_LENGTH` characters. */
export function optionalIdentifier(object: JsonObject, name: string, path: string): string | undefined {
  const value = member(object, name, path);
  if (value === undefined || value === null) return undefined;
  return identifier(value, `${path}.${name}`);
}

export function identifier(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new DecisionRequestError(path, 'must be a string');
  const trimmed = value.trim();
  if (trimmed === '') throw new DecisionRequestError(path, 'must not be empty');
  if (trimmed.length > MAX_IDENTIFIER_LENGTH) {
    throw new DecisionRequestError(path, `is longer than ${MAX_IDENTIFIER_LENGTH} characters`);
  }
  return trimmed;
}
