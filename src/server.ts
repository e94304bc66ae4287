import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from './core/config.ts';
import { type MigrationSet, migrateToLatest, openDatabase } from './core/database/index.ts';
import { createHttpApp, type HttpApp, registerHealthRoute } from './core/http/index.ts';
import {
  createRequestAuthentication,
  loadSigningKey,
  type RequestAuthentication,
  TokenService,
} from './platform/authentication/index.ts';

export interface Platform {
  readonly config: Config;
  readonly app: HttpApp;
  readonly db: Kysely<unknown>;
  readonly tokens: TokenService;
  readonly auth: RequestAuthentication;
  close(): Promise<void>;
}

/** The issuer written into tokens: the configured public URL, else the local listen address. */
export function issuerFor(config: Config): string {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  return `${base}/authentication/api/v1/openid/`;
}

const MIGRATIONS: readonly MigrationSet[] = [];

/** The composition root: builds every service from one config and mounts every route. */
export async function buildPlatform(config: Config): Promise<Platform> {
  const database = await openDatabase<unknown>({
    url: config.databaseUrl,
    embeddedDir: path.join(config.dataDir, 'pgdata'),
  });
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    const signingKey = await loadSigningKey(path.join(config.dataDir, 'keys'));
    const tokens = new TokenService(signingKey, issuerFor(config), config.tokenLifetimeSeconds);
    const auth = createRequestAuthentication(tokens);
    const app = await createHttpApp({ logLevel: config.logLevel });
    registerHealthRoute(app, database.db);
    return {
      config,
      app,
      db: database.db,
      tokens,
      auth,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
