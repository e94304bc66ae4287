import { describe, expect, it } from 'vitest';
import { ExpressionValidationError } from './errors.ts';
import { isExpressionCall, parseExpression, validateExpression } from './parse-expression.ts';

function issuesOf(input: unknown): string[] {
  return validateExpression(input).map((issue) => `${issue.path}: ${issue.message}`);
}

describe('validateExpression', () => {
  it('accepts literals and well-formed calls', () => {
    expect(issuesOf('text')).toEqual([]);
    expect(issuesOf(null)).toEqual([]);
    expect(issuesOf(['if', ['equals', ['dataModel', 'a'], 1], 'yes', 'else', 'no'])).toEqual([]);
    expect(issuesOf(['compare', ['dataModel', 'a'], 'not', 'isBefore', '2020-01-01'])).toEqual([]);
  });

  it('names unknown functions, and is case sensitive', () => {
    expect(issuesOf(['datamodel', 'a'])).toEqual(['$: Function "datamodel" not implemented']);
    expect(issuesOf(['equals', true, ['applicationSettings']])).toEqual([
      '$[2]: Function "applicationSettings" not implemented',
    ]);
  });

  it('counts arguments against each function', () => {
    expect(issuesOf(['equals', 1])).toEqual(['$: Expected 2 argument(s), got 1']);
    expect(issuesOf(['and'])).toEqual(['$: Expected 1+ argument(s), got 0']);
    expect(issuesOf(['round', 1, 2, 3])).toEqual(['$: Expected 1-2 argument(s), got 3']);
    expect(issuesOf(['language', 'nb'])).toEqual(['$: Expected 0 argument(s), got 1']);
  });

  it('rejects empty arrays, objects, non-string function names and non-finite numbers', () => {
    expect(issuesOf([])).toEqual(['$: Missing function name in expression']);
    expect(issuesOf(['equals', {}, 1])).toEqual(['$[1]: Invalid type "object"']);
    expect(issuesOf(['not', [1, 2]])).toEqual(['$[1]: Function name in expression should be string']);
    expect(issuesOf(['not', Number.NaN])).toEqual(['$[1]: Invalid number NaN']);
    expect(issuesOf(undefined)).toEqual(['$: Invalid type "undefined"']);
  });

  it('reports every problem, nested ones with their path', () => {
    expect(issuesOf(['and', ['equals', 1], ['nope'], []])).toEqual([
      '$[1]: Expected 2 argument(s), got 1',
      '$[2]: Function "nope" not implemented',
      '$[3]: Missing function name in expression',
    ]);
  });

  it('checks the shape of if', () => {
    expect(issuesOf(['if', true, 1, 'else'])).toEqual([
      '$: Expected either 2 arguments (if) or 4 (if + else), got 3',
    ]);
    expect(issuesOf(['if', true, 1, 'otherwise', 2])).toEqual(['$[3]: Expected third argument to be "else"']);
    expect(issuesOf(['if', true, 1, ['concat', 'else'], 2])).toEqual([
      '$[3]: Expected third argument to be "else"',
    ]);
    expect(issuesOf(['if', true])).toEqual(['$: Expected either 2 arguments (if) or 4 (if + else), got 1']);
  });

  it('requires literal operators and a literal "not" in compare', () => {
    expect(issuesOf(['compare', 1, 'sameAs', 2])).toEqual(['$[2]: Invalid operator "sameAs"']);
    expect(issuesOf(['compare', 1, 'notEquals', 2])).toEqual(['$[2]: Invalid operator "notEquals"']);
    expect(issuesOf(['compare', 1, null, 2])).toEqual([
      '$[2]: Invalid operator (it cannot be an expression or null)',
    ]);
    expect(issuesOf(['compare', 1, 'NOT', 'equals', 2])).toEqual([
      '$[2]: Second argument must be "not" when providing 4 arguments in total',
    ]);
  });

  it('requires a literal data type in dataModel and pairs in object', () => {
    expect(issuesOf(['dataModel', 'a', ['concat', 'x']])).toEqual([
      '$[2]: The data type must be a string (expressions cannot be used here)',
    ]);
    expect(issuesOf(['object', 'a'])).toEqual([
      '$: The object function must have an even number of arguments',
    ]);
  });
});

describe('parseExpression', () => {
  it('returns a typed tree with paths', () => {
    expect(parseExpression(['not', ['equals', 1, 2]])).toEqual({
      kind: 'call',
      name: 'not',
      path: '$',
      args: [
        {
          kind: 'call',
          name: 'equals',
          path: '$[1]',
          args: [
            { kind: 'literal', value: 1, path: '$[1][1]' },
            { kind: 'literal', value: 2, path: '$[1][2]' },
          ],
        },
      ],
    });
  });

  it('throws one error listing all issues', () => {
    const attempt = () => parseExpression(['equals', ['nope'], {}]);
    expect(attempt).toThrow(ExpressionValidationError);
    expect(attempt).toThrow(
      'Invalid expression: Function "nope" not implemented (at $[1]); Invalid type "object" (at $[2])',
    );
  });
});

describe('isExpressionCall', () => {
  it('tells expressions from plain values in layout properties', () => {
    expect(isExpressionCall(['equals', 1, 1])).toBe(true);
    expect(isExpressionCall(true)).toBe(false);
    expect(isExpressionCall([1, 2])).toBe(false);
  });
});
