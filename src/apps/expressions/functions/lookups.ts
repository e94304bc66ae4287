import { stringify, toInteger, toKey } from '../coerce.ts';
import { componentValue, findComponent } from '../component-lookup.ts';
import { ExpressionFailure } from '../errors.ts';
import { isLiteralString } from '../expression.ts';
import { AUTH_CONTEXT_ACTIONS, type AuthContextAction } from '../function-specs.ts';
import { instanceContextValue } from '../instance-context.ts';
import { readModel } from '../read-data.ts';
import type { FunctionTable, Invocation } from '../scope.ts';
import { resolveText } from '../text-resources.ts';
import { toExprValue } from '../values.ts';

/** The first argument as a name to look up; null is refused with the function's name in the message. */
function lookupKey(invocation: Invocation): string {
  const key = toKey(invocation.argument(0));
  if (key === null) throw new ExpressionFailure(`Cannot lookup ${invocation.call.name} null`);
  return key;
}

function isAuthContextAction(value: string): value is AuthContextAction {
  return (AUTH_CONTEXT_ACTIONS as readonly string[]).includes(value);
}

export const LOOKUP_FUNCTIONS: FunctionTable<
  | 'dataModel'
  | 'component'
  | 'countDataElements'
  | 'instanceContext'
  | 'frontendSettings'
  | 'language'
  | 'text'
  | 'displayValue'
  | 'argv'
  | 'value'
  | 'gatewayAction'
  | 'authContext'
> = {
  dataModel: (invocation) => {
    const field = lookupKey(invocation);
    const dataType = invocation.call.args[1];
    const named = isLiteralString(dataType) ? dataType.value : undefined;
    return readModel(invocation.scope, field, named, invocation.scope.row);
  },
  component: (invocation) => {
    const { scope } = invocation;
    return componentValue(scope, findComponent(scope, lookupKey(invocation)));
  },
  displayValue: (invocation) => {
    const { scope } = invocation;
    const node = findComponent(scope, lookupKey(invocation));
    const value = componentValue(scope, node);
    if (scope.displayValue !== undefined) return scope.displayValue(node, value);
    return value === null ? null : stringify(value);
  },
  countDataElements: (invocation) => invocation.scope.data.countDataElements(lookupKey(invocation)),
  instanceContext: (invocation) =>
    instanceContextValue(invocation.scope.data.instance(), toKey(invocation.argument(0))),
  frontendSettings: (invocation) => toExprValue(invocation.scope.data.frontendSetting(lookupKey(invocation))),
  language: (invocation) => invocation.scope.data.language(),
  text: (invocation) => {
    const key = toKey(invocation.argument(0));
    return key === null ? null : resolveText(invocation.scope, key);
  },
  argv: (invocation) => {
    const positional = invocation.scope.positionalArguments;
    if (positional === undefined) throw new ExpressionFailure('No positional arguments available');
    const index = toInteger(invocation.argument(0), 'the argument index');
    if (index < 0 || index >= positional.length) throw new ExpressionFailure(`Index ${index} out of range`);
    return positional[index] ?? null;
  },
  value: (invocation) => {
    const values = invocation.scope.valueArguments;
    if (values === undefined) throw new ExpressionFailure('No option value is available here');
    const key = invocation.argumentCount === 0 ? 'value' : lookupKey(invocation);
    return Object.hasOwn(values, key) ? (values[key] ?? null) : null;
  },
  gatewayAction: (invocation) => invocation.scope.gatewayAction,
  authContext: (invocation) => {
    const action = lookupKey(invocation);
    if (!isAuthContextAction(action)) {
      throw new ExpressionFailure(
        `Unknown action "${action}" (expected one of ${AUTH_CONTEXT_ACTIONS.join(', ')})`,
      );
    }
    return invocation.scope.permissions?.[action] ?? false;
  },
};
