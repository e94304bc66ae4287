import { toBoolean } from '../coerce.ts';
import type { FunctionTable } from '../scope.ts';

export const LOGIC_FUNCTIONS: FunctionTable<'and' | 'or' | 'not' | 'if'> = {
  // Every argument is evaluated and checked, so a bad value fails the same way wherever it stands.
  and: (invocation) => invocation.values().map(toBoolean).every(Boolean),
  or: (invocation) => invocation.values().map(toBoolean).some(Boolean),
  not: (invocation) => !toBoolean(invocation.argument(0)),
  if: (invocation) => {
    if (toBoolean(invocation.argument(0))) return invocation.argument(1);
    return invocation.argumentCount === 4 ? invocation.argument(3) : null;
  },
};
