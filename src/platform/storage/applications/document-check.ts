import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { badRequest } from '../../../core/errors.ts';
import { validationIssues } from './validation-issues.ts';

/** Checks an in-process document against a schema as strictly as the routes do; 400 with the first issues. */
export function documentChecker<T extends TSchema>(schema: T, what: string): (value: unknown) => void {
  const validator = Compile(schema);
  return (value) => {
    if (validator.Check(value)) return;
    const errors = validationIssues(validator, value).map((issue) => ({
      path: issue.instancePath,
      message: issue.message,
    }));
    throw badRequest('validation_failed', `The ${what} is not valid`, { errors });
  };
}
