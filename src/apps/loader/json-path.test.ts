import { describe, expect, it } from 'vitest';
import { jsonPath, jsonPathOfPointer } from './json-path.ts';
import { parseTolerantJson } from './read-json-file.ts';

describe('jsonPath', () => {
  it('writes keys with dots, indexes in brackets, and odd keys quoted', () => {
    expect(jsonPath(['dataTypes', 2, 'taskId'])).toBe('dataTypes[2].taskId');
    expect(jsonPath([0, 'label'])).toBe('[0].label');
    expect(jsonPath(['validations', 'root.alder', 0])).toBe('validations["root.alder"][0]');
    expect(jsonPath(['$schema', 'my-key', 'a b'])).toBe('$schema.my-key["a b"]');
  });

  it('turns a JSON pointer into a path, telling array indexes from numeric keys', () => {
    const value = { dataTypes: [{ id: 'a' }], title: { '0': 'x' }, 'a/b': 1 };
    expect(jsonPathOfPointer('/dataTypes/0/id', value)).toBe('dataTypes[0].id');
    expect(jsonPathOfPointer('/title/0', value)).toBe('title["0"]');
    expect(jsonPathOfPointer('/a~1b', value)).toBe('["a/b"]');
    expect(jsonPathOfPointer('', value)).toBe('');
  });
});

describe('parseTolerantJson', () => {
  it('reads plain JSON, comments, trailing commas and a byte order mark', () => {
    expect(parseTolerantJson('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(parseTolerantJson('\uFEFF[\n // note\n { "value": 1, },\n]')).toEqual([{ value: 1 }]);
  });

  it('throws a SyntaxError with the position for broken JSON', () => {
    expect(() => parseTolerantJson('{\n "a": }')).toThrow(/2:7/);
  });
});
