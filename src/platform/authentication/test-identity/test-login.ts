import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import type { DirectoryParty, DirectoryUser, IdentityDirectory } from '../identity-directory.ts';
import type { TokenService } from '../token-service.ts';
import type { TestTokenIssuer } from './test-token-issuer.ts';

export const LOGIN_COOKIE_MAX_AGE_SECONDS = 1337 * 60;
export const PARTY_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export interface LoginForm {
  /** `{userId}.{partyId}` */
  readonly userSelect: string;
  /** -1 (log out) or 0–4. */
  readonly authenticationLevel: number;
  /** `org/app`, or empty for the front page. */
  readonly appPath: string | undefined;
}

export type LoginOutcome =
  | {
      readonly kind: 'loggedIn';
      readonly token: string;
      readonly partyId: number;
      readonly redirectTo: string;
    }
  | { readonly kind: 'loggedOut'; readonly redirectTo: string };

export interface LoginChoice {
  readonly user: DirectoryUser;
  readonly parties: readonly DirectoryParty[];
}

const APP_PATH = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
const MAX_LISTED_USERS = 500;

/** The development login: pick a test user and a party, get the runtime cookie, land on the chosen app. */
export class TestLogin {
  constructor(
    private readonly directory: IdentityDirectory,
    private readonly issuer: TestTokenIssuer,
    private readonly tokens: TokenService,
  ) {}

  async choices(): Promise<LoginChoice[]> {
    const users = (await this.directory.listUsers()).slice(0, MAX_LISTED_USERS);
    return Promise.all(
      users.map(async (user) => ({ user, parties: await this.directory.partiesOf(user.userId) })),
    );
  }

  async logIn(form: LoginForm): Promise<LoginOutcome> {
    const appPath = form.appPath?.trim().replace(/^\/+|\/+$/g, '') ?? '';
    if (appPath !== '' && appPath !== 'accessmanagement' && !APP_PATH.test(appPath)) {
      throw badRequest('invalid_app_path', 'AppPathSelection must be "org/app"');
    }
    const redirectTo = appPath === '' ? '/' : `/${appPath}/`;
    if (form.authenticationLevel === -1) return { kind: 'loggedOut', redirectTo };
    const match = /^(\d+)\.(\d+)$/.exec(form.userSelect.trim());
    if (match === null) throw badRequest('invalid_user_select', 'UserSelect must be "{userId}.{partyId}"');
    const userId = Number(match[1]);
    const partyId = Number(match[2]);
    const user = await this.directory.userById(userId);
    if (user === undefined) throw notFound('user_not_found', `No test user with id ${userId}`);
    const parties = await this.directory.partiesOf(userId);
    const allowed = parties
      .flatMap((party) => [party, ...party.childParties])
      .some((party) => party.partyId === partyId && !party.onlyHierarchyElementWithNoAccess);
    if (!allowed && partyId !== user.partyId)
      throw forbidden(`User ${userId} may not represent party ${partyId}`);
    const claims = await this.issuer.profileClaims(user, form.authenticationLevel);
    const token = await this.tokens.mint(claims, { lifetimeSeconds: LOGIN_COOKIE_MAX_AGE_SECONDS });
    return { kind: 'loggedIn', token, partyId, redirectTo };
  }
}
