import type { Expression } from './expression.ts';
import { isLiteralString } from './expression.ts';

/** Reports a problem found by a function's own static check; `argument` is 0-based, omitted for the call. */
export type ReportIssue = (message: string, argument?: number) => void;

export interface FunctionSpec {
  readonly minArgs: number;
  /** `Infinity` for functions taking any number of arguments. */
  readonly maxArgs: number;
  /** What the function is for, shown by tooling that lists the functions. */
  readonly summary: string;
  /** Replaces the generic argument-count message when it needs to say more. */
  readonly arityMessage?: (got: number) => string;
  /** Checks that need more than a count: literal operators, the `else` keyword, even pairs. */
  readonly check?: (args: readonly Expression[], report: ReportIssue) => void;
}

export const COMPARE_OPERATORS = [
  'equals',
  'greaterThan',
  'greaterThanEq',
  'lessThan',
  'lessThanEq',
  'isBefore',
  'isBeforeEq',
  'isAfter',
  'isAfterEq',
  'isSameDay',
] as const;

export type CompareOperator = (typeof COMPARE_OPERATORS)[number];

export function isCompareOperator(value: string): value is CompareOperator {
  return (COMPARE_OPERATORS as readonly string[]).includes(value);
}

export const AUTH_CONTEXT_ACTIONS = ['read', 'write', 'instantiate', 'confirm', 'sign', 'reject'] as const;

export type AuthContextAction = (typeof AUTH_CONTEXT_ACTIONS)[number];

function checkOperator(args: readonly Expression[], index: number, report: ReportIssue): void {
  const operator = args[index];
  if (!isLiteralString(operator)) {
    report('Invalid operator (it cannot be an expression or null)', index);
  } else if (!isCompareOperator(operator.value)) {
    report(`Invalid operator "${operator.value}"`, index);
  }
}

const fixed = (count: number) => ({ minArgs: count, maxArgs: count });
const atLeast = (count: number) => ({ minArgs: count, maxArgs: Number.POSITIVE_INFINITY });
const between = (min: number, max: number) => ({ minArgs: min, maxArgs: max });

