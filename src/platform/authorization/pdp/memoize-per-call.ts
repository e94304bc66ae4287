import type { PdpInformationPoint } from './context-handler.ts';

/** Remembers results by key for the lifetime of the returned function (one decision call). */
export function memoizePerCall<Args extends readonly unknown[], Result>(
  fn: (...args: Args) => Result,
  key: (...args: Args) => string,
): (...args: Args) => Result {
  const seen = new Map<string, Result>();
  return (...args) => {
    const k = key(...args);
    if (seen.has(k)) return seen.get(k) as Result;
    const result = fn(...args);
    seen.set(k, result);
    return result;
  };
}

/** Wraps an information point so one multi-request asks it once per distinct question. */
export function memoizeInformationPoint(pip: PdpInformationPoint): PdpInformationPoint {
  return {
    rolesFor: memoizePerCall(
      (userId: number, partyId: number) => pip.rolesFor(userId, partyId),
      (userId, partyId) => `${userId}/${partyId}`,
    ),
    partyIdForOrgNumber: memoizePerCall(
      (orgNumber: string) => pip.partyIdForOrgNumber(orgNumber),
      (o) => o,
    ),
    partyIdForPersonId: memoizePerCall(
      (personId: string) => pip.partyIdForPersonId(personId),
      (p) => p,
    ),
    userIdForPersonId: memoizePerCall(
      (personId: string) => pip.userIdForPersonId(personId),
      (p) => p,
    ),
    instanceContext: memoizePerCall(
      (instanceId: string) => pip.instanceContext(instanceId),
      (i) => i,
    ),
  };
}
