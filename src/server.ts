import path from 'node:path';
import type { Kysely } from 'kysely';
import {
  ActiveInstances,
  AppInstanceService,
  registerAppInstanceRoutes,
} from './apps/api/instances/index.ts';
import { registerAppMetadataRoutes } from './apps/api/metadata/index.ts';
import { AppProcessService, registerAppProcessRoutes } from './apps/api/process/index.ts';
import { appPrincipal, ProcessExecutor, TaskStart } from './apps/process/engine/index.ts';
import { type AppRegistry, type InstallReport, installApps } from './apps/runtime/index.ts';
import { type BlobStore, createBlobStore } from './core/blob-store/index.ts';
import type { Config } from './core/config.ts';
import { type MigrationSet, migrateToLatest, openDatabase } from './core/database/index.ts';
import { createHttpApp, type HttpApp, registerHealthRoute } from './core/http/index.ts';
import type { IdentityDirectory } from './platform/authentication/index.ts';
import {
  createRequestAuthentication,
  ExternalTokenVerifier,
  loadSigningKey,
  type RequestAuthentication,
  registerOpenIdRoutes,
  registerTokenRoutes,
  TokenExchange,
  TokenService,
} from './platform/authentication/index.ts';
import {
  registerTestLoginRoutes,
  registerTestTokenRoutes,
  TestLogin,
  TestTokenIssuer,
} from './platform/authentication/test-identity/index.ts';
import {
  type AuthorizationTables,
  authorizationMigrations,
  createDelegationLookup,
  createInformationPoint,
  DecisionService,
  DelegationRepository,
  OwnPartyCache,
  PolicyStore,
  registerDecisionRoutes,
  registerPolicyRoutes,
} from './platform/authorization/index.ts';
import { Pdp } from './platform/authorization/pdp/index.ts';
import { PolicyEnforcementPoint } from './platform/authorization/pep/index.ts';
import { ROLES_MIGRATIONS, type RolesService } from './platform/authorization/roles/index.ts';
import { PROFILE_MIGRATIONS, type ProfileService } from './platform/profile/index.ts';
import { buildDirectoryServices, registerDirectoryRoutes } from './platform/register/directory/index.ts';
import { REGISTER_MIGRATIONS, type RegisterService } from './platform/register/index.ts';
import {
  type ImportResult,
  importTestData,
  importTestDataAtStart,
} from './platform/register/testdata/index.ts';
import {
  type ApplicationService,
  createApplicationService,
  registerApplicationRoutes,
  STORAGE_APPLICATION_MIGRATIONS,
} from './platform/storage/applications/index.ts';
import {
  buildDataStorage,
  type DataStorage,
  registerDataRoutes,
  STORAGE_DATA_MIGRATIONS,
} from './platform/storage/data/index.ts';
import {
  authorizeBeforeValidation,
  buildInstanceOperations,
  dataStorageContent,
  InstanceAuthorizer,
  InstanceEventRepository,
  InstanceRepository,
  InstanceService,
  registerInstanceOperationRoutes,
  registerInstanceRoutes,
  STORAGE_INSTANCE_MIGRATIONS,
  STORAGE_LOCK_MIGRATIONS,
  type StorageTables,
} from './platform/storage/index.ts';
import { createMessageBoxService, registerMessageBoxRoutes } from './platform/storage/messagebox/index.ts';
import {
  InstanceQueryRepository,
  InstanceQueryService,
  registerInstanceQueryRoutes,
  STORAGE_QUERY_MIGRATIONS,
} from './platform/storage/query/index.ts';
import { registerSignRoute, SigningService } from './platform/storage/signing/index.ts';
import { registerAssetRoutes } from './web/asset-routes.ts';

