import { Claims, type Principal } from '../../authentication/index.ts';
import { ATTRIBUTE, DATA_TYPE, type RequestAttribute } from '../pdp/index.ts';

function attribute(attributeId: string, value: string): RequestAttribute {
  return { attributeId, value, dataType: DATA_TYPE.string, includeInResult: false };
}

/** Claims whose values never go to the PDP: identity is sent once, by the rules below. */
const IDENTITY_CLAIMS = new Set<string>([
  Claims.userId,
  Claims.partyId,
  Claims.orgNumber,
  'urn:altinn:person:uuid',
  'urn:altinn:organization:identifier-no',
  'urn:altinn:rolecode',
]);

/**
 * The access-subject attributes for a caller, as Altinn's PEP builds them from token claims: one identity
 * attribute (user id, or system user, or organisation number), `urn:scope`, and every other `urn:` claim.
 */
export function subjectAttributes(principal: Principal): RequestAttribute[] {
  if (principal.kind === 'systemUser') {
    return [attribute(ATTRIBUTE.systemUserUuid, principal.systemUserId)];
  }
  const attributes: RequestAttribute[] = [];
  if ('userId' in principal) {
    attributes.push(attribute(ATTRIBUTE.userId, String(principal.userId)));
  } else if (principal.orgNumber !== undefined) {
    attributes.push(attribute(ATTRIBUTE.legacyOrganizationNumber, principal.orgNumber));
    attributes.push(attribute(ATTRIBUTE.organizationNumber, principal.orgNumber));
  }
  if (principal.kind === 'serviceOwner') attributes.push(attribute(ATTRIBUTE.org, principal.org));
  for (const scope of principal.scopes) attributes.push(attribute('urn:scope', scope));
  for (const [name, value] of Object.entries(principal.claims)) {
    if (!name.startsWith('urn:') || IDENTITY_CLAIMS.has(name) || name === Claims.org) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      attributes.push(attribute(name, String(value)));
    }
  }
  return attributes;
}
