import { type TSchema, Type } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const text = () => Nullable(Type.String());

export const SsnString = Type.String({
  pattern: '^\\d{11}$',
  description: 'National identity number (11 digits)',
});
export const OrgNumberString = Type.String({
  pattern: '^\\d{9}$',
  description: 'Organisation number (9 digits)',
});
export const UuidString = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});
/** Ids are PostgreSQL integers; a larger number is bad input, not a server error. */
export const IdInteger = Type.Integer({ minimum: 1, maximum: 2147483647 });

export const PersonSchema = Type.Object({
  ssn: Type.String(),
  name: text(),
  firstName: text(),
  middleName: text(),
  lastName: text(),
  telephoneNumber: text(),
  mobileNumber: text(),
  mailingAddress: text(),
  mailingPostalCode: text(),
  mailingPostalCity: text(),
  addressMunicipalNumber: text(),
  addressMunicipalName: text(),
  addressStreetName: text(),
  addressHouseNumber: text(),
  addressHouseLetter: text(),
  addressPostalCode: text(),
  addressCity: text(),
  dateOfDeath: text(),
});

export const OrganizationSchema = Type.Object({
  orgNumber: Type.String(),
  name: text(),
  unitType: text(),
  telephoneNumber: text(),
  mobileNumber: text(),
  faxNumber: text(),
  eMailAddress: text(),
  internetAddress: text(),
  mailingAddress: text(),
  mailingPostalCode: text(),
  mailingPostalCity: text(),
  businessAddress: text(),
  businessPostalCode: text(),
  businessPostalCity: text(),
  unitStatus: text(),
});

const partyFields = {
  partyId: Type.Integer(),
  partyUuid: text(),
  partyTypeName: Type.Integer({
    minimum: 1,
    maximum: 5,
    description:
      '1 Person, 2 Organisation, 3 SelfIdentified, 4 SubUnit, 5 BankruptcyEstate (numeric, as register v1)',
  }),
  orgNumber: text(),
  ssn: text(),
  unitType: text(),
  name: Type.String(),
  isDeleted: Type.Boolean(),
  onlyHierarchyElementWithNoAccess: Type.Boolean(),
  person: Nullable(PersonSchema),
  organization: Nullable(OrganizationSchema),
};

/** Sub-units carry no further children. */
export const ChildPartySchema = Type.Object({ ...partyFields, childParties: Type.Null() });

export const PartySchema = Type.Object({
  ...partyFields,
  childParties: Nullable(Type.Array(ChildPartySchema)),
});
