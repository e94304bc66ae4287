import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadedApp } from '../../loader/index.ts';

/** A file or folder name as a route may give it: one path segment, nothing that climbs out. */
const SAFE_NAME = /^[^/\\]+$/;
export const isSafeName = (name: string) => SAFE_NAME.test(name) && name !== '.' && name !== '..';

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
}

/**
 * Files an app serves as written that the loader does not keep. Read on first use and kept, since installed
 * apps do not change while the server runs.
 */
export class AppStaticFiles {
  private readonly cache = new Map<string, Promise<string | undefined>>();

  /** `App/{relative...}`, or undefined when the file is absent or a segment is not a plain name. */
  read(app: LoadedApp, ...relative: readonly string[]): Promise<string | undefined> {
    if (!relative.every(isSafeName)) return Promise.resolve(undefined);
    const file = path.join(app.appDir, ...relative);
    const key = `${app.id}\n${file}`;
    let pending = this.cache.get(key);
    if (pending === undefined) {
      pending = readIfPresent(file);
      this.cache.set(key, pending);
      // Only files that exist stay cached, so asking for made-up names cannot grow the cache.
      pending.then(
        (text) => text === undefined && this.cache.delete(key),
        () => this.cache.delete(key),
      );
    }
    return pending;
  }
}

/** Altinn reads these files as text, which drops a byte order mark, and answers without one. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
