import { describe, expect, it } from 'vitest';
import { isAuthorized, minimumAuthenticationLevel } from './authentication-level.ts';
import { DATA_TYPE, OBLIGATION_CATEGORY, STATUS_CODE } from './constants.ts';
import type { Decision, DecisionResult } from './decision-response.ts';

function result(decision: Decision, levels: { user?: string; org?: string } = {}): DecisionResult {
  const assignment = (category: string, value: string) => ({
    attributeId: `${category}-assignment`,
    value,
    category,
    dataType: DATA_TYPE.integer,
  });
  const obligations = [
    ...(levels.user === undefined
      ? []
      : [
          {
            id: 'o1',
            attributeAssignment: [assignment(OBLIGATION_CATEGORY.minimumAuthenticationLevel, levels.user)],
          },
        ]),
    ...(levels.org === undefined
      ? []
      : [
          {
            id: 'o2',
            attributeAssignment: [assignment(OBLIGATION_CATEGORY.minimumAuthenticationLevelOrg, levels.org)],
          },
        ]),
  ];
  return { decision, status: { statusCode: { value: STATUS_CODE.ok } }, obligations };
}

describe('minimumAuthenticationLevel', () => {
  it('requires a Permit', () => {
    expect(minimumAuthenticationLevel(result('NotApplicable'), { authLevel: 4, isOrg: false })).toEqual({
      permitted: false,
    });
    expect(minimumAuthenticationLevel(result('Deny'), { authLevel: 4, isOrg: true })).toEqual({
      permitted: false,
    });
  });

  it('permits without an authentication level obligation', () => {
    expect(minimumAuthenticationLevel(result('Permit'), { authLevel: 0, isOrg: false })).toEqual({
      permitted: true,
    });
  });

  it('compares the caller level with the minimum', () => {
    const permit = result('Permit', { user: '3', org: '2' });
    expect(minimumAuthenticationLevel(permit, { authLevel: 3, isOrg: false })).toEqual({ permitted: true });
    expect(minimumAuthenticationLevel(permit, { authLevel: 4, isOrg: false })).toEqual({ permitted: true });
    expect(minimumAuthenticationLevel(permit, { authLevel: 2, isOrg: false })).toEqual({
      permitted: false,
      requiredAuthenticationLevel: 3,
    });
  });

  it('lets a service owner below the minimum in on the -org obligation', () => {
    const permit = result('Permit', { user: '4', org: '3' });
    expect(minimumAuthenticationLevel(permit, { authLevel: 3, isOrg: true })).toEqual({ permitted: true });
    expect(minimumAuthenticationLevel(permit, { authLevel: 2, isOrg: true })).toEqual({
      permitted: false,
      requiredAuthenticationLevel: 3,
    });
    expect(
      minimumAuthenticationLevel(result('Permit', { user: '4' }), { authLevel: 3, isOrg: true }),
    ).toEqual({
      permitted: false,
      requiredAuthenticationLevel: 4,
    });
  });

  it('fails closed on an obligation value that is not a number', () => {
    expect(
      minimumAuthenticationLevel(result('Permit', { user: 'high' }), { authLevel: 4, isOrg: false }),
    ).toEqual({
      permitted: false,
    });
  });
});

describe('isAuthorized', () => {
  it('needs exactly one passing result', () => {
    const caller = { authLevel: 2, isOrg: false };
    expect(isAuthorized({ response: [result('Permit', { user: '2' })] }, caller)).toBe(true);
    expect(isAuthorized({ response: [result('Permit', { user: '3' })] }, caller)).toBe(false);
    expect(isAuthorized({ response: [result('Permit'), result('Permit')] }, caller)).toBe(false);
    expect(isAuthorized({ response: [] }, caller)).toBe(false);
  });
});
