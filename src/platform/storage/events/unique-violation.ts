import { conflict } from '../../../core/errors.ts';

/** PostgreSQL's unique_violation, from the server driver and from the embedded database alike. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Runs `write`, answering 409 when an event id the client chose is taken. */
export async function refusingDuplicateEvents<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('event_exists', 'An instance event with that id exists');
    throw error;
  }
}
