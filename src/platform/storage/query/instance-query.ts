import type { PageCursor } from './continuation-token.ts';
import type { DateRange } from './date-range.ts';

export type SortOrder = 'asc' | 'desc';

/** What the rows must match; every member is optional and all given members must hold. */
export interface InstanceFilters {
  readonly org?: string;
  readonly appId?: string;
  readonly partyId?: number;
  readonly currentTask?: string;
  /** true: the process has ended; false: it is at a task (instances not started match neither). */
  readonly isComplete?: boolean;
  readonly processEnded?: DateRange;
  readonly lastChanged?: DateRange;
  readonly created?: DateRange;
  readonly visibleAfter?: DateRange;
  readonly dueBefore?: DateRange;
  /** Stakeholders (org codes) none of whose complete confirmations the instance may have. */
  readonly excludeConfirmedBy?: readonly string[];
  /** Whether the instance's own org has confirmed it complete. */
  readonly confirmed?: boolean;
  readonly isArchived?: boolean;
  readonly isSoftDeleted?: boolean;
  readonly isHardDeleted?: boolean;
  /** The instance guid must end with each (archiveReference, A3Ref), lower case. */
  readonly guidSuffixes?: readonly string[];
  /** Contained in a presentation text value, without regard to case. */
  readonly searchString?: string;
}

/** A parsed `GET /instances` request, before the caller's rules are applied. */
export interface InstanceQuery {
  readonly filters: InstanceFilters;
  readonly order: SortOrder;
  readonly size: number;
  readonly after?: PageCursor;
  readonly includeDataElements: boolean;
  /** The X-Ai-InstanceOwnerIdentifier header as sent; read after the caller rules, as Altinn does. */
  readonly ownerIdentifier?: string;
  /**
   * Set when the query asks only for instances migrated from Altinn 1 or 2 (`mainVersionInclude`,
   * `dataValues.A2ArchRef`); Tinn holds none, so nothing can match.
   */
  readonly onlyOlderGenerations: boolean;
}
