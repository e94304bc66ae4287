import { randomUUID } from 'node:crypto';
import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import { Claims, consumerClaim } from '../claims.ts';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory.ts';
import type { TokenService } from '../token-service.ts';

export const DEFAULT_SCOPES = {
  user: 'altinn:portal/enduser',
  org: 'altinn:instances.read altinn:instances.write',
  serviceOwner: 'altinn:serviceowner/instances.read altinn:serviceowner/instances.write',
  serviceOwnerToken: 'altinn:serviceowner/instances.read',
} as const;

/** Test tokens live long, as the local test platform's do, so a browser session lasts a working day. */
const TEST_TOKEN_LIFETIME_SECONDS = 1337 * 60;
const SELF_IDENTIFIED_USER_TYPE = 2;

export interface UserTokenRequest {
  readonly userId?: number;
  readonly partyId?: number;
  readonly authLevel: number;
  readonly scope?: string;
}

/** Mints the development-mode test tokens with the claims and value types Altinn's local platform uses. */
export class TestTokenIssuer {
  constructor(
    private readonly tokens: TokenService,
    private readonly directory: IdentityDirectory,
  ) {}

  private mint(claims: Record<string, unknown>): Promise<string> {
    return this.tokens.mint(claims, { lifetimeSeconds: TEST_TOKEN_LIFETIME_SECONDS });
  }

  private async requireUser(userId: number): Promise<DirectoryUser> {
    const user = await this.directory.userById(userId);
    if (user === undefined) throw notFound('user_not_found', `No test user with id ${userId}`);
    return user;
  }

  /** Claims of a profile-based user token: the person's own party, custom claims from the test data. */
  async profileClaims(
    user: DirectoryUser,
    authLevel: number,
    partyId = user.partyId,
  ): Promise<Record<string, unknown>> {
    const claims: Record<string, unknown> = {
      [Claims.nameId]: String(user.userId),
      [Claims.userId]: String(user.userId),
      [Claims.userName]: user.userName ?? '',
      [Claims.partyId]: partyId,
      [Claims.authLevel]: authLevel,
      [Claims.authMethod]: authLevel === 0 ? 'SelfIdentified' : 'BankID',
    };
    if (user.partyUuid !== undefined && partyId === user.partyId) claims[Claims.partyUuid] = user.partyUuid;
    for (const custom of user.customClaims) claims[custom.type] = custom.value;
    if (claims[Claims.scope] === undefined) claims[Claims.scope] = DEFAULT_SCOPES.user;
    return claims;
  }

  /** `GET /Home/GetTestUserToken/{userId}`. */
  async userToken(userId: number, authLevel: number): Promise<string> {
    const user = await this.requireUser(userId);
    return this.mint(await this.profileClaims(user, authLevel));
  }

  /** `GET /Home/auth/user`: a user acting for one of the parties they may represent. */
  async authUser(request: UserTokenRequest): Promise<string> {
    const user =
      request.userId === undefined
        ? (await this.directory.listUsers())[0]
        : await this.requireUser(request.userId);
    if (user === undefined) throw notFound('user_not_found', 'There are no test users');
    const parties = await this.directory.partiesOf(user.userId);
    const representable = parties.flatMap((party) => [party, ...party.childParties]);
    const partyId = request.partyId ?? representable[0]?.partyId ?? user.partyId;
    if (
      !representable.some((party) => party.partyId === partyId && !party.onlyHierarchyElementWithNoAccess)
    ) {
      throw forbidden(`User ${user.userId} may not represent party ${partyId}`);
    }
    return this.mint({
      [Claims.userId]: String(user.userId),
      [Claims.userName]: user.userName ?? '',
      [Claims.partyId]: String(partyId),
      [Claims.authLevel]: request.authLevel,
      [Claims.authMethod]: 'BankID',
      [Claims.scope]: request.scope ?? DEFAULT_SCOPES.user,
      actual_iss: 'localtest',
    });
  }

  /** `GET /Home/auth/selfidentifieduser`. */
  async selfIdentifiedUser(userName: string, scope?: string): Promise<string> {
    const user = await this.directory.userByName(userName);
    if (user === undefined) throw notFound('user_not_found', `No test user named ${userName}`);
    if (user.userType !== SELF_IDENTIFIED_USER_TYPE) {
      throw badRequest('not_self_identified', `User ${userName} is not a self-identified user`);
    }
    return this.mint({
      [Claims.userId]: String(user.userId),
      [Claims.userName]: userName,
      [Claims.partyId]: String(user.partyId),
      [Claims.authLevel]: 0,
      [Claims.authMethod]: 'SelfIdentified',
      [Claims.scope]: scope ?? DEFAULT_SCOPES.user,
      actual_iss: 'localtest',
    });
  }

  private maskinportenClaims(orgNumber: string, scope: string): Record<string, unknown> {
    return {
      [Claims.scope]: scope,
      token_type: 'Bearer',
      client_id: randomUUID(),
      [Claims.consumer]: consumerClaim(orgNumber),
      [Claims.orgNumber]: orgNumber,
      [Claims.authMethod]: 'maskinporten',
      [Claims.authLevel]: 3,
      jti: randomUUID(),
      actual_iss: 'localtest',
    };
  }

