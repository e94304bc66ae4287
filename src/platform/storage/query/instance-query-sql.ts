import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { StorageTables } from '../storage-tables.ts';
import type { PageCursor } from './continuation-token.ts';
import type { DateRange } from './date-range.ts';
import type { InstanceFilters, SortOrder } from './instance-query.ts';

type Eb = ExpressionBuilder<StorageTables, 'storage_instance'>;
type Condition = Expression<SqlBool>;
type TimeColumn = 'last_changed' | 'created' | 'process_ended' | 'visible_after' | 'due_before';

const COMPARISON = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function timestamp(value: string) {
  return sql<Date>`${value}::timestamptz`;
}

export function dateConditions(eb: Eb, column: TimeColumn, range: DateRange | undefined): Condition[] {
  if (range === undefined) return [];
  return Object.entries(range).map(([operator, value]) =>
    eb(column, COMPARISON[operator as keyof typeof COMPARISON], timestamp(value)),
  );
}

/**
 * Boolean filters are written as literals, not parameters: the partial indexes (`where not confirmed`, …)
 * are only chosen when the planner can see the value.
 */
function flag(column: 'is_archived' | 'is_soft_deleted' | 'is_hard_deleted' | 'confirmed', value: boolean) {
  return value ? sql<SqlBool>`${sql.ref(column)}` : sql<SqlBool>`not ${sql.ref(column)}`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The org every row must belong to, when the filters fix one (the appId's prefix counts). */
export function orgOfFilters(filters: InstanceFilters): string | undefined {
  return filters.org ?? filters.appId?.split('/')[0];
}

/** The WHERE of a query: the filters, and the keyset condition that starts the page after `after`. */
export function instanceConditions(
  eb: Eb,
  filters: InstanceFilters,
  order: SortOrder,
  after: PageCursor | undefined,
): Condition {
  const conditions: Condition[] = [];
  if (filters.org !== undefined) conditions.push(eb('org', '=', filters.org));
  if (filters.appId !== undefined) conditions.push(eb('app_id', '=', filters.appId));
  if (filters.partyId !== undefined) conditions.push(eb('party_id', '=', filters.partyId));
  if (filters.currentTask !== undefined) conditions.push(eb('task_id', '=', filters.currentTask));
  if (filters.isComplete === true) conditions.push(sql<SqlBool>`process_ended is not null`);
  if (filters.isComplete === false) conditions.push(sql<SqlBool>`task_id is not null`);
  conditions.push(...dateConditions(eb, 'process_ended', filters.processEnded));
  conditions.push(...dateConditions(eb, 'last_changed', filters.lastChanged));
  conditions.push(...dateConditions(eb, 'created', filters.created));
  conditions.push(...dateConditions(eb, 'visible_after', filters.visibleAfter));
  conditions.push(...dateConditions(eb, 'due_before', filters.dueBefore));
  const org = orgOfFilters(filters);
  for (const stakeholder of filters.excludeConfirmedBy ?? []) {
    // For the instance's own org the extracted column says it, and the polling indexes are built on it.
    conditions.push(
      stakeholder === org ? flag('confirmed', false) : sql<SqlBool>`not (${stakeholder} = any(confirmed_by))`,
    );
  }
  if (filters.confirmed !== undefined) conditions.push(flag('confirmed', filters.confirmed));
  if (filters.isArchived !== undefined) conditions.push(flag('is_archived', filters.isArchived));
  if (filters.isSoftDeleted !== undefined) conditions.push(flag('is_soft_deleted', filters.isSoftDeleted));
  if (filters.isHardDeleted !== undefined) conditions.push(flag('is_hard_deleted', filters.isHardDeleted));
  for (const suffix of filters.guidSuffixes ?? []) {
    // The suffix is hex digits and dashes (checked when parsed); a literal lets the planner use the
    // reversed-guid prefix index.
    const pattern = `${[...suffix].reverse().join('')}%`;
    conditions.push(sql<SqlBool>`reverse(instance_guid::text) like ${sql.lit(pattern)}`);
  }
  if (filters.searchString !== undefined) {
    const pattern = `%${escapeLike(filters.searchString)}%`;
    conditions.push(
      sql<SqlBool>`exists (select 1 from jsonb_each_text(instance -> 'presentationTexts') as text(key, value)
        where text.value ilike ${pattern})`,
    );
  }
  if (after !== undefined) {
    const position = sql`(${timestamp(after.lastChanged)}, ${after.id}::bigint)`;
    conditions.push(
      order === 'desc'
        ? sql<SqlBool>`(last_changed, id) < ${position}`
        : sql<SqlBool>`(last_changed, id) > ${position}`,
    );
  }
  return eb.and(conditions);
}
