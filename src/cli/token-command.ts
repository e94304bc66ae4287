import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../core/config.ts';
import { Claims, consumerClaim, loadSigningKey, TokenService } from '../platform/authentication/index.ts';
import { issuerFor } from '../server.ts';

export const TOKEN_USAGE = `Usage:
  tinn token user --user-id N --party-id N [--level 0-4] [--user-name NAME] [--scope S]
  tinn token serviceowner --org CODE --org-number NNNNNNNNN [--scope S]
  tinn token org --org-number NNNNNNNNN [--scope S]
  (all: [--lifetime SECONDS])

Mints a token with the platform's signing key under DATA_DIR/keys and the issuer of PUBLIC_URL/PORT.
It reads no database, so it works while the platform runs.
`;

class UsageError extends Error {}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

function integer(values: Record<string, unknown>, name: string, fallback?: number): number {
  const value = values[name];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

function orgNumber(values: Record<string, unknown>): string {
  const value = required(values, 'org-number');
  if (!/^\d{9}$/.test(value)) throw new UsageError('--org-number must have nine digits');
  return value;
}

/** The claims of the requested kind of token, with Altinn's claim names and value types. */
export function tokenClaims(
  kind: string | undefined,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const scope = typeof values.scope === 'string' ? values.scope : undefined;
  switch (kind) {
    case 'user': {
      const level = integer(values, 'level', 2);
      if (level > 4) throw new UsageError('--level must be 0 to 4');
      const userId = String(integer(values, 'user-id'));
      return {
        [Claims.nameId]: userId,
        [Claims.userId]: userId,
        [Claims.userName]: typeof values['user-name'] === 'string' ? values['user-name'] : '',
        [Claims.partyId]: integer(values, 'party-id'),
        [Claims.authLevel]: level,
        [Claims.authMethod]: level === 0 ? 'SelfIdentified' : 'BankID',
        [Claims.scope]: scope ?? 'altinn:portal/enduser',
      };
    }
    case 'serviceowner':
    case 'org': {
      const number = orgNumber(values);
      const claims: Record<string, unknown> = {
        [Claims.consumer]: consumerClaim(number),
        [Claims.orgNumber]: number,
        [Claims.authMethod]: 'maskinporten',
        [Claims.authLevel]: 3,
        [Claims.scope]:
          scope ??
          (kind === 'org'
            ? 'altinn:instances.read altinn:instances.write'
            : 'altinn:serviceowner/instances.read altinn:serviceowner/instances.write'),
      };
      if (kind === 'serviceowner') claims[Claims.org] = required(values, 'org').toLowerCase();
      return claims;
    }
    default:
      throw new UsageError(kind === undefined ? 'Name the kind of token' : `Unknown kind of token "${kind}"`);
  }
}

export async function tokenCommand(config: Config, args: readonly string[]): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'user-id': { type: 'string' },
        'party-id': { type: 'string' },
        'user-name': { type: 'string' },
        level: { type: 'string' },
        org: { type: 'string' },
        'org-number': { type: 'string' },
        scope: { type: 'string' },
        lifetime: { type: 'string' },
      },
    });
    const claims = tokenClaims(positionals[0], values);
    const lifetimeSeconds = integer(values, 'lifetime', config.tokenLifetimeSeconds);
    const key = await loadSigningKey(path.join(config.dataDir, 'keys'));
    const tokens = new TokenService(key, issuerFor(config), config.tokenLifetimeSeconds);
    process.stdout.write(`${await tokens.mint(claims, { lifetimeSeconds })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${TOKEN_USAGE}`);
      return 2;
    }
    throw error;
  }
}
