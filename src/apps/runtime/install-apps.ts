import type { FastifyBaseLogger } from 'fastify';
import type { PolicyStore } from '../../platform/authorization/index.ts';
import type {
  ApplicationInput,
  ApplicationService,
  TextResourceInput,
} from '../../platform/storage/applications/index.ts';
import { formatProblem, type LoadedApp, loadApps } from '../loader/index.ts';
import { AppRegistry } from './app-registry.ts';

export interface InstallAppsDeps {
  readonly applications: ApplicationService;
  readonly policies: PolicyStore;
  readonly log: FastifyBaseLogger;
}

export interface InstallReport {
  readonly installed: readonly string[];
  /** Folders that could not be installed, with why. */
  readonly failed: readonly { readonly dir: string; readonly appId?: string; readonly reason: string }[];
}

function textsOf(app: LoadedApp): TextResourceInput[] {
  return [...app.texts.values()].map((texts) => ({
    language: texts.language,
    resources: texts.resources.map((resource) => ({ ...resource })),
  })) as TextResourceInput[];
}

/**
 * Loads every app under the folders and registers each with Storage (metadata and texts) and with the
 * PDP (its policy). A broken app is logged with file, JSON path and reason and left out; the others
 * are served. Every node does this at start; it is an idempotent upsert.
 */
export async function installApps(
  dirs: readonly string[],
  deps: InstallAppsDeps,
): Promise<{ registry: AppRegistry; report: InstallReport }> {
  const registry = new AppRegistry();
  const installed: string[] = [];
  const failed: { dir: string; appId?: string; reason: string }[] = [];
  for (const result of await loadApps(dirs)) {
    for (const problem of result.problems) {
      const line = formatProblem(problem);
      if (problem.severity === 'error') deps.log.error({ app: result.appId, dir: result.dir }, line);
      else deps.log.warn({ app: result.appId, dir: result.dir }, line);
    }
    const app = result.app;
    if (app === undefined) {
      failed.push({
        dir: result.dir,
        ...(result.appId ? { appId: result.appId } : {}),
        reason: 'the app has errors',
      });
      continue;
    }
    try {
      await deps.applications.installApplication(app.metadata as unknown as ApplicationInput, textsOf(app));
      await deps.policies.put(app.org, app.app, app.policy.xml);
      registry.add(app);
      installed.push(app.id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      deps.log.error({ app: app.id, dir: app.dir, err: error }, `app ${app.id} could not be installed`);
      failed.push({ dir: app.dir, appId: app.id, reason });
    }
  }
  deps.log.info({ installed: installed.length, failed: failed.length }, 'apps installed');
  return { registry, report: { installed, failed } };
}
