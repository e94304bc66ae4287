import fs from 'node:fs/promises';
import path from 'node:path';

/** Where an app's files are: `appDir` is its `App/` folder, as reached from the folder the caller gave. */
export interface AppFolder {
  /** The folder as given: the repository root that contains `App/`, or `App/` itself. */
  readonly dir: string;
  readonly appDir: string;
}

export const METADATA_FILE = path.join('config', 'applicationmetadata.json');

export async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await fs.stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

export async function isFile(candidate: string): Promise<boolean> {
  try {
    return (await fs.stat(candidate)).isFile();
  } catch {
    return false;
  }
}

/** The app in `dir` (a repository root with `App/`, or the `App/` folder itself), if it is one. */
export async function appFolderOf(dir: string): Promise<AppFolder | undefined> {
  const nested = path.join(dir, 'App');
  if (await isDirectory(nested)) return { dir, appDir: nested };
  if (await isFile(path.join(dir, METADATA_FILE))) return { dir, appDir: dir };
  return undefined;
}

/** Files of `folder` (not recursive) whose names end with `suffix`, sorted; empty when the folder is absent. */
export async function filesEndingWith(folder: string, suffix: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Subfolder names of `folder`, sorted; empty when absent. */
export async function subfolders(folder: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
