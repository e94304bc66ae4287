import { ProblemError } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import type { Application, ApplicationService } from '../applications/index.ts';
import { type AppTextSources, DEFAULT_LANGUAGE, type TextLookup } from './message-box-texts.ts';

/** What the message box reads about apps: metadata, titles to search, and texts. */
export interface MessageBoxApplications {
  application(appId: string): Promise<Application | undefined>;
  /** Apps whose metadata title, in any language, contains `text` (case-insensitive). */
  appIdsWithTitleContaining(text: string): Promise<string[]>;
  /** The app's texts in one language; undefined when it has none. */
  texts(caller: Principal, appId: string, language: string): Promise<TextLookup | undefined>;
}

function split(appId: string): [string, string] {
  const slash = appId.indexOf('/');
  return [appId.slice(0, slash), appId.slice(slash + 1)];
}

/** The message box's view of Storage's ApplicationService. */
export function messageBoxApplications(applications: ApplicationService): MessageBoxApplications {
  return {
    application: (appId) => applications.getApplication(...split(appId)),
    async appIdsWithTitleContaining(text) {
      const wanted = text.toLowerCase();
      const all = await applications.listApplications();
      return all
        .filter((app) => Object.values(app.title ?? {}).some((title) => title.toLowerCase().includes(wanted)))
        .map((app) => app.id);
    },
    async texts(caller, appId, language) {
      const [org, app] = split(appId);
      try {
        const resource = await applications.getTextResource(caller, { org, app }, language);
        return new Map(resource.resources.map((text) => [text.id, text.value]));
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}

/** Reads each app once for one answer: metadata always, texts only when asked for. */
export class AppContexts {
  private readonly applications = new Map<string, Promise<Application | undefined>>();

  constructor(private readonly source: MessageBoxApplications) {}

  application(appId: string): Promise<Application | undefined> {
    let found = this.applications.get(appId);
    if (found === undefined) {
      found = this.source.application(appId);
      this.applications.set(appId, found);
    }
    return found;
  }

  async textSources(caller: Principal, appId: string, language: string): Promise<AppTextSources> {
    const application = await this.application(appId);
    const texts = await this.source.texts(caller, appId, language);
    const defaultTexts =
      language === DEFAULT_LANGUAGE ? texts : await this.source.texts(caller, appId, DEFAULT_LANGUAGE);
    return {
      ...(texts === undefined ? {} : { texts }),
      ...(defaultTexts === undefined ? {} : { defaultTexts }),
      ...(application?.title === undefined ? {} : { title: application.title }),
    };
  }

  /** Text sources per app id, read one app after the other (the embedded database has one connection). */
  async textSourcesFor(
    caller: Principal,
    appIds: Iterable<string>,
    language: string,
  ): Promise<Map<string, AppTextSources>> {
    const result = new Map<string, AppTextSources>();
    for (const appId of new Set(appIds)) result.set(appId, await this.textSources(caller, appId, language));
    return result;
  }
}
