import path from 'node:path';
import { appFolderOf, isDirectory, subfolders } from './app-folder.ts';
import { loadApp } from './load-app.ts';
import type { AppLoadResult } from './loaded-app.ts';

/** How deep below a given folder apps are looked for: `APPS_DIR/app` and `APPS_DIR/org/app`. */
const MAX_DEPTH = 2;

const skipped = (name: string) => name.startsWith('.') || name.startsWith('_') || name === 'node_modules';

async function findAppFolders(dir: string, depth: number): Promise<string[]> {
  if ((await appFolderOf(dir)) !== undefined) return [dir];
  if (depth >= MAX_DEPTH) return [];
  const found: string[] = [];
  for (const name of await subfolders(dir)) {
    if (!skipped(name)) found.push(...(await findAppFolders(path.join(dir, name), depth + 1)));
  }
  return found;
}

function problemResult(dir: string, message: string): AppLoadResult {
  return { dir, problems: [{ file: dir, message, severity: 'error' }] };
}

/**
 * Loads every app in the given folders: a folder that is an app itself, or the apps up to two levels below
 * it. Each app is loaded on its own, so one broken app does not stop the others; a folder without any app
 * and an app id that two folders share are reported as errors.
 */
export async function loadApps(dirs: readonly string[]): Promise<AppLoadResult[]> {
  const results: AppLoadResult[] = [];
  for (const dir of dirs) {
    if (!(await isDirectory(dir))) {
      results.push(problemResult(dir, 'no such folder'));
      continue;
    }
    const appFolders = await findAppFolders(dir, 0);
    if (appFolders.length === 0) {
      results.push(
        problemResult(dir, 'no app found here (an app folder has App/config/applicationmetadata.json)'),
      );
    }
    for (const appFolder of appFolders) results.push(await loadApp(appFolder));
  }
  return withDuplicatesFlagged(results);
}

function withDuplicatesFlagged(results: readonly AppLoadResult[]): AppLoadResult[] {
  const firstDir = new Map<string, string>();
  return results.map((result) => {
    if (result.appId === undefined) return result;
    const earlier = firstDir.get(result.appId);
    if (earlier === undefined) {
      firstDir.set(result.appId, result.dir);
      return result;
    }
    const { app: _dropped, ...rest } = result;
    return {
      ...rest,
      problems: [
        ...result.problems,
        {
          file: result.dir,
          message: `the app id "${result.appId}" is already loaded from ${earlier}`,
          severity: 'error',
        },
      ],
    };
  });
}
