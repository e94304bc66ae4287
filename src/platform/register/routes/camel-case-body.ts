import type { FastifyRequest } from 'fastify';

/** Lower-cases the first letter of every object key, so `{"Ssn": …}` reads as `{"ssn": …}`. */
export function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    result[key.charAt(0).toLowerCase() + key.slice(1)] = camelCaseKeys(inner);
  }
  return result;
}

/** preValidation hook: JSON bodies are matched case-insensitively on the first letter, as ASP.NET binds them. */
export async function camelCaseBody(request: FastifyRequest): Promise<void> {
  request.body = camelCaseKeys(request.body);
}
