import { describe, expect, it } from 'vitest';
import { formatDataPath, parseDataPath, readDataPath, transposeDataPath, withRowIndex } from './data-path.ts';

const transpose = (path: string, context: string) =>
  formatDataPath(transposeDataPath(parseDataPath(path), parseDataPath(context)));

describe('data paths', () => {
  it('parses and writes dotted paths with row indexes', () => {
    expect(parseDataPath('a[1].b.c[0][2]')).toEqual([
      { name: 'a', indexes: [1] },
      { name: 'b', indexes: [] },
      { name: 'c', indexes: [0, 2] },
    ]);
    expect(formatDataPath(withRowIndex(parseDataPath('a[1].b'), 3))).toBe('a[1].b[3]');
  });

  it.each(['', 'a..b', 'a[x]', 'a[1', '.a'])('rejects %j', (path) => {
    expect(() => parseDataPath(path)).toThrow('Invalid data model path');
  });

  it('fills in missing row indexes from the current row', () => {
    expect(transpose('Bedrifter.Ansatte.Alder', 'Bedrifter[1].Ansatte[0]')).toBe(
      'Bedrifter[1].Ansatte[0].Alder',
    );
    expect(transpose('Bedrifter.Navn', 'Bedrifter[1].Ansatte[0]')).toBe('Bedrifter[1].Navn');
    expect(transpose('Bedrifter.Ansatte[0].Alder', 'Bedrifter[1].Ansatte[1]')).toBe(
      'Bedrifter[1].Ansatte[0].Alder',
    );
  });

  it('stops filling at the first index written out or the first other name', () => {
    expect(transpose('Bedrifter[1].Ansatte.Alder', 'Bedrifter[1].Ansatte[1]')).toBe(
      'Bedrifter[1].Ansatte.Alder',
    );
    expect(transpose('Andre.Ansatte.Alder', 'Bedrifter[1].Ansatte[1]')).toBe('Andre.Ansatte.Alder');
  });

  it('reads only own fields of objects and positions of lists', () => {
    const data = { a: { value: 'ABC', list: [{ x: 1 }, { x: 2 }] } };
    expect(readDataPath(data, 'a.list[1].x')).toBe(2);
    expect(readDataPath(data, 'a.value.length')).toBeUndefined();
    expect(readDataPath(data, 'a.list.x')).toBeUndefined();
    expect(readDataPath(data, 'a.list[5]')).toBeUndefined();
    expect(readDataPath(data, 'a.toString')).toBeUndefined();
  });
});
