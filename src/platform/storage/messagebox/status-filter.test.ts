import { describe, expect, it } from 'vitest';
import { flagsForArchiveReference, statusFilterOf } from './status-filter.ts';

const flags = (active: boolean, archived: boolean, deleted: boolean) => ({ active, archived, deleted });

describe('statusFilterOf', () => {
  it('maps each combination of the include flags', () => {
    expect(statusFilterOf(flags(false, false, false))).toBe('any');
    expect(statusFilterOf(flags(true, true, true))).toBe('any');
    expect(statusFilterOf(flags(true, false, false))).toBe('active');
    expect(statusFilterOf(flags(false, true, false))).toBe('archived');
    expect(statusFilterOf(flags(false, false, true))).toBe('deleted');
    expect(statusFilterOf(flags(true, true, false))).toBe('notDeleted');
    expect(statusFilterOf(flags(false, true, true))).toBe('archivedOrDeleted');
    expect(statusFilterOf(flags(true, false, true))).toBe('activeOrDeleted');
  });
});

describe('flagsForArchiveReference', () => {
  it('looks among archived and deleted instances, never active ones', () => {
    expect(flagsForArchiveReference(flags(false, false, false))).toEqual(flags(false, true, true));
    expect(flagsForArchiveReference(flags(true, true, true))).toEqual(flags(false, true, true));
    expect(flagsForArchiveReference(flags(true, false, false))).toBeUndefined();
    expect(flagsForArchiveReference(flags(true, false, true))).toEqual(flags(false, false, true));
    expect(flagsForArchiveReference(flags(true, true, false))).toEqual(flags(false, true, false));
    expect(flagsForArchiveReference(flags(false, true, false))).toEqual(flags(false, true, false));
  });
});
