/** What authentication needs to know about people, organisations and service owners. */

export interface CustomClaim {
  readonly type: string;
  readonly value: string;
  readonly valueType?: string;
}

export interface DirectoryUser {
  readonly userId: number;
  readonly userUuid: string | undefined;
  readonly userName: string | undefined;
  /** 1 SSN-identified, 2 self-identified, … (Altinn's UserType, numeric). */
  readonly userType: number;
  readonly partyId: number;
  readonly partyUuid: string | undefined;
  readonly ssn: string | undefined;
  readonly name: string;
  readonly customClaims: readonly CustomClaim[];
}

export interface DirectoryParty {
  readonly partyId: number;
  readonly partyUuid: string | undefined;
  readonly name: string;
  /** 1 Person, 2 Organisation, 3 SelfIdentified, 4 SubUnit, 5 BankruptcyEstate. */
  readonly partyType: number;
  readonly orgNumber: string | undefined;
  readonly ssn: string | undefined;
  readonly childParties: readonly DirectoryParty[];
  readonly onlyHierarchyElementWithNoAccess: boolean;
}

export interface DirectoryOrganization {
  readonly orgNumber: string;
  readonly name: string;
  readonly partyId: number | undefined;
}

export interface ServiceOwner {
  /** Lower-case code, e.g. `ttd`. */
  readonly org: string;
  readonly orgNumber: string;
  readonly name: string;
}

export interface DirectorySystemUser {
  readonly systemId: string;
  readonly systemUserId: string;
  /** The organisation the system user belongs to. */
  readonly orgNumber: string;
}

export interface IdentityDirectory {
  userById(userId: number): Promise<DirectoryUser | undefined>;
  userByName(userName: string): Promise<DirectoryUser | undefined>;
  userByPersonId(ssn: string): Promise<DirectoryUser | undefined>;
  listUsers(): Promise<DirectoryUser[]>;
  /** The user's reportee list: own party first, organisations with their sub-units as children. */
  partiesOf(userId: number): Promise<DirectoryParty[]>;
  organizationByNumber(orgNumber: string): Promise<DirectoryOrganization | undefined>;
  listOrganizations(): Promise<DirectoryOrganization[]>;
  serviceOwnerByCode(org: string): Promise<ServiceOwner | undefined>;
  serviceOwnerByOrgNumber(orgNumber: string): Promise<ServiceOwner | undefined>;
  listServiceOwners(): Promise<ServiceOwner[]>;
  systemUser(systemId: string, systemUserId: string): Promise<DirectorySystemUser | undefined>;
  listSystemUsers(): Promise<DirectorySystemUser[]>;
}
