import { forbidden } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';

/**
 * Altinn lets only the Studio designer change app metadata and texts. Tinn has no Studio, so the
 * service owner of the app's org stands in for it. With `org` undefined (not yet known) only the
 * kind of caller is checked.
 */
export function requireAppOwner(caller: Principal, org: string | undefined): void {
  if (caller.kind !== 'serviceOwner') {
    throw forbidden('Only a service owner may change application metadata and texts');
  }
  if (org !== undefined && caller.org !== org.toLowerCase()) {
    throw forbidden(`Only the service owner ${org} may change its applications`);
  }
}

/** "Who did it", as Storage writes it: the user id, else the organisation number, else the org code. */
export function changedByOf(caller: Principal): string {
  switch (caller.kind) {
    case 'user':
    case 'selfIdentified':
      return String(caller.userId);
    case 'serviceOwner':
      return caller.orgNumber ?? caller.org;
    case 'org':
    case 'systemUser':
      return caller.orgNumber;
  }
}
