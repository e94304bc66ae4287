import path from 'node:path';
import { isFile } from './app-folder.ts';
import type { ProblemList } from './app-problem.ts';

export const LOGIC_FOLDER = 'logic';

/** `logic/index.ts` or `logic/index.js` (the TypeScript one when both exist); not loaded here. */
export async function findLogicFile(appDir: string, problems: ProblemList): Promise<string | undefined> {
  const typescript = path.join(appDir, LOGIC_FOLDER, 'index.ts');
  const javascript = path.join(appDir, LOGIC_FOLDER, 'index.js');
  const hasTypescript = await isFile(typescript);
  const hasJavascript = await isFile(javascript);
  if (hasTypescript && hasJavascript) problems.warning(javascript, 'index.ts is used; this file is ignored');
  if (hasTypescript) return typescript;
  return hasJavascript ? javascript : undefined;
}
