export type ProblemSeverity = 'error' | 'warning';

/** Something wrong with an app's files: the file (as the app folder was given plus its path inside). */
export interface AppProblem {
  readonly file: string;
  /** Where in a JSON file, e.g. `dataTypes[2].taskId`. */
  readonly jsonPath?: string;
  readonly message: string;
  readonly severity: ProblemSeverity;
}

/** Collects the problems of one app while it loads. */
export class ProblemList {
  readonly #problems: AppProblem[] = [];

  error(file: string, message: string, jsonPath?: string): void {
    this.add('error', file, message, jsonPath);
  }

  warning(file: string, message: string, jsonPath?: string): void {
    this.add('warning', file, message, jsonPath);
  }

  add(severity: ProblemSeverity, file: string, message: string, jsonPath?: string): void {
    this.#problems.push({ file, ...(jsonPath ? { jsonPath } : {}), message, severity });
  }

  get all(): readonly AppProblem[] {
    return this.#problems;
  }

  get hasErrors(): boolean {
    return this.#problems.some((problem) => problem.severity === 'error');
  }
}

/** `file[:jsonPath]: severity: message`, as `tinn app validate` prints it. */
export const formatProblem = (problem: AppProblem): string =>
  `${problem.file}${problem.jsonPath ? `:${problem.jsonPath}` : ''}: ${problem.severity}: ${problem.message}`;
