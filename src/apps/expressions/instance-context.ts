import type { InstanceContextSource } from './data-access.ts';
import { ExpressionFailure } from './errors.ts';

export const INSTANCE_CONTEXT_KEYS = [
  'instanceOwnerPartyId',
  'instanceId',
  'appId',
  'instanceOwnerPartyType',
] as const;

export type InstanceContextKey = (typeof INSTANCE_CONTEXT_KEYS)[number];

function isInstanceContextKey(key: string): key is InstanceContextKey {
  return (INSTANCE_CONTEXT_KEYS as readonly string[]).includes(key);
}

function present(value: string | number | null | undefined): value is string | number {
  return value !== null && value !== undefined && value !== '';
}

/** Organisation number, then person number, then user name decide the party type, as Storage records it. */
function partyType(instance: InstanceContextSource): string {
  const owner = instance.instanceOwner;
  if (present(owner?.organisationNumber)) return 'org';
  if (present(owner?.personNumber)) return 'person';
  if (present(owner?.username)) return 'selfIdentified';
  return 'unknown';
}

/** One of the four instance context values; null when there is no instance yet. Other keys are errors. */
export function instanceContextValue(
  instance: InstanceContextSource | undefined,
  key: string | null,
): string | null {
  if (key === null || !isInstanceContextKey(key)) {
    throw new ExpressionFailure(`Unknown Instance context property ${key ?? ''}`);
  }
  if (instance === undefined) return null;
  switch (key) {
    case 'instanceOwnerPartyId': {
      const partyId = instance.instanceOwner?.partyId;
      return present(partyId) ? String(partyId) : null;
    }
    case 'instanceId':
      return instance.id ?? null;
    case 'appId':
      return instance.appId ?? null;
    case 'instanceOwnerPartyType':
      return partyType(instance);
  }
}
