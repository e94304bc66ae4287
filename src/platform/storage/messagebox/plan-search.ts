import type { MessageBoxQuery } from './message-box-model.ts';
import { MESSAGE_BOX_SEARCH_SIZE, type MessageBoxSearch } from './message-box-search.ts';
import { parseQueryDate } from './query-date.ts';
import { flagsForArchiveReference, type IncludeFlags, statusFilterOf } from './status-filter.ts';

export interface SearchPlanInput {
  readonly query: MessageBoxQuery;
  /** The parties the caller may act for; others in the query are left out. */
  readonly represented: ReadonlySet<number>;
  readonly appIdsWithTitleContaining: (text: string) => Promise<string[]>;
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Checks the dates first, so a bad one is a 400 whatever else the query says. */
function dateRanges(query: MessageBoxQuery) {
  return {
    lastChanged: {
      from: parseQueryDate('fromLastChanged', query.fromLastChanged),
      to: parseQueryDate('toLastChanged', query.toLastChanged),
    },
    created: {
      from: parseQueryDate('fromCreated', query.fromCreated),
      to: parseQueryDate('toCreated', query.toCreated),
    },
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

/**
 * Turns the search body into the database search, or undefined when it can find nothing (only active
 * instances asked for by archive reference, or no party the caller may act for).
 */
export async function planSearch(input: SearchPlanInput): Promise<MessageBoxSearch | undefined> {
  const { query, represented } = input;
  const { lastChanged, created } = dateRanges(query);
  const asked: IncludeFlags = {
    active: query.includeActive === true,
    archived: query.includeArchived === true,
    deleted: query.includeDeleted === true,
  };
  const archiveReference = present(query.archiveReference)?.toLowerCase();
  const flags = archiveReference === undefined ? asked : flagsForArchiveReference(asked);
  if (flags === undefined) return undefined;
  const partyIds = [...new Set(query.instanceOwnerPartyIdList)].filter((party) => represented.has(party));
  if (partyIds.length === 0) return undefined;
  const searchString = present(query.searchString);
  const appId = present(query.appId);
  return {
    partyIds,
    ...(appId === undefined ? {} : { appId }),
    status: statusFilterOf(flags),
    lastChanged: withoutUndefined(lastChanged),
    created: withoutUndefined(created),
    ...(searchString === undefined
      ? {}
      : { text: { value: searchString, appIds: await input.appIdsWithTitleContaining(searchString) } }),
    ...(archiveReference === undefined ? {} : { archiveReference }),
    size: MESSAGE_BOX_SEARCH_SIZE,
  };
}
