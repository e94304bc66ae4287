import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readJsonFile } from './json-values.ts';

/** A sub-folder by name, matched without regard to case. */
export async function childFolder(dir: string | undefined, name: string): Promise<string | undefined> {
  if (dir === undefined) return undefined;
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const match = entries.find(
    (entry) => entry.isDirectory() && entry.name.toLowerCase() === name.toLowerCase(),
  );
  return match && path.join(dir, match.name);
}

export async function subFolders(dir: string | undefined): Promise<{ name: string; dir: string }[]> {
  if (dir === undefined) return [];
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, dir: path.join(dir, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The `.json` files of a folder, with their names without the extension, in name order. */
export async function jsonFilesIn(dir: string | undefined): Promise<{ stem: string; file: string }[]> {
  if (dir === undefined) return [];
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => ({ stem: entry.name.slice(0, -'.json'.length), file: path.join(dir, entry.name) }))
    .sort((a, b) => a.stem.localeCompare(b.stem));
}

/** A file's JSON, or undefined with a warning when it cannot be read. */
export async function readJsonOrWarn(file: string, warnings: string[]): Promise<unknown> {
  try {
    return await readJsonFile(file);
  } catch (error) {
    warnings.push(
      `${file}: skipped, not readable JSON (${error instanceof Error ? error.message : String(error)})`,
    );
    return undefined;
  }
}
