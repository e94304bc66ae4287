import { describe, expect, it } from 'vitest';
import { lastNamesMatch } from './last-name-match.ts';

describe('lastNamesMatch', () => {
  it('compares the first four characters, ignoring case and surrounding space', () => {
    expect(lastNamesMatch('Fjellheim', ' fjellHEIMEN ')).toBe(true);
    expect(lastNamesMatch('Fjellheim', 'Fjel')).toBe(true);
    expect(lastNamesMatch('Fjellheim', 'Fjeld')).toBe(true);
    expect(lastNamesMatch('Fjellheim', 'Fjæl')).toBe(false);
    expect(lastNamesMatch('Fjellheim', 'Fje')).toBe(false);
  });

  it('removes diacritics but keeps the Norwegian Å', () => {
    expect(lastNamesMatch('Hélène', 'Helene')).toBe(true);
    expect(lastNamesMatch('Ødegård', 'Ødeg')).toBe(true);
    expect(lastNamesMatch('Åsheim', 'Asheim')).toBe(false);
    expect(lastNamesMatch('Åsheim', 'åsheim')).toBe(true);
    expect(lastNamesMatch('A\u030Asheim', 'Åsheim')).toBe(true);
  });

  it('never matches an empty name', () => {
    expect(lastNamesMatch('', '')).toBe(false);
    expect(lastNamesMatch('Berg', '  ')).toBe(false);
  });
});
