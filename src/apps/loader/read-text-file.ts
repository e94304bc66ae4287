import fs from 'node:fs/promises';
import type { ProblemList } from './app-problem.ts';

/** Reads a text file; a missing file is reported with `missingMessage` at `severity`. */
export async function readTextFile(
  file: string,
  problems: ProblemList,
  missing: { readonly severity: 'error' | 'warning'; readonly message: string },
): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') problems.add(missing.severity, file, missing.message);
    else problems.error(file, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
