import { sql } from 'kysely';
import type { DataElement, Instance } from '../instances/instance.ts';
import { type StorageDb, toDataElement, toInstance } from '../instances/instance-repository.ts';
import type { PageCursor } from './continuation-token.ts';
import type { InstanceFilters, SortOrder } from './instance-query.ts';
import { dateConditions, instanceConditions } from './instance-query-sql.ts';

export interface PageRequest {
  readonly filters: InstanceFilters;
  readonly order: SortOrder;
  readonly size: number;
  readonly after?: PageCursor;
}

export interface PageRow {
  readonly internalId: number;
  /** Where this row sits in the ordering, for the next page's token. */
  readonly cursor: PageCursor;
  /** Without data elements; those are read for the rows that are kept. */
  readonly instance: Instance;
}

/** Up to this many instances of an app in a `created` range are read through the created index and sorted. */
const NARROW_CREATED_RANGE = 2000;

/** Reads pages of instances by keyset on (last_changed, id), and the data elements of a page in one query. */
export class InstanceQueryRepository {
  constructor(private readonly db: StorageDb) {}

  /**
   * The page's SELECT, unexecuted (also for EXPLAIN). Normally the (…, last_changed, id) indexes give rows
   * in page order and the scan stops after one page. `sortMatches` makes the order an expression no index
   * has, so the planner fetches the matches through another index (a narrow `created` range) and sorts
   * just those.
   */
  pageQuery(request: PageRequest, options: { sortMatches?: boolean } = {}) {
    const lastChanged = options.sortMatches
      ? sql`last_changed + interval '0 seconds'`
      : sql.ref('last_changed');
    return this.db
      .selectFrom('storage_instance')
      .select([
        'id',
        'party_id',
        'instance_guid',
        'instance',
        // Microseconds as stored, so the next page starts exactly after this row.
        sql<string>`to_char(last_changed at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('position'),
      ])
      .where((eb) => instanceConditions(eb, request.filters, request.order, request.after))
      .orderBy(lastChanged, request.order)
      .orderBy('id', request.order)
      .limit(request.size);
  }

  async page(request: PageRequest): Promise<PageRow[]> {
    const sortMatches = await this.isNarrowCreatedRange(request.filters);
    const rows = await this.pageQuery(request, { sortMatches }).execute();
    return rows.map((row) => ({
      internalId: row.id,
      cursor: { lastChanged: row.position, id: row.id },
      instance: toInstance(row, []),
    }));
  }

  /**
   * `created` and `last_changed` rise together, which the planner does not know: for a range of old
   * instances it walks every newer one in page order. A bounded count on (app_id, created, id) tells
   * whether the range is small enough to fetch whole and sort instead.
   */
  async isNarrowCreatedRange(filters: InstanceFilters): Promise<boolean> {
    const { appId, created } = filters;
    if (appId === undefined || created === undefined) return false;
    const probe = this.db
      .selectFrom('storage_instance')
      .select(sql`1`.as('one'))
      .where((eb) => eb.and([eb('app_id', '=', appId), ...dateConditions(eb, 'created', created)]))
      .limit(NARROW_CREATED_RANGE);
    const counted = await this.db
      .selectFrom(probe.as('probe'))
      .select((eb) => eb.fn.countAll<number | string>().as('matches'))
      .executeTakeFirstOrThrow();
    return Number(counted.matches) < NARROW_CREATED_RANGE;
  }

  /** The data elements of the given instances, oldest first within each. */
  async dataElements(internalIds: readonly number[]): Promise<Map<number, DataElement[]>> {
    const byInstance = new Map<number, DataElement[]>();
    if (internalIds.length === 0) return byInstance;
    const rows = await this.db
      .selectFrom('storage_data_element')
      .select(['instance_id', 'element'])
      .where('instance_id', 'in', internalIds)
      .orderBy('instance_id')
      .orderBy('created')
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const elements = byInstance.get(row.instance_id) ?? [];
      elements.push(toDataElement(row));
      byInstance.set(row.instance_id, elements);
    }
    return byInstance;
  }
}
