import { describe, expect, it } from 'vitest';
import { createExpressionEngine } from '../engine.ts';
import { createMemoryDataAccess } from '../memory-data-access.ts';

const run = (expression: unknown, language?: string) =>
  createExpressionEngine({ data: createMemoryDataAccess({ language }) }).evaluateJson(expression);

describe('equality', () => {
  it('compares values as text, folding only true/false/null', () => {
    expect(run(['equals', '1234', 1234])).toBe(true);
    expect(run(['equals', '1.0', 1])).toBe(false);
    expect(run(['equals', 'TRUE', true])).toBe(true);
    expect(run(['equals', 'null', null])).toBe(true);
    expect(run(['equals', false, 0])).toBe(false);
    expect(run(['equals', 'Hello', 'hello'])).toBe(false);
    expect(run(['notEquals', ['list', 1], ['list', 1]])).toBe(false);
  });
});

describe('numeric comparison', () => {
  it('checks both sides before answering false for null', () => {
    expect(run(['greaterThan', 1, null])).toBe(false);
    expect(run(['lessThanEq', null, null])).toBe(false);
    expect(() => run(['greaterThan', 'abc', null])).toThrow('Expected number, got value "abc"');
    expect(() => run(['greaterThan', null, true])).toThrow('Expected number, got value true');
  });
});

describe('compare', () => {
  it('negates with "not", also for the null answer', () => {
    expect(run(['compare', 5, 'not', 'greaterThan', 8])).toBe(true);
    expect(run(['compare', null, 'not', 'isBefore', '2020-01-01'])).toBe(true);
  });

  it('orders timestamps by instant and reads a time without offset as UTC', () => {
    expect(run(['compare', '2020-01-01T01:00:00+02:00', 'isBefore', '2020-01-01T00:00:00Z'])).toBe(true);
    expect(run(['compare', '2020-01-01T00:30:00', 'isAfter', '2020-01-01T01:00:00+01:00'])).toBe(true);
    expect(run(['compare', '2020-01-01', 'isBeforeEq', '2020-01-01T00:00:00.000'])).toBe(true);
  });

  it('needs dates as text', () => {
    expect(() => run(['compare', 2020, 'isSameDay', '2020-01-01'])).toThrow('Expected date, got value 2020');
  });
});

describe('text functions', () => {
  it('treat null and the text "null" as no text', () => {
    expect(run(['contains', 'null', 'null'])).toBe(false);
    expect(run(['notContains', null, 'x'])).toBe(true);
    expect(run(['startsWith', null, null])).toBe(false);
    expect(run(['stringLength', null])).toBe(0);
    expect(run(['upperCase', null])).toBeNull();
    expect(run(['concat', 'a', null, 'null', 1.5, true])).toBe('anull1.5true');
  });

  it('split comma lists on commas and ignore the spaces around entries', () => {
    expect(run(['commaContains', 'a, b ,c', 'b'])).toBe(true);
    expect(run(['commaContains', 'a, b ,c', ' b'])).toBe(false);
    expect(run(['commaContains', '1,2,3', 2])).toBe(true);
  });

  it('count positions in UTF-16 units like the rest of the platform', () => {
    expect(run(['stringIndexOf', '🌍!', '!'])).toBe(2);
    expect(run(['stringSlice', 'filename.pdf', -3])).toBe('pdf');
    expect(run(['upperCaseFirst', 'ærlig talt'])).toBe('Ærlig talt');
    expect(() => run(['stringSlice', 'abc', null])).toThrow('Start/end index cannot be null');
    expect(() => run(['stringSlice', 'abc', 1.5])).toThrow(
      'Expected the start/end index to be a whole number',
    );
  });

  it('replace every occurrence, literally', () => {
    expect(run(['stringReplace', 'a.b.c', '.', '$&'])).toBe('a$&b$&c');
    expect(run(['stringReplace', 'abc', '', 'x'])).toBe('abc');
  });
});

describe('arithmetic', () => {
  it('works in decimals and counts empty values as 0', () => {
    expect(run(['plus', 0.1, 0.2])).toBe(0.3);
    expect(run(['minus', null, 2.1])).toBe(-2.1);
    expect(run(['multiply', 0.1, 0.2, 15, 1.5])).toBe(0.45);
    expect(run(['divide', '22.0', 4])).toBe(5.5);
    expect(() => run(['divide', 1, null])).toThrow('The second argument is 0, cannot divide by 0');
  });

  it('rounds to text with a fixed number of decimals', () => {
    expect(run(['round', 2.5])).toBe('3');
    expect(run(['round', -2.5])).toBe('-3');
    expect(run(['round', '1.005', '2'])).toBe('1.01');
    expect(run(['round', null, 2])).toBe('0.00');
    expect(() => run(['round', 1, -1])).toThrow('Expected a number of decimals of 0 or more');
  });

  it('sums lists skipping nulls, and averages counting them', () => {
    expect(run(['sum', ['list', '10', null, 2.5]])).toBe(12.5);
    expect(run(['average', ['list', 4.3, null, 3.1], 0])).toBe(2.466666666666667);
    expect(run(['average', ['list'], null])).toBeNull();
    expect(() => run(['sum', 'nope'])).toThrow('Expected argument to be list, got string');
  });
});

describe('structures', () => {
  it('builds lists and objects without evaluating their contents again', () => {
    expect(run(['list', 'equals', 1, 1])).toEqual(['equals', 1, 1]);
    expect(run(['object', 'a', ['list', 1]])).toEqual({ a: [1] });
    expect(() => run(['object', 'a', 1, 'a', 2])).toThrow('Object keys must be unique');
    expect(() => run(['object', ['plus', 1], 1])).toThrow('Object keys must be strings');
  });

  it('queries with JMESPath', () => {
    expect(run(['jmespath', ['list', ['object', 'n', 1], ['object', 'n', 2]], '[?n > `1`].n'])).toEqual([2]);
    expect(() => run(['jmespath', ['object'], '#'])).toThrow('Jmespath error');
    expect(() => run(['jmespath', ['object'], null])).toThrow('Expected argument to be string');
  });
});

describe('formatDate', () => {
  it('uses the language default format and passes null through', () => {
    expect(run(['formatDate', '2023-10-30T14:54:00.000Z'])).toBe('30.10.2023');
    expect(run(['formatDate', '2023-10-30T14:54:00.000Z'], 'en')).toBe('10/30/23');
    expect(run(['formatDate', null])).toBeNull();
    expect(() => run(['formatDate', true])).toThrow('Expected date, got value true');
  });
});

describe('logic', () => {
  it('checks every argument of and/or', () => {
    expect(() => run(['and', false, 'yes'])).toThrow('Expected boolean, got value "yes"');
    expect(() => run(['or', true, 2])).toThrow('Expected boolean, got value 2');
    expect(run(['if', '1', 'a', 'else', 'b'])).toBe('a');
    expect(run(['if', null, 'a', 'else', 'b'])).toBe('b');
  });
});