export interface Platform {
  readonly config: Config;
  readonly app: HttpApp;
  readonly db: Kysely<unknown>;
  readonly blobs: BlobStore;
  readonly tokens: TokenService;
  readonly auth: RequestAuthentication;
  readonly register: RegisterService;
  readonly profile: ProfileService;
  readonly roles: RolesService;
  readonly directory: IdentityDirectory;
  readonly policies: PolicyStore;
  readonly delegations: DelegationRepository;
  readonly pdp: Pdp;
  readonly pep: PolicyEnforcementPoint;
  readonly applications: ApplicationService;
  readonly instances: InstanceService;
  /** Data element services and the upload sweeper (`dataStorage.sweeper.sweep()`). */
  readonly dataStorage: DataStorage;
  /** The apps installed at start from APPS_DIR, and what could not be installed. */
  readonly apps: AppRegistry;
  readonly appInstall: InstallReport;
  /** What was imported at start (TESTDATA, or Tinn's own set in development mode). */
  readonly testDataImport: ImportResult | undefined;
  close(): Promise<void>;
}

/** The issuer written into tokens: the configured public URL, else the local listen address. */
export function issuerFor(config: Config): string {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  return `${base}/authentication/api/v1/openid/`;
}

const MIGRATIONS: readonly MigrationSet[] = [
  REGISTER_MIGRATIONS,
  PROFILE_MIGRATIONS,
  ROLES_MIGRATIONS,
  authorizationMigrations,
  STORAGE_APPLICATION_MIGRATIONS,
  STORAGE_INSTANCE_MIGRATIONS,
  STORAGE_QUERY_MIGRATIONS,
  STORAGE_LOCK_MIGRATIONS,
  STORAGE_DATA_MIGRATIONS,
];

