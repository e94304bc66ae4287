import jmespath from 'jmespath';
import { ExpressionFailure } from '../errors.ts';
import type { FunctionTable } from '../scope.ts';
import { type ExprValue, toExprValue } from '../values.ts';

export const STRUCTURE_FUNCTIONS: FunctionTable<'list' | 'object' | 'jmespath'> = {
  list: (invocation) => invocation.values(),
  object: (invocation) => {
    const values = invocation.values();
    const result: Record<string, ExprValue> = {};
    for (let index = 0; index < values.length; index += 2) {
      const key = values[index];
      if (typeof key !== 'string') throw new ExpressionFailure('Object keys must be strings');
      if (Object.hasOwn(result, key)) throw new ExpressionFailure('Object keys must be unique');
      result[key] = values[index + 1] ?? null;
    }
    return result;
  },
  jmespath: (invocation) => {
    const [data = null, query = null] = invocation.values();
    if (typeof query !== 'string') throw new ExpressionFailure('Expected argument to be string');
    let result: unknown;
    try {
      result = jmespath.search(data, query);
    } catch (error) {
      throw new ExpressionFailure(
        `Jmespath error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return toExprValue(result);
  },
};
