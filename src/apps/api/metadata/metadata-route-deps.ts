import type { AppRegistry } from '../../runtime/index.ts';
import type { AppStaticFiles } from './app-static-files.ts';

export interface MetadataRouteDeps {
  readonly apps: AppRegistry;
  /** Files served as written that the loader does not keep (process, rule files, settings). */
  readonly files: AppStaticFiles;
}
