import { type Kysely, sql } from 'kysely';
import type { RegisterTables } from './register-tables.ts';

export interface PersonLookupThrottleOptions {
  /** Failed lookups a caller may make in one window before being refused. */
  readonly maxFailedAttempts: number;
  readonly windowSeconds: number;
}

/**
 * Counts a caller's failed person lookups in the database, so the limit holds across nodes and restarts.
 * A window starts at the first failure and the count resets once it has passed.
 */
export class PersonLookupThrottle {
  constructor(
    private readonly db: Kysely<RegisterTables>,
    private readonly options: PersonLookupThrottleOptions,
  ) {}

  async isBlocked(callerKey: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('register_person_lookup_failures')
      .select('failed_attempts')
      .where('caller_key', '=', callerKey)
      .where('window_ends_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
    return row !== undefined && row.failed_attempts >= this.options.maxFailedAttempts;
  }

  async recordFailure(callerKey: string): Promise<void> {
    const window = `${this.options.windowSeconds} seconds`;
    await this.db
      .insertInto('register_person_lookup_failures')
      .values({
        caller_key: callerKey,
        failed_attempts: 1,
        window_ends_at: sql<Date>`now() + ${window}::interval`,
      })
      .onConflict((conflict) =>
        conflict.column('caller_key').doUpdateSet({
          failed_attempts: sql<number>`case when register_person_lookup_failures.window_ends_at > now()
            then register_person_lookup_failures.failed_attempts + 1 else 1 end`,
          window_ends_at: sql<Date>`case when register_person_lookup_failures.window_ends_at > now()
            then register_person_lookup_failures.window_ends_at else now() + ${window}::interval end`,
        }),
      )
      .execute();
  }
}
