import type {
  DirectoryOrganization,
  DirectoryParty,
  DirectorySystemUser,
  DirectoryUser,
  IdentityDirectory,
  ServiceOwner,
} from '../../authentication/index.ts';
import type { RolesService } from '../../authorization/roles/index.ts';
import type { ProfileService, UserEntry } from '../../profile/index.ts';
import type { ChildParty, OrganizationEntry, Party, RegisterService, ServiceOwnerRecord } from '../index.ts';
import { serviceOwnerDisplayName } from '../index.ts';

function directoryUser({ record, profile }: UserEntry): DirectoryUser {
  return {
    userId: record.userId,
    userUuid: record.userUuid,
    userName: record.userName ?? undefined,
    userType: record.userType,
    partyId: record.partyId,
    partyUuid: profile.party?.partyUuid ?? undefined,
    ssn: profile.party?.ssn ?? undefined,
    name: profile.party?.name ?? record.userName ?? String(record.userId),
    customClaims: record.customClaims,
  };
}

function directoryParty(party: Party | ChildParty): DirectoryParty {
  return {
    partyId: party.partyId,
    partyUuid: party.partyUuid ?? undefined,
    name: party.name,
    partyType: party.partyTypeName,
    orgNumber: party.orgNumber ?? undefined,
    ssn: party.ssn ?? undefined,
    childParties: (party.childParties ?? []).map(directoryParty),
    onlyHierarchyElementWithNoAccess: party.onlyHierarchyElementWithNoAccess,
  };
}

function directoryOrganization(entry: OrganizationEntry): DirectoryOrganization {
  return {
    orgNumber: entry.organization.orgNumber,
    name: entry.organization.name ?? entry.organization.orgNumber,
    partyId: entry.partyId,
  };
}

function serviceOwner(record: ServiceOwnerRecord): ServiceOwner {
  return { org: record.org, orgNumber: record.orgNumber, name: serviceOwnerDisplayName(record) };
}

/** What authentication needs to know, read from the register, profile and roles tables. */
export class DatabaseIdentityDirectory implements IdentityDirectory {
  constructor(
    private readonly register: RegisterService,
    private readonly profile: ProfileService,
    private readonly roles: RolesService,
  ) {}

  async userById(userId: number): Promise<DirectoryUser | undefined> {
    const entry = await this.profile.findUserEntry({ userId });
    return entry && directoryUser(entry);
  }

  async userByName(userName: string): Promise<DirectoryUser | undefined> {
    const entry = await this.profile.findUserEntry({ userName });
    return entry && directoryUser(entry);
  }

  async userByPersonId(ssn: string): Promise<DirectoryUser | undefined> {
    const entry = await this.profile.findUserEntry({ ssn });
    return entry && directoryUser(entry);
  }

  async listUsers(): Promise<DirectoryUser[]> {
    return (await this.profile.listUsers()).map(directoryUser);
  }

  async partiesOf(userId: number): Promise<DirectoryParty[]> {
    return (await this.roles.reporteeList(userId)).map(directoryParty);
  }

  async organizationByNumber(orgNumber: string): Promise<DirectoryOrganization | undefined> {
    const entry = await this.register.findOrganization(orgNumber);
    return entry && directoryOrganization(entry);
  }

  async listOrganizations(): Promise<DirectoryOrganization[]> {
    return (await this.register.listOrganizations()).map(directoryOrganization);
  }

  async serviceOwnerByCode(org: string): Promise<ServiceOwner | undefined> {
    const record = await this.register.findServiceOwner(org);
    return record && serviceOwner(record);
  }

  async serviceOwnerByOrgNumber(orgNumber: string): Promise<ServiceOwner | undefined> {
    const record = await this.register.findServiceOwnerByOrgNumber(orgNumber);
    return record && serviceOwner(record);
  }

  async listServiceOwners(): Promise<ServiceOwner[]> {
    return (await this.register.listServiceOwners()).map(serviceOwner);
  }

  async systemUser(systemId: string, systemUserId: string): Promise<DirectorySystemUser | undefined> {
    const record = await this.register.findSystemUser(systemId, systemUserId);
    return (
      record && { systemId: record.systemId, systemUserId: record.systemUserId, orgNumber: record.orgNumber }
    );
  }

  async listSystemUsers(): Promise<DirectorySystemUser[]> {
    return (await this.register.listSystemUsers()).map((record) => ({
      systemId: record.systemId,
      systemUserId: record.systemUserId,
      orgNumber: record.orgNumber,
    }));
  }
}
