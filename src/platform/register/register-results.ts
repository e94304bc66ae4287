import type { Organization } from './party.ts';

/** Result shapes of register lookups, as register v1 returns them. */

export interface PersonName {
  readonly firstName: string | null;
  readonly middleName: string | null;
  readonly lastName: string | null;
}

export interface PartyName {
  readonly ssn: string | null;
  readonly orgNo: string | null;
  readonly name: string | null;
  readonly personName: PersonName | null;
}

export type PartyLookupKey = { readonly ssn: string } | { readonly orgNo: string };

export interface OrgContactPoints {
  readonly organizationNumber: string;
  readonly partyId: number | null;
  readonly emailList: string[];
  readonly mobileNumberList: string[];
}

export interface OrganizationEntry {
  readonly organization: Organization;
  /** Undefined for an organisation the register knows without a party. */
  readonly partyId: number | undefined;
}
