import type { TSchema } from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { badRequest } from '../../../core/errors.ts';
import { validationIssues } from './validation-issues.ts';

/**
 * Checks an in-process document against a schema as strictly as the routes do; 400 with the first
 * issues. The schema is compiled on first use.
 */
export function documentChecker(schema: TSchema, what: string): (value: unknown) => void {
  let compiled: Validator | undefined;
  return (value) => {
    compiled ??= Compile(schema);
    const validator = compiled;
    if (validator.Check(value)) return;
    const errors = validationIssues(validator, value).map((issue) => ({
      path: issue.instancePath,
      message: issue.message,
    }));
    throw badRequest('validation_failed', `The ${what} is not valid`, { errors });
  };
}
