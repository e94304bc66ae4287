import type { TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import type { ProblemList } from './app-problem.ts';
import { jsonPathOfPointer } from './json-path.ts';

const MAX_REPORTED = 10;

export type ShapeCheck = (value: unknown, file: string, problems: ProblemList) => boolean;

/**
 * A check of a document against a TypeBox schema that reports each mismatch as an error with its JSON
 * path. The "or null" echoes of optional properties (`must be null`, `must match a schema in anyOf`) are
 * left out when a more telling issue exists.
 */
export function shapeCheck(schema: TSchema, what: string): ShapeCheck {
  let validator: Validator | undefined;
  return (value, file, problems) => {
    validator ??= Compile(schema);
    if (validator.Check(value)) return true;
    const issues = [...validator.Errors(value)];
    const telling = issues.filter(
      (issue) =>
        issue.keyword !== 'anyOf' &&
        !(issue.keyword === 'type' && (issue.params as { type?: unknown }).type === 'null'),
    );
    for (const issue of (telling.length > 0 ? telling : issues).slice(0, MAX_REPORTED)) {
      problems.error(
        file,
        `${what}: ${issue.message ?? 'is invalid'}`,
        jsonPathOfPointer(issue.instancePath, value),
      );
    }
    return false;
  };
}
