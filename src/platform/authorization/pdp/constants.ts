/** XACML category URIs used by Altinn. */
export const CATEGORY = {
  accessSubject: 'urn:oasis:names:tc:xacml:1.0:subject-category:access-subject',
  recipientSubject: 'urn:oasis:names:tc:xacml:1.0:subject-category:recipient-subject',
  intermediarySubject: 'urn:oasis:names:tc:xacml:1.0:subject-category:intermediary-subject',
  requestingMachine: 'urn:oasis:names:tc:xacml:1.0:subject-category:requesting-machine',
  resource: 'urn:oasis:names:tc:xacml:3.0:attribute-category:resource',
  action: 'urn:oasis:names:tc:xacml:3.0:attribute-category:action',
  environment: 'urn:oasis:names:tc:xacml:3.0:attribute-category:environment',
} as const;

/** Attribute ids the PDP and its context handler know by name. */
export const ATTRIBUTE = {
  actionId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
  userId: 'urn:altinn:userid',
  partyId: 'urn:altinn:partyid',
  personId: 'urn:altinn:person:identifier-no',
  personUuid: 'urn:altinn:person:uuid',
  organizationNumber: 'urn:altinn:organization:identifier-no',
  legacyOrganizationNumber: 'urn:altinn:organizationnumber',
  systemUserUuid: 'urn:altinn:systemuser:uuid',
  roleCode: 'urn:altinn:rolecode',
  authLevel: 'urn:altinn:authlevel',
  org: 'urn:altinn:org',
  app: 'urn:altinn:app',
  instanceId: 'urn:altinn:instance-id',
  task: 'urn:altinn:task',
  endEvent: 'urn:altinn:end-event',
  appResource: 'urn:altinn:appresource',
  resourceRegistryId: 'urn:altinn:resource',
} as const;

/** XML Schema data type URIs accepted in requests and policies. */
export const DATA_TYPE = {
  string: 'http://www.w3.org/2001/XMLSchema#string',
  anyURI: 'http://www.w3.org/2001/XMLSchema#anyURI',
  integer: 'http://www.w3.org/2001/XMLSchema#integer',
  boolean: 'http://www.w3.org/2001/XMLSchema#boolean',
  date: 'http://www.w3.org/2001/XMLSchema#date',
  dateTime: 'http://www.w3.org/2001/XMLSchema#dateTime',
  time: 'http://www.w3.org/2001/XMLSchema#time',
} as const;

/** XACML function ids supported in `Match` elements and conditions. */
export const FUNCTION = {
  stringEqual: 'urn:oasis:names:tc:xacml:1.0:function:string-equal',
  stringEqualIgnoreCase: 'urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case',
  anyUriEqual: 'urn:oasis:names:tc:xacml:1.0:function:anyURI-equal',
  integerEqual: 'urn:oasis:names:tc:xacml:1.0:function:integer-equal',
  booleanEqual: 'urn:oasis:names:tc:xacml:1.0:function:boolean-equal',
  dateEqual: 'urn:oasis:names:tc:xacml:1.0:function:date-equal',
  timeEqual: 'urn:oasis:names:tc:xacml:1.0:function:time-equal',
  dateTimeEqual: 'urn:oasis:names:tc:xacml:1.0:function:dateTime-equal',
  stringIsIn: 'urn:oasis:names:tc:xacml:1.0:function:string-is-in',
  stringRegexpMatch: 'urn:oasis:names:tc:xacml:1.0:function:string-regexp-match',
  integerGreaterThan: 'urn:oasis:names:tc:xacml:1.0:function:integer-greater-than',
  integerGreaterThanOrEqual: 'urn:oasis:names:tc:xacml:1.0:function:integer-greater-than-or-equal',
  integerLessThan: 'urn:oasis:names:tc:xacml:1.0:function:integer-less-than',
  integerLessThanOrEqual: 'urn:oasis:names:tc:xacml:1.0:function:integer-less-than-or-equal',
  and: 'urn:oasis:names:tc:xacml:1.0:function:and',
  or: 'urn:oasis:names:tc:xacml:1.0:function:or',
  not: 'urn:oasis:names:tc:xacml:1.0:function:not',
  anyOf: 'urn:oasis:names:tc:xacml:3.0:function:any-of',
} as const;

/** Prefix and suffix of the `*-one-and-only` bag functions (e.g. `…:function:string-one-and-only`). */
export const ONE_AND_ONLY_PREFIX = 'urn:oasis:names:tc:xacml:1.0:function:';
export const ONE_AND_ONLY_SUFFIX = '-one-and-only';

export const RULE_COMBINING = {
  denyOverrides: 'urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides',
  orderedDenyOverrides: 'urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-deny-overrides',
  legacyDenyOverrides: 'urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:deny-overrides',
  legacyOrderedDenyOverrides: 'urn:oasis:names:tc:xacml:1.1:rule-combining-algorithm:ordered-deny-overrides',
} as const;

export const STATUS_CODE = {
  ok: 'urn:oasis:names:tc:xacml:1.0:status:ok',
  missingAttribute: 'urn:oasis:names:tc:xacml:1.0:status:missing-attribute',
  syntaxError: 'urn:oasis:names:tc:xacml:1.0:status:syntax-error',
  processingError: 'urn:oasis:names:tc:xacml:1.0:status:processing-error',
} as const;

export const OBLIGATION_CATEGORY = {
  minimumAuthenticationLevel: 'urn:altinn:minimum-authenticationlevel',
  minimumAuthenticationLevelOrg: 'urn:altinn:minimum-authenticationlevel-org',
} as const;

export const XACML_3_NAMESPACE = 'urn:oasis:names:tc:xacml:3.0:core:schema:wd-17';
