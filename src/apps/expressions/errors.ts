/** Where in an expression something is: `$` is the expression itself, `$[2][1]` the second argument of its second argument. */
export type ExpressionPath = string;

export const ROOT_PATH: ExpressionPath = '$';

export function childPath(parent: ExpressionPath, index: number): ExpressionPath {
  return `${parent}[${index}]`;
}

export interface ExpressionIssue {
  readonly path: ExpressionPath;
  readonly message: string;
}

/** The expression is not well formed: unknown function, wrong number of arguments, bad literal. */
export class ExpressionValidationError extends Error {
  readonly issues: readonly ExpressionIssue[];

  constructor(issues: readonly ExpressionIssue[]) {
    super(
      `Invalid expression: ${issues.map((issue) => (issue.path === ROOT_PATH ? issue.message : `${issue.message} (at ${issue.path})`)).join('; ')}`,
    );
    this.name = 'ExpressionValidationError';
    this.issues = issues;
  }
}

/** A well-formed expression failed while running: a value of the wrong type, a missing component, … */
export class ExpressionEvaluationError extends Error {
  readonly path: ExpressionPath;
  readonly reason: string;

  constructor(path: ExpressionPath, reason: string) {
    super(path === ROOT_PATH ? `Expression failed: ${reason}` : `Expression failed at ${path}: ${reason}`);
    this.name = 'ExpressionEvaluationError';
    this.path = path;
    this.reason = reason;
  }
}

/**
 * Thrown by a function implementation that does not know its position in the expression; the evaluator
 * turns it into an {@link ExpressionEvaluationError} with the path of the call.
 */
export class ExpressionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionFailure';
  }
}

/** The layouts of a layout set cannot be turned into a component tree (duplicate id, missing child, …). */
export class LayoutError extends Error {
  readonly page: string | undefined;
  readonly componentId: string | undefined;

  constructor(message: string, where: { page?: string; componentId?: string } = {}) {
    const prefix = [
      where.page === undefined ? undefined : `page "${where.page}"`,
      where.componentId === undefined ? undefined : `component "${where.componentId}"`,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    super(prefix === '' ? message : `${prefix}: ${message}`);
    this.name = 'LayoutError';
    this.page = where.page;
    this.componentId = where.componentId;
  }
}
