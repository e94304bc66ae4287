import { FUNCTION, STATUS_CODE } from './constants.ts';
import { compare } from './match-functions.ts';
import { ONE_AND_ONLY_FUNCTIONS } from './parse-condition.ts';
import type { ConditionExpression } from './policy-model.ts';
import { bagOf, type RequestBags } from './request-bags.ts';

export type ConditionOutcome =
  | { readonly kind: 'value'; readonly value: boolean }
  | { readonly kind: 'indeterminate'; readonly statusCode: string; readonly message: string };

type Value =
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'single'; readonly value: string }
  | { readonly kind: 'bag'; readonly values: readonly string[] }
  | { readonly kind: 'function'; readonly functionId: string }
  | { readonly kind: 'error'; readonly statusCode: string; readonly message: string };

/** Evaluates a condition that `parseCondition` accepted (so argument types are already checked). */
export function evaluateCondition(condition: ConditionExpression, bags: RequestBags): ConditionOutcome {
  const result = evaluate(condition, bags);
  if (result.kind === 'boolean') return { kind: 'value', value: result.value };
  if (result.kind === 'error')
    return { kind: 'indeterminate', statusCode: result.statusCode, message: result.message };
  return {
    kind: 'indeterminate',
    statusCode: STATUS_CODE.processingError,
    message: 'condition is not boolean',
  };
}

function evaluate(expression: ConditionExpression, bags: RequestBags): Value {
  switch (expression.kind) {
    case 'value':
      return { kind: 'single', value: expression.value };
    case 'function':
      return { kind: 'function', functionId: expression.functionId };
    case 'designator': {
      const values = bagOf(bags, expression.category, expression.attributeId)
        .filter((attribute) => attribute.dataType === expression.dataType)
        .map((attribute) => attribute.value);
      if (values.length === 0 && expression.mustBePresent) {
        return {
          kind: 'error',
          statusCode: STATUS_CODE.missingAttribute,
          message: `missing attribute ${expression.attributeId} in ${expression.category}`,
        };
      }
      return { kind: 'bag', values };
    }
    case 'apply':
      return apply(expression.functionId, expression.args, bags);
  }
}

function apply(functionId: string, args: readonly ConditionExpression[], bags: RequestBags): Value {
  if (functionId === FUNCTION.and || functionId === FUNCTION.or) {
    const stopOn = functionId === FUNCTION.or;
    for (const arg of args) {
      const value = evaluate(arg, bags);
      if (value.kind === 'error') return value;
      if (value.kind === 'boolean' && value.value === stopOn) return value;
    }
    return { kind: 'boolean', value: !stopOn };
  }
  const values: Value[] = [];
  for (const arg of args) {
    const value = evaluate(arg, bags);
    if (value.kind === 'error') return value;
    values.push(value);
  }
  const [first, second, third] = values;
  if (functionId === FUNCTION.not && first?.kind === 'boolean')
    return { kind: 'boolean', value: !first.value };
  if (ONE_AND_ONLY_FUNCTIONS.has(functionId) && first?.kind === 'bag') {
    const [only] = first.values;
    if (first.values.length !== 1 || only === undefined) {
      return {
        kind: 'error',
        statusCode: STATUS_CODE.processingError,
        message: `${functionId} needs exactly one value, the request has ${first.values.length}`,
      };
    }
    return { kind: 'single', value: only };
  }
  if (
    functionId === FUNCTION.anyOf &&
    first?.kind === 'function' &&
    second?.kind === 'single' &&
    third?.kind === 'bag'
  ) {
    return {
      kind: 'boolean',
      value: third.values.some((item) => compare(first.functionId, second.value, item)),
    };
  }
  if (first?.kind === 'single' && second?.kind === 'single') {
    return { kind: 'boolean', value: compare(functionId, first.value, second.value) };
  }
  return { kind: 'error', statusCode: STATUS_CODE.processingError, message: `cannot apply ${functionId}` };
}
