import path from 'node:path';
import { type ProcessDefinition, parseProcessDefinition } from '../process/definition/index.ts';
import type { ProblemList } from './app-problem.ts';
import { readTextFile } from './read-text-file.ts';

export const PROCESS_FILE = path.join('config', 'process', 'process.bpmn');

/** Reads and checks `config/process/process.bpmn`; undefined when it is missing or has errors. */
export async function readProcessFile(
  appDir: string,
  problems: ProblemList,
): Promise<ProcessDefinition | undefined> {
  const file = path.join(appDir, PROCESS_FILE);
  const xml = await readTextFile(file, problems, {
    severity: 'error',
    message: 'the app has no process definition',
  });
  if (xml === undefined) return undefined;
  const result = parseProcessDefinition(xml);
  for (const problem of result.problems) {
    const where = problem.elementId === undefined ? '' : `${problem.elementId}: `;
    problems.add(problem.severity, file, `${where}${problem.message}`);
  }
  return result.definition;
}
