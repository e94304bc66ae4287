import type { PartyType } from './party-type.ts';

/** Register v1 Person (camelCase, as register and apps exchange it). */
export interface Person {
  readonly ssn: string;
  readonly name: string | null;
  readonly firstName: string | null;
  readonly middleName: string | null;
  readonly lastName: string | null;
  readonly telephoneNumber: string | null;
  readonly mobileNumber: string | null;
  readonly mailingAddress: string | null;
  readonly mailingPostalCode: string | null;
  readonly mailingPostalCity: string | null;
  readonly addressMunicipalNumber: string | null;
  readonly addressMunicipalName: string | null;
  readonly addressStreetName: string | null;
  readonly addressHouseNumber: string | null;
  readonly addressHouseLetter: string | null;
  readonly addressPostalCode: string | null;
  readonly addressCity: string | null;
  readonly dateOfDeath: string | null;
}

/** Register v1 Organization. */
export interface Organization {
  readonly orgNumber: string;
  readonly name: string | null;
  readonly unitType: string | null;
  readonly telephoneNumber: string | null;
  readonly mobileNumber: string | null;
  readonly faxNumber: string | null;
  readonly eMailAddress: string | null;
  readonly internetAddress: string | null;
  readonly mailingAddress: string | null;
  readonly mailingPostalCode: string | null;
  readonly mailingPostalCity: string | null;
  readonly businessAddress: string | null;
  readonly businessPostalCode: string | null;
  readonly businessPostalCity: string | null;
  readonly unitStatus: string | null;
}

/** A party as stored: identity, hierarchy and register details. */
export interface PartyRecord {
  readonly partyId: number;
  readonly partyUuid: string | null;
  readonly partyType: PartyType;
  readonly ssn: string | null;
  readonly orgNumber: string | null;
  readonly name: string;
  readonly unitType: string | null;
  /** The main unit of a sub-unit. */
  readonly parentPartyId: number | null;
  readonly isDeleted: boolean;
  readonly person: Person | null;
  readonly organization: Organization | null;
}

/** Register v1 Party, the model apps, authorization and profile exchange. */
export interface Party {
  readonly partyId: number;
  readonly partyUuid: string | null;
  readonly partyTypeName: PartyType;
  readonly orgNumber: string | null;
  readonly ssn: string | null;
  readonly unitType: string | null;
  readonly name: string;
  readonly isDeleted: boolean;
  readonly onlyHierarchyElementWithNoAccess: boolean;
  readonly person: Person | null;
  readonly organization: Organization | null;
  readonly childParties: ChildParty[] | null;
}

/** A sub-unit listed under its main unit; the hierarchy is one level deep. */
export type ChildParty = Omit<Party, 'childParties'> & { readonly childParties: null };

export interface PartyViewOptions {
  /** Attach person/organization details, as register does for a party fetched singly. */
  readonly withDetails?: boolean;
  readonly onlyHierarchyElementWithNoAccess?: boolean;
  readonly childParties?: ChildParty[] | null;
}

export function childPartyView(record: PartyRecord): ChildParty {
  return { ...partyView(record), childParties: null };
}

export function partyView(record: PartyRecord, options: PartyViewOptions = {}): Party {
  return {
    partyId: record.partyId,
    partyUuid: record.partyUuid,
    partyTypeName: record.partyType,
    orgNumber: record.orgNumber,
    ssn: record.ssn,
    unitType: record.unitType,
    name: record.name,
    isDeleted: record.isDeleted,
    onlyHierarchyElementWithNoAccess: options.onlyHierarchyElementWithNoAccess ?? false,
    person: options.withDetails ? record.person : null,
    organization: options.withDetails ? record.organization : null,
    childParties: options.childParties ?? null,
  };
}

const PERSON_FIELDS = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'telephoneNumber',
  'mobileNumber',
  'mailingAddress',
  'mailingPostalCode',
  'mailingPostalCity',
  'addressMunicipalNumber',
  'addressMunicipalName',
  'addressStreetName',
  'addressHouseNumber',
  'addressHouseLetter',
  'addressPostalCode',
  'addressCity',
  'dateOfDeath',
] as const;

const ORGANIZATION_FIELDS = [
  'name',
  'unitType',
  'telephoneNumber',
  'mobileNumber',
  'faxNumber',
  'eMailAddress',
  'internetAddress',
  'mailingAddress',
  'mailingPostalCode',
  'mailingPostalCity',
  'businessAddress',
  'businessPostalCode',
  'businessPostalCity',
  'unitStatus',
] as const;

function textOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** A person with every field present; unknown or missing values become null. */
export function completePerson(ssn: string, source: Readonly<Record<string, unknown>>): Person {
  const person: Record<string, string | null> = { ssn };
  for (const field of PERSON_FIELDS) person[field] = textOrNull(source[field]);
  return person as unknown as Person;
}

/** An organization with every field present; unknown or missing values become null. */
export function completeOrganization(
  orgNumber: string,
  source: Readonly<Record<string, unknown>>,
): Organization {
  const organization: Record<string, string | null> = { orgNumber };
  for (const field of ORGANIZATION_FIELDS) organization[field] = textOrNull(source[field]);
  return organization as unknown as Organization;
}

export type PersonField = (typeof PERSON_FIELDS)[number];
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];
export { ORGANIZATION_FIELDS, PERSON_FIELDS };
