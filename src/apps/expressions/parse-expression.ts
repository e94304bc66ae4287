import {
  childPath,
  type ExpressionIssue,
  type ExpressionPath,
  ExpressionValidationError,
  ROOT_PATH,
} from './errors.ts';
import type { Expression } from './expression.ts';
import { type FunctionSpec, functionSpec, isFunctionName } from './function-specs.ts';

function arityMessage(spec: FunctionSpec, got: number): string {
  if (spec.arityMessage !== undefined) return spec.arityMessage(got);
  const expected =
    spec.minArgs === spec.maxArgs
      ? `${spec.minArgs}`
      : spec.maxArgs === Number.POSITIVE_INFINITY
        ? `${spec.minArgs}+`
        : `${spec.minArgs}-${spec.maxArgs}`;
  return `Expected ${expected} argument(s), got ${got}`;
}

function describeType(input: unknown): string {
  if (input === null) return 'null';
  return typeof input;
}

function parseNode(input: unknown, path: ExpressionPath, issues: ExpressionIssue[]): Expression | undefined {
  if (input === null || typeof input === 'string' || typeof input === 'boolean') {
    return { kind: 'literal', value: input, path };
  }
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return { kind: 'literal', value: input, path };
    issues.push({ path, message: `Invalid number ${input}` });
    return undefined;
  }
  if (!Array.isArray(input)) {
    issues.push({ path, message: `Invalid type "${describeType(input)}"` });
    return undefined;
  }
  if (input.length === 0) {
    issues.push({ path, message: 'Missing function name in expression' });
    return undefined;
  }
  const [name, ...rawArgs] = input as unknown[];
  if (typeof name !== 'string') {
    issues.push({ path, message: 'Function name in expression should be string' });
    return undefined;
  }
  if (!isFunctionName(name)) {
    issues.push({ path, message: `Function "${name}" not implemented` });
    return undefined;
  }
  const before = issues.length;
  const args = rawArgs.map((arg, index) => parseNode(arg, childPath(path, index + 1), issues));
  const spec = functionSpec(name);
  if (rawArgs.length < spec.minArgs || rawArgs.length > spec.maxArgs) {
    issues.push({ path, message: arityMessage(spec, rawArgs.length) });
    return undefined;
  }
  if (issues.length > before) return undefined;
  const parsed = args as Expression[];
  spec.check?.(parsed, (message, argument) =>
    issues.push({ path: argument === undefined ? path : childPath(path, argument + 1), message }),
  );
  if (issues.length > before) return undefined;
  return { kind: 'call', name, args: parsed, path };
}

/** Every problem in an expression, each with its path; empty when the expression is valid. */
export function validateExpression(input: unknown): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  parseNode(input, ROOT_PATH, issues);
  return issues;
}

/** Checks and converts an expression from its JSON form; throws {@link ExpressionValidationError} listing every problem. */
export function parseExpression(input: unknown): Expression {
  const issues: ExpressionIssue[] = [];
  const expression = parseNode(input, ROOT_PATH, issues);
  if (expression === undefined || issues.length > 0) throw new ExpressionValidationError(issues);
  return expression;
}

/** Whether a layout property holds an expression (a call) rather than a plain value. */
export function isExpressionCall(input: unknown): input is readonly [string, ...unknown[]] {
  return Array.isArray(input) && typeof input[0] === 'string';
}
