import type { StatusFilter } from './status-filter.ts';

/** The most instances one search reads, as in Altinn; the message box has no paging. */
export const MESSAGE_BOX_SEARCH_SIZE = 5000;

export interface DateRange {
  readonly from?: Date;
  readonly to?: Date;
}

/** A message box search as the database runs it. */
export interface MessageBoxSearch {
  readonly partyIds: readonly number[];
  readonly appId?: string;
  readonly status: StatusFilter;
  readonly lastChanged: DateRange;
  /** `created` of instances not archived, `lastChanged` of archived ones (Storage's "messagebox interval"). */
  readonly created: DateRange;
  /** The text, and the apps whose title contains it; instances match by app or by a presentation text. */
  readonly text?: { readonly value: string; readonly appIds: readonly string[] };
  /** The instance guid ends with this (lower case). */
  readonly archiveReference?: string;
  readonly size: number;
}
