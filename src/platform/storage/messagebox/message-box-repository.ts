import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Instance } from '../instances/instance.ts';
import { type StorageDb, toInstance } from '../instances/instance-repository.ts';
import type { StorageTables } from '../storage-tables.ts';
import type { DateRange, MessageBoxSearch } from './message-box-search.ts';
import type { StatusFilter } from './status-filter.ts';

type Where = ExpressionBuilder<StorageTables, 'storage_instance'>;

function statusCondition(eb: Where, status: StatusFilter) {
  const archived = eb('is_archived', '=', true);
  const notArchived = eb('is_archived', '=', false);
  const deleted = eb('is_soft_deleted', '=', true);
  const notDeleted = eb('is_soft_deleted', '=', false);
  switch (status) {
    case 'any':
      return eb.and([]);
    case 'active':
      return eb.and([notArchived, notDeleted]);
    case 'archived':
      return eb.and([archived, notDeleted]);
    case 'deleted':
      return deleted;
    case 'notDeleted':
      return notDeleted;
    case 'archivedOrDeleted':
      return eb.or([archived, deleted]);
    case 'activeOrDeleted':
      return eb.or([notArchived, deleted]);
  }
}

/** `created` for instances not archived, `last_changed` for archived ones. */
function messageBoxInterval(eb: Where, range: DateRange) {
  const bounds = (column: 'created' | 'last_changed') => [
    ...(range.from === undefined ? [] : [eb(column, '>=', range.from)]),
    ...(range.to === undefined ? [] : [eb(column, '<=', range.to)]),
  ];
  return eb.or([
    eb.and([eb('is_archived', '=', false), ...bounds('created')]),
    eb.and([eb('is_archived', '=', true), ...bounds('last_changed')]),
  ]);
}

/** `%` and `_` in the user's text match themselves, not any character. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function presentationTextMatches(text: string) {
  return sql<SqlBool>`exists (select 1 from jsonb_each_text(instance -> 'presentationTexts') as texts(key, value) where texts.value ilike ${likePattern(text)} escape '\\')`;
}

/** Reads the instances a message box search asks for, newest change first, without data elements. */
export class MessageBoxRepository {
  constructor(private readonly db: StorageDb) {}

  async search(search: MessageBoxSearch): Promise<Instance[]> {
    if (search.partyIds.length === 0) return [];
    let query = this.db
      .selectFrom('storage_instance')
      .select(['party_id', 'instance_guid', 'instance'])
      .where('party_id', 'in', [...search.partyIds])
      .where('is_hard_deleted', '=', false)
      .where((eb) => statusCondition(eb, search.status));
    if (search.appId !== undefined) query = query.where('app_id', '=', search.appId);
    const { lastChanged, created, text, archiveReference } = search;
    if (lastChanged.from !== undefined) query = query.where('last_changed', '>=', lastChanged.from);
    if (lastChanged.to !== undefined) query = query.where('last_changed', '<=', lastChanged.to);
    if (created.from !== undefined || created.to !== undefined) {
      query = query.where((eb) => messageBoxInterval(eb, created));
    }
    if (text !== undefined) {
      query = query.where((eb) =>
        eb.or([
          ...(text.appIds.length === 0 ? [] : [eb('app_id', 'in', [...text.appIds])]),
          presentationTextMatches(text.value),
        ]),
      );
    }
    if (archiveReference !== undefined) {
      query = query.where(
        sql<SqlBool>`right(instance_guid::text, ${archiveReference.length}) = ${archiveReference}`,
      );
    }
    const rows = await query
      .orderBy('last_changed', 'desc')
      .orderBy('id', 'desc')
      .limit(search.size)
      .execute();
    return rows.map((row) => toInstance(row, []));
  }
}
