import { describe, expect, it } from 'vitest';
import { LayoutError } from '../errors.ts';
import { createMemoryDataAccess } from '../memory-data-access.ts';
import { contextList } from './context-list.ts';
import { buildLayoutTree } from './layout-tree.ts';
import type { ComponentJson, LayoutSet } from './layout-types.ts';

const page = (...layout: ComponentJson[]) => ({ data: { layout } });
const data = (model: unknown, more: { dataType: string; data: unknown }[] = []) =>
  createMemoryDataAccess({ dataElements: [{ dataType: 'model', data: model }, ...more] });

describe('buildLayoutTree', () => {
  it('expands repeating groups per row, nested ones per inner row, rowsBefore/rowsAfter once', () => {
    const layouts: LayoutSet = {
      Page1: page(
        {
          id: 'outer',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'a' },
          children: ['inner'],
          rowsBefore: [{ cells: [{ text: 'x' }, { component: 'sum' }] }],
        },
        { id: 'inner', type: 'RepeatingGroup', dataModelBindings: { group: 'a.b' }, children: ['field'] },
        { id: 'field', type: 'Input', dataModelBindings: { simpleBinding: 'a.b.c' } },
        { id: 'sum', type: 'Input', dataModelBindings: { simpleBinding: 'total' } },
      ),
    };
    const tree = buildLayoutTree(layouts, data({ a: [{ b: [{}, {}] }, { b: [] }] }));
    expect(contextList(tree)).toEqual([
      {
        component: 'Page1',
        currentLayout: 'Page1',
        children: [
          {
            component: 'outer',
            currentLayout: 'Page1',
            children: [
              { component: 'sum', currentLayout: 'Page1' },
              {
                component: 'inner',
                currentLayout: 'Page1',
                rowIndices: [0],
                children: [
                  { component: 'field', currentLayout: 'Page1', rowIndices: [0, 0] },
                  { component: 'field', currentLayout: 'Page1', rowIndices: [0, 1] },
                ],
              },
              { component: 'inner', currentLayout: 'Page1', rowIndices: [1] },
            ],
          },
        ],
      },
    ]);
    const field = tree.find({ component: 'field', rowIndices: [0, 1] });
    expect(field?.kind === 'component' && field.row?.context.path).toEqual([
      { name: 'a', indexes: [0] },
      { name: 'b', indexes: [1] },
    ]);
  });

  it('treats a Group as repeating when layout v3 says so (maxCount > 1) or its data is a list', () => {
    const layouts: LayoutSet = {
      P: page(
        { id: 'v3', type: 'Group', maxCount: 5, dataModelBindings: { group: 'missing' }, children: [] },
        { id: 'list', type: 'Group', dataModelBindings: { group: 'rows' }, children: ['x'] },
        { id: 'object', type: 'Group', dataModelBindings: { group: 'single' }, children: ['y'] },
        { id: 'x', type: 'Input' },
        { id: 'y', type: 'Input' },
      ),
    };
    const tree = buildLayoutTree(layouts, data({ rows: [{}], single: {} }));
    const byId = (id: string) => tree.occurrencesOf(id)[0];
    expect(byId('v3')?.rows).toEqual([]);
    expect(byId('list')?.rows).toHaveLength(1);
    expect(byId('object')?.rows).toBeUndefined();
    expect(tree.occurrencesOf('x').map((node) => node.rowIndices)).toEqual([[0]]);
    expect(tree.occurrencesOf('y').map((node) => node.rowIndices)).toEqual([[]]);
  });

  it('reads rows from the data type a group binding names, and takes children of grids, tabs and cards', () => {
    const layouts: LayoutSet = {
      P: page(
        {
          id: 'group',
          type: 'RepeatingGroup',
          dataModelBindings: { group: { dataType: 'other', field: 'items' } },
          children: ['0:grid', '1:tabs'],
          edit: { multiPage: true },
        },
        { id: 'grid', type: 'Grid', rows: [{ cells: [{ component: 'a' }, { labelFrom: 'a' }] }] },
        { id: 'tabs', type: 'Tabs', tabs: [{ children: ['cards'] }] },
        { id: 'cards', type: 'Cards', cards: [{ media: 'b', children: ['c'] }] },
        { id: 'a', type: 'Input' },
        { id: 'b', type: 'Image' },
        { id: 'c', type: 'Input' },
      ),
    };
    const tree = buildLayoutTree(layouts, data({}, [{ dataType: 'other', data: { items: [{}, {}] } }]));
    expect(tree.occurrencesOf('c').map((node) => node.rowIndices)).toEqual([[0], [1]]);
    expect(tree.occurrencesOf('a')[1]?.row?.context).toEqual({
      dataType: 'other',
      path: [{ name: 'items', indexes: [1] }],
    });
  });

  it.each([
    [
      'duplicate ids',
      { P: page({ id: 'x', type: 'Input' }), Q: page({ id: 'x', type: 'Input' }) },
      'page "Q", component "x": the id "x" is used by more than one component (also on page "P")',
    ],
    [
      'a missing child',
      { P: page({ id: 'g', type: 'Group', children: ['gone'] }) },
      'page "P", component "g": child "gone" does not exist on this page',
    ],
    [
      'a child on another page',
      { P: page({ id: 'g', type: 'Group', children: ['x'] }), Q: page({ id: 'x', type: 'Input' }) },
      'child "x" does not exist on this page',
    ],
    [
      'a child with two containers',
      {
        P: page(
          { id: 'g1', type: 'Group', children: ['x'] },
          { id: 'g2', type: 'Group', children: ['x'] },
          { id: 'x', type: 'Input' },
        ),
      },
      '"x" is a child of both "g1" and "g2"',
    ],
    [
      'containers in a cycle',
      {
        P: page({ id: 'g1', type: 'Group', children: ['g2'] }, { id: 'g2', type: 'Group', children: ['g1'] }),
      },
      'its containers form a cycle',
    ],
    [
      'an invalid hidden expression',
      { P: page({ id: 'x', type: 'Input', hidden: ['equals', 1] }) },
      'component "x": "hidden" is not a valid expression: Invalid expression: Expected 2 argument(s), got 1',
    ],
    [
      'a bad group binding',
      { P: page({ id: 'g', type: 'RepeatingGroup', dataModelBindings: { group: 'a..b' }, children: [] }) },
      'component "g": the group binding: Invalid data model path "a..b"',
    ],
  ])('refuses %s', (_, layouts, message) => {
    const build = () => buildLayoutTree(layouts as LayoutSet, data({}));
    expect(build).toThrow(LayoutError);
    expect(build).toThrow(message);
  });

  it('orders pages by Settings.json when given', () => {
    const tree = buildLayoutTree({ A: page(), B: page() }, data({}), { pageOrder: ['B', 'A'] });
    expect(tree.pages.map((node) => node.id)).toEqual(['B', 'A']);
  });
});
