import fs from 'node:fs/promises';
import JSON5 from 'json5';

export type JsonRecord = Readonly<Record<string, unknown>>;

/** Reads JSON as Altinn tolerates it: a byte order mark, comments and trailing commas are accepted. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await fs.readFile(file, 'utf8');
  return JSON5.parse(text.replace(/^\uFEFF/, ''));
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property by name, matched without regard to case (app-localtest reads its files that way). */
export function field(record: JsonRecord, name: string): unknown {
  if (name in record) return record[name];
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** A non-empty string (numbers are taken as their text), else null. */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

const MAX_INT = 2147483647;

/** A positive whole number that fits a database integer (numbers or numeric strings), else null. */
export function id(value: unknown): number | null {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= MAX_INT
    ? number
    : null;
}

/** Altinn's numeric UserType (0–6). */
export function userType(value: unknown): number | null {
  const number = typeof value === 'string' && /^\s*\d\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 && number <= 6 ? number : null;
}

export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
    return value.trim().toLowerCase() === 'true';
  return null;
}

export function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The fields named in `names`, read case-insensitively, for the complete* helpers. */
export function pick(record: JsonRecord, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, field(record, name)]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuid(value: unknown): string | null {
  return typeof value === 'string' && UUID.test(value.trim()) ? value.trim().toLowerCase() : null;
}