/** The composition root: builds every service from one config and mounts every route. */
export async function buildPlatform(config: Config): Promise<Platform> {
  const app = await createHttpApp({ logLevel: config.logLevel });
  const database = await openDatabase<unknown>({
    url: config.databaseUrl,
    embeddedDir: path.join(config.dataDir, 'pgdata'),
    onIdleConnectionError: (error) => app.log.warn({ err: error }, 'idle database connection failed'),
  }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    const signingKey = await loadSigningKey(path.join(config.dataDir, 'keys'));
    const tokens = new TokenService(signingKey, issuerFor(config), config.tokenLifetimeSeconds);
    const auth = createRequestAuthentication(tokens);
    registerHealthRoute(app, database.db);
    const directoryServices = buildDirectoryServices(database.db);
    registerDirectoryRoutes(app, auth, directoryServices);
    const testDataImport = await importTestDataAtStart(config, database.db, app.log);
    registerAssetRoutes(app);

    const { directory } = directoryServices;
    const exchange = new TokenExchange({
      tokens,
      directory,
      verifiers: {
        ...(config.idPorten ? { 'id-porten': new ExternalTokenVerifier(config.idPorten) } : {}),
        ...(config.maskinporten ? { maskinporten: new ExternalTokenVerifier(config.maskinporten) } : {}),
      },
    });
    registerOpenIdRoutes(app, tokens);
    registerTokenRoutes(app, { tokens, auth, directory, exchange });
    if (config.mode === 'development') {
      const testTokens = new TestTokenIssuer(tokens, directory);
      registerTestTokenRoutes(app, testTokens);
      registerTestLoginRoutes(app, {
        login: new TestLogin(directory, testTokens, tokens),
        listApps: async () => apps.list().map((loaded) => loaded.id),
      });
    }

    const policies = new PolicyStore(database.db as Kysely<AuthorizationTables>);
    const delegations = new DelegationRepository(database.db as Kysely<AuthorizationTables>);
    const ownParties = new OwnPartyCache(directoryServices.profile);
    const pdp = new Pdp({
      policyFor: (org, appName) => policies.get(org, appName),
      pip: createInformationPoint({
        ...directoryServices,
        delegations,
        ownParties,
        instanceContext: async () => null,
      }),
      delegationPoliciesFor: createDelegationLookup({ ...directoryServices, delegations, ownParties }),
      onError: (error) => app.log.error({ err: error }, 'policy decision failed'),
    });
    registerPolicyRoutes(app, { auth, policies });
    registerDecisionRoutes(app, { auth, decisions: new DecisionService(pdp) });
    const pep = new PolicyEnforcementPoint(pdp);

    const blobs: BlobStore = createBlobStore(config);
    const applications = createApplicationService(database.db);
    registerApplicationRoutes(app, { auth, applications });
    const { registry: apps, report: appInstall } = await installApps(config.appsDirs, {
      applications,
      policies,
      log: app.log,
    });
    registerAppMetadataRoutes(app, { apps });
    const storageDb = database.db as Kysely<StorageTables>;
    const instanceAuthorizer = new InstanceAuthorizer(pep);
    const instances = new InstanceService({
      instances: new InstanceRepository(storageDb),
      events: new InstanceEventRepository(),
      authorizer: instanceAuthorizer,
      applications: (org, appName) => applications.getApplication(org, appName),
      register: directoryServices.register,
    });
    authorizeBeforeValidation(app, instances);
    registerInstanceRoutes(app, { auth, instances, publicUrl: config.publicUrl });
    registerInstanceQueryRoutes(app, {
      auth,
      queries: new InstanceQueryService({
        repository: new InstanceQueryRepository(storageDb),
        pep,
        register: directoryServices.register,
      }),
      publicUrl: config.publicUrl,
    });
    const messageBox = createMessageBoxService({
      db: storageDb,
      instances,
      pep,
      applications,
      roles: directoryServices.roles,
    });
    registerMessageBoxRoutes(app, { auth, messageBox });
    const dataStorage = await buildDataStorage({
      db: database.db,
      config,
      blobs,
      instances,
      authorizer: instanceAuthorizer,
      log: app.log,
    });
    app.addHook('onClose', () => dataStorage.close());
    registerDataRoutes(app, {
      auth,
      elements: dataStorage.elements,
      uploads: dataStorage.uploads,
      publicUrl: config.publicUrl,
    });
    registerSignRoute(app, { auth, signing: new SigningService(dataStorage) });
    const instanceOperations = buildInstanceOperations({
      db: database.db,
      instances,
      authorizer: instanceAuthorizer,
      deletedContent: dataStorageContent(dataStorage),
      onError: (error) => app.log.warn({ err: error }, 'removing bytes of deleted data elements failed'),
    });
    registerInstanceOperationRoutes(app, { auth, publicUrl: config.publicUrl, ...instanceOperations });
    const taskStart = new TaskStart({ elements: dataStorage.elements, uploads: dataStorage.uploads });
    const appInstances = new AppInstanceService({
      instances,
      register: directoryServices.register,
      pep,
      taskStart,
      uploads: dataStorage.uploads,
      mutations: instanceOperations.mutations,
    });
    const active = new ActiveInstances({
      queries: new InstanceQueryService({
        repository: new InstanceQueryRepository(storageDb),
        pep,
        register: directoryServices.register,
      }),
      register: directoryServices.register,
      profile: directoryServices.profile,
    });
    registerAppInstanceRoutes(app, {
      auth,
      apps,
      instances: appInstances,
      active,
      publicUrl: config.publicUrl,
    });
    const processExecutor = new ProcessExecutor({
      instances,
      processes: instanceOperations.processes,
      elements: dataStorage.elements,
      locks: instanceOperations.locks,
      pep,
      appPrincipal,
      taskStart,
      signing: new SigningService(dataStorage),
    });
    registerAppProcessRoutes(app, {
      auth,
      apps,
      processes: new AppProcessService({
        instances: appInstances,
        processes: instanceOperations.processes,
        executor: processExecutor,
        pep,
      }),
    });
    return {
      config,
      app,
      db: database.db,
      blobs,
      tokens,
      auth,
      ...directoryServices,
      testDataImport,
      policies,
      delegations,
      pdp,
      pep,
      applications,
      instances,
      dataStorage,
      apps,
      appInstall,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await app.close();
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
