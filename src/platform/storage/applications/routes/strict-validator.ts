import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { validationIssues } from '../validation-issues.ts';

type ValidationFunction = ReturnType<FastifySchemaCompiler<TSchema>>;

/**
 * Route validator compiler. Bodies are checked as sent: the platform's shared validator coerces types
 * (`"5"` would pass as an integer), which would let wrongly typed metadata into storage. Path and
 * query values are always text, so they are converted to the schema's types first.
 */
export const strictValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const validator = Compile(schema);
  const convert = httpPart !== 'body';
  const validate: ValidationFunction = (data: unknown) => {
    const value = convert ? validator.Convert(data) : data;
    if (validator.Check(value)) {
      validate.errors = null;
      return { value };
    }
    validate.errors = validationIssues(validator, value);
    return false;
  };
  return validate;
};
