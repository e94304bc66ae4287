import path from 'node:path';
import type { Config } from '../core/config.ts';
import { importTestDataInto } from '../server.ts';

/** `tinn import PATH...`: imports app-localtest folders or testData.json files into the configured database. */
export async function importCommand(config: Config, paths: readonly string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('Usage: tinn import PATH [PATH...]\n');
    return 2;
  }
  const result = await importTestDataInto(
    config,
    paths.map((entry) => path.resolve(entry)),
  );
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(
    `Imported ${result.sources.join(', ')}: ${JSON.stringify(result.counts)}; ${result.changedRows} rows changed\n`,
  );
  return 0;
}
