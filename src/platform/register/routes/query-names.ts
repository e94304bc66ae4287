import type { FastifyRequest, preValidationAsyncHookHandler } from 'fastify';

/**
 * A preValidation hook that renames query parameters to the given spelling when they match it without
 * regard to case (`userid` → `userId`), as ASP.NET binds them; the schema keeps the documented names.
 */
export function queryNamesIgnoringCase(...names: string[]): preValidationAsyncHookHandler {
  const canonical = new Map(names.map((name) => [name.toLowerCase(), name]));
  return async (request: FastifyRequest) => {
    const query = request.query;
    if (typeof query !== 'object' || query === null) return;
    request.query = Object.fromEntries(
      Object.entries(query).map(([name, value]) => [canonical.get(name.toLowerCase()) ?? name, value]),
    );
  };
}
