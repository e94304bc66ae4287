import type { LoadedApp } from '../loader/index.ts';

/** The apps this node serves, by `org/app`; filled at start from APPS_DIR. */
export class AppRegistry {
  private readonly apps = new Map<string, LoadedApp>();

  add(app: LoadedApp): void {
    this.apps.set(app.id, app);
  }

  get(org: string, app: string): LoadedApp | undefined {
    return this.apps.get(`${org}/${app}`);
  }

  list(): LoadedApp[] {
    return [...this.apps.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
