const COMBINING_RING_ABOVE = '\u030A';
const COMPARED_LENGTH = 4;

/** Trimmed, lower-case, without diacritics, except the ring of the Norwegian Å. */
function normalizeLastName(name: string): string {
  return name
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, (mark, offset: number, whole: string) =>
      mark === COMBINING_RING_ABOVE && /[aA]/.test(whole[offset - 1] ?? '') ? mark : '',
    )
    .normalize('NFC')
    .toLowerCase();
}

/** Altinn's rule for a person lookup: the first four characters of both last names are equal. */
export function lastNamesMatch(registered: string, given: string): boolean {
  const expected = normalizeLastName(registered).slice(0, COMPARED_LENGTH);
  const actual = normalizeLastName(given).slice(0, COMPARED_LENGTH);
  return expected !== '' && expected === actual;
}
