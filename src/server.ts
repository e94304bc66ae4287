import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from './core/config.ts';
import { type MigrationSet, migrateToLatest, openDatabase } from './core/database/index.ts';
import { createHttpApp, type HttpApp, registerHealthRoute } from './core/http/index.ts';
import type { IdentityDirectory } from './platform/authentication/index.ts';
import {
  createRequestAuthentication,
  loadSigningKey,
  type RequestAuthentication,
  TokenService,
} from './platform/authentication/index.ts';
import { ROLES_MIGRATIONS, type RolesService } from './platform/authorization/roles/index.ts';
import { PROFILE_MIGRATIONS, type ProfileService } from './platform/profile/index.ts';
import { buildDirectoryServices, registerDirectoryRoutes } from './platform/register/directory/index.ts';
import { REGISTER_MIGRATIONS, type RegisterService } from './platform/register/index.ts';
import {
  type ImportResult,
  importTestData,
  importTestDataAtStart,
} from './platform/register/testdata/index.ts';

export interface Platform {
  readonly config: Config;
  readonly app: HttpApp;
  readonly db: Kysely<unknown>;
  readonly tokens: TokenService;
  readonly auth: RequestAuthentication;
  readonly register: RegisterService;
  readonly profile: ProfileService;
  readonly roles: RolesService;
  readonly directory: IdentityDirectory;
  /** What was imported at start (TESTDATA, or Tinn's own set in development mode). */
  readonly testDataImport: ImportResult | undefined;
  close(): Promise<void>;
}

/** The issuer written into tokens: the configured public URL, else the local listen address. */
export function issuerFor(config: Config): string {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  return `${base}/authentication/api/v1/openid/`;
}

const MIGRATIONS: readonly MigrationSet[] = [REGISTER_MIGRATIONS, PROFILE_MIGRATIONS, ROLES_MIGRATIONS];

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
    const directoryServices = buildDirectoryServices(database.db);
    registerDirectoryRoutes(app, auth, directoryServices);
    const testDataImport = await importTestDataAtStart(config, database.db, app.log);
    return {
      config,
      app,
      db: database.db,
      tokens,
      auth,
      ...directoryServices,
      testDataImport,
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

/** `tinn import PATH...`: imports test data sets into the configured database, then closes it. */
export async function importTestDataInto(config: Config, paths: readonly string[]): Promise<ImportResult> {
  const database = await openDatabase<unknown>({
    url: config.databaseUrl,
    embeddedDir: path.join(config.dataDir, 'pgdata'),
  });
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    return await importTestData(paths, { db: database.db });
  } finally {
    await database.close();
  }
}