  /** `GET /Home/auth/org`: a Maskinporten-style token for an organisation in the test data. */
  async org(orgNumber: string | undefined, scope?: string): Promise<string> {
    const organizations = await this.directory.listOrganizations();
    const chosen = orgNumber ?? organizations[0]?.orgNumber;
    if (chosen === undefined || !organizations.some((org) => org.orgNumber === chosen)) {
      throw notFound('organization_not_found', `No test organisation with number ${chosen ?? '(none)'}`);
    }
    return this.mint(this.maskinportenClaims(chosen, scope ?? DEFAULT_SCOPES.org));
  }

  /** `GET /Home/auth/serviceowner`. */
  async serviceOwner(org: string, orgNumber: string | undefined, scope?: string): Promise<string> {
    const owner = await this.directory.serviceOwnerByCode(org);
    const number = orgNumber ?? owner?.orgNumber;
    if (number === undefined) {
      throw badRequest('unknown_service_owner', `Service owner ${org} is not known; give its orgNumber`);
    }
    return this.mint({
      ...this.maskinportenClaims(number, scope ?? DEFAULT_SCOPES.serviceOwner),
      [Claims.org]: org.toLowerCase(),
    });
  }

  /** `GET /Home/GetTestOrgToken/{org}`. */
  async serviceOwnerToken(
    org: string,
    orgNumber: string | undefined,
    scopes: string | undefined,
    authLevel: number,
  ) {
    const owner = await this.directory.serviceOwnerByCode(org);
    const number = orgNumber ?? owner?.orgNumber;
    if (number === undefined) {
      throw badRequest('unknown_service_owner', `Service owner ${org} is not known; give its orgNumber`);
    }
    return this.mint({
      [Claims.org]: org.toLowerCase(),
      [Claims.orgNumber]: number,
      [Claims.authLevel]: authLevel,
      [Claims.authMethod]: 'maskinporten',
      [Claims.altinnScope]: scopes ?? DEFAULT_SCOPES.serviceOwnerToken,
    });
  }

  /** `GET /authentication/api/v1/orgToken` (legacy). */
  legacyOrgToken(org: string, orgNumber: string, scope: string): Promise<string> {
    return this.mint({
      [Claims.org]: org.toLowerCase(),
      [Claims.orgNumber]: orgNumber,
      [Claims.authMethod]: 'fake-local-maskinporten',
      [Claims.authLevel]: 3,
      [Claims.altinnScope]: scope,
    });
  }

  /** `GET /Home/auth/systemuser`: a system user token as Maskinporten issues it for a vendor system. */
  async systemUser(
    systemId: string | undefined,
    systemUserId: string | undefined,
    scope?: string,
  ): Promise<string> {
    const systemUsers = await this.directory.listSystemUsers();
    const systemUser =
      systemId === undefined && systemUserId === undefined
        ? systemUsers[0]
        : systemUsers.find(
            (candidate) => candidate.systemId === systemId && candidate.systemUserId === systemUserId,
          );
    if (systemUser === undefined) {
      throw notFound(
        'system_user_not_found',
        `No test system user ${systemUserId ?? ''} of system ${systemId ?? ''}`,
      );
    }
    const supplier = systemUser.systemId.split('_')[0] ?? systemUser.systemId;
    return this.mint({
      ...this.maskinportenClaims(supplier, scope ?? DEFAULT_SCOPES.org),
      [Claims.authorizationDetails]: {
        type: 'urn:altinn:systemuser',
        systemuser_id: [systemUser.systemUserId],
        system_id: systemUser.systemId,
        systemuser_org: consumerClaim(systemUser.orgNumber),
      },
    });
  }

  /** `GET /Home/auth/info`. */
  async info(): Promise<Record<string, unknown>> {
    const [users, organizations, owners, systemUsers] = await Promise.all([
      this.directory.listUsers(),
      this.directory.listOrganizations(),
      this.directory.listServiceOwners(),
      this.directory.listSystemUsers(),
    ]);
    return {
      authenticationTypes: ['User', 'SelfIdentifiedUser', 'Org', 'SystemUser', 'ServiceOwner'],
      defaultScopes: {
        user: DEFAULT_SCOPES.user,
        selfIdentifiedUser: DEFAULT_SCOPES.user,
        org: DEFAULT_SCOPES.org,
        systemUser: DEFAULT_SCOPES.org,
        serviceOwner: DEFAULT_SCOPES.serviceOwner,
      },
      users: users.map((user) => ({
        userId: user.userId,
        userName: user.userName,
        partyId: user.partyId,
        name: user.name,
        selfIdentified: user.userType === SELF_IDENTIFIED_USER_TYPE,
      })),
      organizations: organizations.map((org) => ({
        orgNumber: org.orgNumber,
        name: org.name,
        partyId: org.partyId,
      })),
      serviceOwners: owners,
      systemUsers,
    };
  }
}
