import { notFound } from '../../../core/errors.ts';
import type { LoadedApp } from '../../loader/index.ts';
import type { AppRegistry } from '../../runtime/index.ts';

/** The installed app `org/app`, or a 404 problem. */
export function installedApp(apps: AppRegistry, org: string, app: string): LoadedApp {
  const loaded = apps.get(org, app);
  if (loaded === undefined) throw notFound('app_not_found', `No app ${org}/${app} is installed`);
  return loaded;
}
