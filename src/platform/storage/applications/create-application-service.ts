import type { Kysely } from 'kysely';
import { ApplicationCache } from './application-cache.ts';
import { ApplicationService } from './application-service.ts';
import type { ApplicationTables } from './application-tables.ts';

/** How long this node trusts its cached copy of an app's metadata. */
export const APPLICATION_CACHE_TTL_MS = 5_000;

export function createApplicationService(
  db: Kysely<unknown>,
  options: { readonly cacheTtlMs?: number; readonly now?: () => Date } = {},
): ApplicationService {
  return new ApplicationService({
    db: db.withTables<ApplicationTables>(),
    cache: new ApplicationCache(options.cacheTtlMs ?? APPLICATION_CACHE_TTL_MS),
    ...(options.now ? { now: options.now } : {}),
  });
}