/** Every function of the language with its arguments; the validator and the evaluator both read this table. */
export const FUNCTION_SPECS = {
  // Logic
  and: { ...atLeast(1), summary: 'true when every argument is true' },
  or: { ...atLeast(1), summary: 'true when any argument is true' },
  not: { ...fixed(1), summary: 'the opposite boolean' },
  if: {
    ...between(2, 4),
    summary: '["if", condition, then] or ["if", condition, then, "else", otherwise]',
    arityMessage: (got: number) => `Expected either 2 arguments (if) or 4 (if + else), got ${got}`,
    check: (args, report) => {
      if (args.length < 3) return;
      const keyword = args[2];
      if (!isLiteralString(keyword) || keyword.value !== 'else') {
        report('Expected third argument to be "else"', 2);
      } else if (args.length === 3) {
        report('Expected either 2 arguments (if) or 4 (if + else), got 3');
      }
    },
  },

  // Comparison
  equals: { ...fixed(2), summary: 'the two values are equal when written as text' },
  notEquals: { ...fixed(2), summary: 'the opposite of equals' },
  greaterThan: { ...fixed(2), summary: 'numeric >' },
  greaterThanEq: { ...fixed(2), summary: 'numeric >=' },
  lessThan: { ...fixed(2), summary: 'numeric <' },
  lessThanEq: { ...fixed(2), summary: 'numeric <=' },
  compare: {
    ...between(3, 4),
    summary:
      '["compare", a, operator, b] or ["compare", a, "not", operator, b]; operators include date comparisons',
    check: (args, report) => {
      if (args.length === 4) {
        const not = args[1];
        if (!isLiteralString(not) || not.value !== 'not') {
          report('Second argument must be "not" when providing 4 arguments in total', 1);
          return;
        }
        checkOperator(args, 2, report);
      } else {
        checkOperator(args, 1, report);
      }
    },
  },

  // Text
  concat: { ...atLeast(0), summary: 'joins the arguments as text' },
  contains: { ...fixed(2), summary: 'the first text contains the second' },
  notContains: { ...fixed(2), summary: 'the first text does not contain the second' },
  commaContains: { ...fixed(2), summary: 'a comma-separated list contains the value' },
  startsWith: { ...fixed(2), summary: 'the first text starts with the second' },
  endsWith: { ...fixed(2), summary: 'the first text ends with the second' },
  stringLength: { ...fixed(1), summary: 'length of the text (0 for null)' },
  stringIndexOf: { ...fixed(2), summary: 'position of the second text in the first, or null' },
  stringReplace: { ...fixed(3), summary: 'replaces every occurrence' },
  stringSlice: {
    ...between(2, 3),
    summary: 'part of the text from start (to end); negative positions count from the end',
  },
  lowerCase: { ...fixed(1), summary: 'lower case' },
  upperCase: { ...fixed(1), summary: 'upper case' },
  lowerCaseFirst: { ...fixed(1), summary: 'lower-cases the first letter' },
  upperCaseFirst: { ...fixed(1), summary: 'upper-cases the first letter' },
  formatDate: { ...between(1, 2), summary: 'writes a date with a Unicode pattern (default per language)' },

  // Numbers
  plus: { ...atLeast(1), summary: 'sum of the arguments (exact decimals)' },
  minus: { ...fixed(2), summary: 'difference' },
  multiply: { ...atLeast(1), summary: 'product of the arguments' },
  divide: { ...fixed(2), summary: 'quotient; dividing by 0 (or null) fails' },
  round: { ...between(1, 2), summary: 'rounds half away from zero to a number of decimals, as text' },
  sum: { ...fixed(1), summary: 'sum of a list' },
  average: { ...fixed(2), summary: '["average", list, valueWhenEmpty]' },

  // Structures
  list: { ...atLeast(0), summary: 'a list of the arguments' },
  object: {
    ...atLeast(0),
    summary: '["object", key, value, …]',
    check: (args, report) => {
      if (args.length % 2 !== 0) report('The object function must have an even number of arguments');
    },
  },
  jmespath: { ...fixed(2), summary: '["jmespath", data, query]' },

  // Lookups
  dataModel: {
    ...between(1, 2),
    summary: 'a value from the form data; relative to the current row; optionally from another data type',
    check: (args, report) => {
      if (args.length === 2 && !isLiteralString(args[1])) {
        report('The data type must be a string (expressions cannot be used here)', 1);
      }
    },
  },
  component: { ...fixed(1), summary: 'the value bound to a component (closest row), null when it is hidden' },
  countDataElements: { ...fixed(1), summary: 'number of data elements of a data type' },
  instanceContext: {
    ...fixed(1),
    summary: 'instanceOwnerPartyId, instanceId, appId or instanceOwnerPartyType',
  },
  frontendSettings: { ...fixed(1), summary: "a value from the app's front-end settings" },
  language: { ...fixed(0), summary: "the user's language" },
  text: { ...fixed(1), summary: 'a text resource, with its variables filled in' },
  displayValue: { ...fixed(1), summary: 'the value of a component as shown to the user' },
  argv: { ...fixed(1), summary: 'a positional argument (validation definitions)' },
  value: { ...between(0, 1), summary: 'a field of the option being filtered (optionFilter)' },
  gatewayAction: { ...fixed(0), summary: 'the action that moved the process (gateways)' },
  authContext: {
    ...fixed(1),
    summary: 'whether the user may read, write, instantiate, confirm, sign or reject',
  },
} satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTION_SPECS;

export const FUNCTION_NAMES = Object.keys(FUNCTION_SPECS) as readonly FunctionName[];

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTION_SPECS, name);
}

export function functionSpec(name: FunctionName): FunctionSpec {
  return FUNCTION_SPECS[name];
}
