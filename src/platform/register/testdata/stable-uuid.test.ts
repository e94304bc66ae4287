import { describe, expect, it } from 'vitest';
import { stableUuid } from './stable-uuid.ts';

describe('stableUuid', () => {
  it('is the same for the same name, different for another, and shaped as a version-5 uuid', () => {
    expect(stableUuid('user:1')).toBe(stableUuid('user:1'));
    expect(stableUuid('user:1')).not.toBe(stableUuid('user:2'));
    expect(stableUuid('user:1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
