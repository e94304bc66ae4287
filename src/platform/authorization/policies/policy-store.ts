import type { Kysely } from 'kysely';
import { badRequest } from '../../../core/errors.ts';
import type { AuthorizationTables } from '../migrations.ts';
import { ATTRIBUTE, type Policy, PolicyParseError, parsePolicy } from '../pdp/index.ts';

/** Largest policy document accepted (Altinn's own are a few kilobytes). */
export const MAX_POLICY_BYTES = 1024 * 1024;

interface CachedPolicy {
  readonly policy: Policy | undefined;
  readonly expiresAt: number;
}

/**
 * App policies in the database, parsed once per node and cached briefly, so every node sees a new
 * policy within the cache lifetime without any shared memory.
 */
export class PolicyStore {
  private readonly cache = new Map<string, CachedPolicy>();

  constructor(
    private readonly db: Kysely<AuthorizationTables>,
    private readonly cacheMilliseconds = 5_000,
  ) {}

  /** Parses (with the app's org and name filled into placeholders) and stores a policy; 400 if it does not parse. */
  async put(org: string, app: string, xml: string): Promise<Policy> {
    if (Buffer.byteLength(xml) > MAX_POLICY_BYTES) {
      throw badRequest('policy_too_large', `A policy may be at most ${MAX_POLICY_BYTES} bytes`);
    }
    const policy = parseOrRefuse(org, app, xml);
    await this.db
      .insertInto('app_policy')
      .values({ org, app, policy_xml: xml })
      .onConflict((conflict) =>
        conflict.columns(['org', 'app']).doUpdateSet({ policy_xml: xml, updated_at: new Date() }),
      )
      .execute();
    this.cache.set(key(org, app), { policy, expiresAt: Date.now() + this.cacheMilliseconds });
    return policy;
  }

  async get(org: string, app: string): Promise<Policy | undefined> {
    const cached = this.cache.get(key(org, app));
    if (cached !== undefined && cached.expiresAt > Date.now()) return cached.policy;
    const row = await this.db
      .selectFrom('app_policy')
      .select('policy_xml')
      .where('org', '=', org)
      .where('app', '=', app)
      .executeTakeFirst();
    const policy = row === undefined ? undefined : parseOrRefuse(org, app, row.policy_xml);
    this.cache.set(key(org, app), { policy, expiresAt: Date.now() + this.cacheMilliseconds });
    return policy;
  }

  /** Role codes the app's policy gives any right to. */
  async rolesWithAccess(org: string, app: string): Promise<string[] | undefined> {
    const policy = await this.get(org, app);
    if (policy === undefined) return undefined;
    const roles = new Set<string>();
    for (const rule of policy.rules) {
      for (const anyOf of rule.target) {
        for (const allOf of anyOf) {
          for (const match of allOf)
            if (match.attributeId === ATTRIBUTE.roleCode) roles.add(match.value.toUpperCase());
        }
      }
    }
    return [...roles].sort();
  }
}

function key(org: string, app: string): string {
  return `${org}/${app}`;
}

function parseOrRefuse(org: string, app: string, xml: string): Policy {
  try {
    return parsePolicy(xml, { placeholders: { org, app } });
  } catch (error) {
    if (error instanceof PolicyParseError) {
      throw badRequest('invalid_policy', `The policy of ${org}/${app} is not valid: ${error.message}`);
    }
    throw error;
  }
}
