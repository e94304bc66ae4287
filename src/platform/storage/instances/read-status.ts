import type { ReadStatus } from './instance.ts';

const READ_STATUSES: readonly ReadStatus[] = ['Unread', 'Read', 'UpdatedSinceLastReview'];

/** A read status by name, ignoring case, or by its number (0, 1, 2) as .NET enums parse; else undefined. */
export function parseReadStatus(value: string | undefined): ReadStatus | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^[0-2]$/.test(trimmed)) return READ_STATUSES[Number(trimmed)];
  return READ_STATUSES.find((status) => status.toLowerCase() === trimmed.toLowerCase());
}

export const READ_STATUS_NAMES = READ_STATUSES.join(', ');
