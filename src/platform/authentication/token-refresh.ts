import { Claims } from './claims.ts';
import type { IdentityDirectory } from './identity-directory.ts';
import type { Principal } from './principal.ts';
import type { TokenService } from './token-service.ts';

/** Re-signs the caller's claims with a fresh lifetime; optionally adds the person's `pid`. */
export async function refreshToken(
  tokens: TokenService,
  directory: IdentityDirectory,
  principal: Principal,
  options: { enrichPid: boolean },
): Promise<string> {
  const claims: Record<string, unknown> = { ...principal.claims };
  if (options.enrichPid && claims[Claims.pid] === undefined && principal.kind === 'user') {
    const user = await directory.userById(principal.userId);
    if (user?.ssn !== undefined) claims[Claims.pid] = user.ssn;
  }
  return tokens.mint(claims);
}
