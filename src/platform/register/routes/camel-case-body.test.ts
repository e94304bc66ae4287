import { describe, expect, it } from 'vitest';
import { camelCaseKeys } from './camel-case-body.ts';

describe('camelCaseKeys', () => {
  it('lower-cases the first letter of keys at every depth', () => {
    expect(camelCaseKeys({ Parties: [{ OrgNo: '1', ssn: '2' }], X: null })).toEqual({
      parties: [{ orgNo: '1', ssn: '2' }],
      x: null,
    });
  });

  it('leaves non-objects alone', () => {
    expect(camelCaseKeys('01010100000')).toBe('01010100000');
    expect(camelCaseKeys([1, 2])).toEqual([1, 2]);
  });
});
