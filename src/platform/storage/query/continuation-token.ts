import { badRequest } from '../../../core/errors.ts';
import { parseQueryDate } from './query-date.ts';

/** Where a page ended: the last row's `lastChanged` (UTC, microseconds) and internal id. */
export interface PageCursor {
  readonly lastChanged: string;
  readonly id: number;
}

const VERSION = 1;

/**
 * Opaque to clients: base64url of a small JSON document. A token names a position in the ordering, never
 * a permission, so a hand-made one can only move where the next page starts; filters and access rules
 * are applied again on every page.
 */
export function encodeContinuationToken(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ v: VERSION, t: cursor.lastChanged, i: cursor.id })).toString(
    'base64url',
  );
}

function invalid(): never {
  throw badRequest('invalid_continuation_token', 'continuationToken is not a token this API gave out', {
    parameter: 'continuationToken',
  });
}

export function decodeContinuationToken(token: string): PageCursor {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    invalid();
  }
  if (typeof decoded !== 'object' || decoded === null) invalid();
  const { v, t, i } = decoded as Record<string, unknown>;
  // Only the canonical form this API writes is accepted, so the database never sees an odd timestamp.
  if (v !== VERSION || typeof t !== 'string' || parseQueryDate(t) !== t) invalid();
  if (typeof i !== 'number' || !Number.isSafeInteger(i) || i < 1) invalid();
  return { lastChanged: t, id: i };
}
