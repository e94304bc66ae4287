/**
 * Which instances a search includes by state, from the three include flags of the query:
 * active (neither archived nor soft deleted), archived, and soft deleted.
 */
export type StatusFilter =
  | 'any'
  | 'active'
  | 'archived'
  | 'deleted'
  | 'notDeleted'
  | 'archivedOrDeleted'
  | 'activeOrDeleted';

export interface IncludeFlags {
  readonly active: boolean;
  readonly archived: boolean;
  readonly deleted: boolean;
}

/** All flags equal means no filter; otherwise the union of the states asked for. */
export function statusFilterOf(flags: IncludeFlags): StatusFilter {
  const { active, archived, deleted } = flags;
  if (active === archived && active === deleted) return 'any';
  if (!archived && !deleted) return 'active';
  if (!active && !deleted) return 'archived';
  if (!active && !archived) return 'deleted';
  if (active && archived) return 'notDeleted';
  if (archived) return 'archivedOrDeleted';
  return 'activeOrDeleted';
}

/**
 * A search by archive reference looks only at archived and deleted instances: with no state chosen (or
 * all) it includes both, with only active chosen it finds nothing (undefined), and active is dropped.
 */
export function flagsForArchiveReference(flags: IncludeFlags): IncludeFlags | undefined {
  const { active, archived, deleted } = flags;
  if (active === archived && active === deleted) return { active: false, archived: true, deleted: true };
  if (active && !archived && !deleted) return undefined;
  return { active: false, archived, deleted };
}
