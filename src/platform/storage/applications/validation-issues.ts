import type { Validator } from 'typebox/compile';

export interface ValidationIssue {
  readonly keyword: string;
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly params: Record<string, unknown>;
  readonly message: string;
}

const MAX_ISSUES = 10;

/**
 * What is wrong with `value`, without the echoes of optional-or-null unions: for `"maxCount": "5"`
 * the checker also reports "must be null" and "must match a schema in anyOf", which only confuse.
 */
export function validationIssues(validator: Validator, value: unknown): ValidationIssue[] {
  const all = [...validator.Errors(value)].map((issue) => ({
    keyword: issue.keyword,
    instancePath: issue.instancePath,
    schemaPath: issue.schemaPath,
    params: issue.params as Record<string, unknown>,
    message: issue.message ?? 'is invalid',
  }));
  const isEcho = (issue: ValidationIssue) =>
    issue.keyword === 'anyOf' || (issue.keyword === 'type' && issue.params.type === 'null');
  const meaningful = all.filter((issue) => !isEcho(issue));
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_ISSUES);
}
