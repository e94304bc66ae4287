import type { Kysely } from 'kysely';
import { badRequest, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import {
  type AppRef,
  appIdOf,
  parseAppId,
  requireLanguage,
  requireListableOrg,
  requireValidAppRef,
} from './app-id.ts';
import { changedByOf, requireAppOwner } from './application-access.ts';
import type { ApplicationCache } from './application-cache.ts';
import { storedDocumentOf } from './application-document.ts';
import type { Application, ApplicationInput, TextResource, TextResourceInput } from './application-model.ts';
import { ApplicationRepository, type ChangeStamp } from './application-repository.ts';
import { ApplicationSchema } from './application-schema.ts';
import type { ApplicationTables } from './application-tables.ts';
import { documentChecker } from './document-check.ts';
import { stripNulls } from './json-document.ts';
import { isForeignKeyViolation } from './sql-errors.ts';
import { TextResourceRepository } from './text-resource-repository.ts';
import { TextResourceInputSchema } from './text-resource-schema.ts';

/** `createdBy`/`lastChangedBy` of what the platform installs itself (the app runtime loading app folders). */
export const INSTALLED_BY = 'tinn';

export interface ApplicationServiceDeps {
  readonly db: Kysely<ApplicationTables>;
  readonly cache: ApplicationCache;
  readonly now?: () => Date;
}

const checkApplication = documentChecker(ApplicationSchema, 'application metadata');
const checkTextResource = documentChecker(TextResourceInputSchema, 'text resource');

const appNotFound = (ref: AppRef) =>
  notFound('application_not_found', `Could not find an application with appId=${appIdOf(ref)}`);

const textNotFound = (ref: AppRef, language: string) =>
  notFound('text_resource_not_found', `No ${language} text resource for ${appIdOf(ref)}`);

/**
 * Application metadata and text resources (Storage's `applications` and `texts`). Reads are open;
 * changes need the service owner of the app's org. Transport-free: callers pass who they are.
 */
export class ApplicationService {
  private readonly db: Kysely<ApplicationTables>;
  private readonly apps: ApplicationRepository;
  private readonly texts: TextResourceRepository;
  private readonly cache: ApplicationCache;
  private readonly now: () => Date;

  constructor(deps: ApplicationServiceDeps) {
    this.db = deps.db;
    this.apps = new ApplicationRepository(deps.db);
    this.texts = new TextResourceRepository(deps.db);
    this.cache = deps.cache;
    this.now = deps.now ?? (() => new Date());
  }

  /** 403 unless `caller` may change apps of `org` (undefined: of some org, not yet known). */
  authorizeChange(caller: Principal, org: string | undefined): void {
    requireAppOwner(caller, org);
  }

  listApplications(): Promise<Application[]> {
    return this.apps.list();
  }

  async listApplicationsOf(org: string): Promise<Application[]> {
    requireListableOrg(org);
    return this.apps.list(org);
  }

  /**
   * The app's metadata, or undefined. Served from a short per-node cache; the result is frozen and
   * shared, so callers must not change it.
   */
  getApplication(org: string, app: string): Promise<Application | undefined> {
    const ref = { org, app };
    return this.cache.get(ref, () => this.apps.find(ref));
  }

  /** As getApplication, but 404 when there is no such app. */
  async requireApplication(org: string, app: string): Promise<Application> {
    const application = await this.getApplication(org, app);
    if (application === undefined) throw appNotFound({ org, app });
    return application;
  }

  /** Creates the app, or replaces its metadata keeping the created fields. */
  async createApplication(
    caller: Principal,
    appId: string | undefined,
    input: ApplicationInput,
  ): Promise<Application> {
    requireAppOwner(caller, undefined);
    const ref = parseAppId(appId);
    requireAppOwner(caller, ref.org);
    checkApplication(input);
    const stamp = this.stampFor(changedByOf(caller));
    const document = storedDocumentOf(input, ref, { now: stamp.at, defaultValidFrom: true });
    return this.changed(ref, await this.apps.upsert(ref, document, stamp));
  }

  async updateApplication(caller: Principal, ref: AppRef, input: ApplicationInput): Promise<Application> {
    requireAppOwner(caller, ref.org);
    requireValidAppRef(ref);
    checkApplication(input);
    if (input.id !== appIdOf(ref)) {
      throw badRequest('app_id_mismatch', 'appId in path does not match id in attached object');
    }
    if (input.org !== ref.org) {
      throw badRequest(
        'org_mismatch',
        'Org (application owner id) from path is not matching attached object',
      );
    }
    const stamp = this.stampFor(changedByOf(caller));
    const document = storedDocumentOf(input, ref, { now: stamp.at, defaultValidFrom: false });
    const updated = await this.apps.replace(ref, document, stamp);
    if (updated === undefined) throw appNotFound(ref);
    return this.changed(ref, updated);
  }

  /** Soft: sets validTo to now. Hard: deletes the app and its texts. Returns the app as it was left. */
  async deleteApplication(caller: Principal, ref: AppRef, hard: boolean): Promise<Application> {
    requireAppOwner(caller, ref.org);
    const stamp = this.stampFor(changedByOf(caller));
    const deleted = hard ? await this.apps.delete(ref) : await this.apps.softDelete(ref, stamp);
    if (deleted === undefined) throw appNotFound(ref);
    return this.changed(ref, deleted);
  }

  /**
   * For the app runtime, in-process: stores an app folder's metadata and texts in one transaction
   * (upserts; created fields of an existing app are kept). The metadata `id` names the app.
   */
  async installApplication(
    metadata: ApplicationInput,
    texts: readonly TextResourceInput[],
  ): Promise<Application> {
    checkApplication(metadata);
    const ref = parseAppId(metadata.id ?? undefined);
    for (const text of texts) {
      checkTextResource(text);
      requireLanguage(text.language);
    }
    const stamp = this.stampFor(INSTALLED_BY);
    const document = storedDocumentOf(metadata, ref, { now: stamp.at, defaultValidFrom: true });
    const installed = await this.db.transaction().execute(async (trx) => {
      const application = await new ApplicationRepository(trx).upsert(ref, document, stamp);
      const textRepository = new TextResourceRepository(trx);
      for (const text of texts) {
        await textRepository.upsert({ ...ref, language: text.language }, stripNulls(text.resources), stamp);
      }
      return application;
    });
    return this.changed(ref, installed);
  }

  async getTextResource(_caller: Principal, ref: AppRef, language: string): Promise<TextResource> {
    requireLanguage(language);
    const text = await this.texts.find({ ...ref, language });
    if (text === undefined) throw textNotFound(ref, language);
    return text;
  }

  /** Creates or replaces the text resource of the body's language; the app must exist. */
  async upsertTextResource(caller: Principal, ref: AppRef, input: TextResourceInput): Promise<TextResource> {
    requireAppOwner(caller, ref.org);
    checkTextResource(input);
    const language = requireLanguage(input.language);
    const stamp = this.stampFor(changedByOf(caller));
    try {
      return await this.texts.upsert({ ...ref, language }, stripNulls(input.resources), stamp);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw appNotFound(ref);
      throw error;
    }
  }

  async updateTextResource(
    caller: Principal,
    ref: AppRef,
    language: string,
    input: TextResourceInput,
  ): Promise<TextResource> {
    requireAppOwner(caller, ref.org);
    checkTextResource(input);
    requireLanguage(input.language);
    if (input.language !== language) {
      throw badRequest(
        'language_mismatch',
        `The language specified in the textResource ${input.language} does not match the api path: ${language}`,
      );
    }
    const stamp = this.stampFor(changedByOf(caller));
    const updated = await this.texts.replace({ ...ref, language }, stripNulls(input.resources), stamp);
    if (updated === undefined) throw textNotFound(ref, language);
    return updated;
  }

  async deleteTextResource(caller: Principal, ref: AppRef, language: string): Promise<void> {
    requireAppOwner(caller, ref.org);
    if (!(await this.texts.delete({ ...ref, language }))) throw textNotFound(ref, language);
  }

  private stampFor(by: string): ChangeStamp {
    return { by, at: this.now() };
  }

  private changed(ref: AppRef, application: Application): Application {
    this.cache.invalidate(ref);
    return application;
  }
}
