/** Changes to a map of texts: a value sets its key; an empty string or null removes the key. */
export type TextMapChanges = Readonly<Record<string, string | null>>;

/**
 * Applies changes to a text map (presentation texts, data values). Removal is explicit here: Altinn's SQL
 * merge would keep a key whose new value is empty, which is not what its API promises.
 */
export function applyTextMapChanges(
  current: Readonly<Record<string, string>> | undefined,
  changes: TextMapChanges,
): Record<string, string> {
  const result = new Map(Object.entries(current ?? {}));
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') result.delete(key);
    else result.set(key, value);
  }
  return Object.fromEntries(result);
}
