import { type AppLoadResult, formatProblem, loadApps } from '../apps/loader/index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function summary(result: AppLoadResult): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const name = result.appId === undefined ? result.dir : `${result.appId} (${result.dir})`;
  return `${name}: ${errors === 0 ? 'ok' : plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * `tinn app validate DIR...`: loads the apps in each folder with the checks of the app runtime, prints every
 * problem as `file[:jsonPath]: severity: message` and a line per app; 1 when any app has an error.
 */
export async function appValidateCommand(dirs: string[]): Promise<number> {
  if (dirs.length === 0) {
    process.stderr.write('Usage: tinn app validate DIR [DIR...]\n');
    return 2;
  }
  const results = await loadApps(dirs);
  for (const result of results) {
    for (const problem of result.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  }
  for (const result of results) process.stdout.write(`${summary(result)}\n`);
  return results.some((result) => result.problems.some((problem) => problem.severity === 'error')) ? 1 : 0;
}
