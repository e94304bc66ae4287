import type { FlowCondition, JsonValue } from './process-definition.ts';

export type ConditionResult =
  | { readonly ok: true; readonly condition: FlowCondition }
  | { readonly ok: false; readonly message: string };

function usesFunction(expression: JsonValue, name: string): boolean {
  if (Array.isArray(expression)) {
    return expression[0] === name || expression.some((part) => usesFunction(part, name));
  }
  return false;
}

/** Reads the JSON expression Altinn apps write in `<conditionExpression>`. */
export function readCondition(rawText: string): ConditionResult {
  const text = rawText.trim();
  if (text === '') return { ok: false, message: 'the condition expression is empty' };
  let expression: JsonValue;
  try {
    expression = JSON.parse(text) as JsonValue;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the condition expression is not a JSON expression (${reason}): ${text}` };
  }
  return {
    ok: true,
    condition: { text, expression, usesGatewayAction: usesFunction(expression, 'gatewayAction') },
  };
}
