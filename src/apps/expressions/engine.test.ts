import { describe, expect, it } from 'vitest';
import { createExpressionEngine, evaluateExpression } from './engine.ts';
import { ExpressionEvaluationError } from './errors.ts';
import type { ComponentJson, LayoutSet } from './layout/layout-types.ts';
import { createMemoryDataAccess, type MemoryDataOptions } from './memory-data-access.ts';
import { parseExpression } from './parse-expression.ts';

const page = (...layout: ComponentJson[]) => ({ data: { layout } });

function engine(model: unknown, layouts?: LayoutSet, more: Partial<MemoryDataOptions> = {}) {
  return createExpressionEngine({
    data: createMemoryDataAccess({ dataElements: [{ dataType: 'model', data: model }], ...more }),
    layouts,
  });
}

const people = {
  Title: 'Staff',
  People: [
    { Name: 'Kari', Age: 30, Hide: false },
    { Name: 'Ola', Age: 15, Hide: true },
  ],
};

const peopleLayout: LayoutSet = {
  Form: page(
    { id: 'title', type: 'Input', dataModelBindings: { simpleBinding: 'Title' } },
    {
      id: 'people',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'People' },
      children: ['name', 'age'],
      hiddenRow: ['dataModel', 'People.Hide'],
    },
    { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'People.Name' } },
    {
      id: 'age',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'People.Age' },
      hidden: ['lessThan', ['dataModel', 'People.Age'], 18],
    },
  ),
};

describe('component lookups', () => {
  const subject = engine(people, peopleLayout);
  const inRow = (row: number) => ({
    context: { component: 'name', rowIndices: [row], currentLayout: 'Form' },
  });

  it('finds the occurrence in the same row', () => {
    expect(subject.evaluateJson(['component', 'name'], inRow(0))).toBe('Kari');
    expect(subject.evaluateJson(['component', 'age'], inRow(0))).toBe(30);
  });

  it('gives null for hidden components and components in hidden rows', () => {
    expect(subject.evaluateJson(['component', 'name'], inRow(1))).toBeNull();
    expect(subject.isRowHidden(subject.tree!.occurrencesOf('people')[0]!.rows![1]!)).toBe(true);
    expect(subject.isHidden(subject.find({ component: 'age', rowIndices: [1] })!)).toBe(true);
  });

  it('finds components outside the rows from inside them, but not the other way round', () => {
    expect(subject.evaluateJson(['component', 'title'], inRow(1))).toBe('Staff');
    expect(() => subject.evaluateJson(['component', 'name'], { context: { component: 'title' } })).toThrow(
      'Unable to find component with identifier name',
    );
  });

  it('reads the binding in the deeper row when evaluated further down (rowsBefore of a nested group)', () => {
    const layouts: LayoutSet = {
      P: page(
        { id: 'outer', type: 'RepeatingGroup', dataModelBindings: { group: 'a' }, children: ['inner'] },
        {
          id: 'inner',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'a.b' },
          children: ['cell'],
          rowsBefore: [{ cells: [{ component: 'head' }] }],
        },
        { id: 'head', type: 'Input', dataModelBindings: { simpleBinding: 'a.b.head' } },
        { id: 'cell', type: 'Input', dataModelBindings: { simpleBinding: 'a.b.cell' } },
      ),
    };
    const nested = engine({ a: [{ b: [{ head: 'first' }, { head: 'second', cell: 'x' }] }] }, layouts);
    expect(
      nested.evaluateJson(['component', 'head'], { context: { component: 'cell', rowIndices: [0, 1] } }),
    ).toBe('second');
  });

  it('fails when a hidden expression depends on itself', () => {
    const layouts: LayoutSet = {
      P: page(
        {
          id: 'a',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'a' },
          hidden: ['equals', ['component', 'b'], 1],
        },
        {
          id: 'b',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'b' },
          hidden: ['equals', ['component', 'a'], 1],
        },
      ),
    };
    expect(() => engine({ a: 1, b: 1 }, layouts).evaluateJson(['component', 'a'])).toThrow(
      'depends on itself',
    );
  });

  it('refuses a context that is not in the layouts', () => {
    expect(() =>
      subject.evaluateJson(['language'], { context: { component: 'name', rowIndices: [7] } }),
    ).toThrow('No component "name" in row [7] to evaluate in');
  });
});

describe('data rows without layouts', () => {
  it('resolves relative paths in the row a validation runs for', () => {
    const subject = engine(people);
    expect(subject.evaluateJson(['dataModel', 'People.Name'], { context: { rowPath: 'People[1]' } })).toBe(
      'Ola',
    );
    expect(subject.evaluateJson(['dataModel', 'People[0].Name'], { context: { rowPath: 'People[1]' } })).toBe(
      'Kari',
    );
  });

  it('fills only paths in the same data type', () => {
    const subject = createExpressionEngine({
      data: createMemoryDataAccess({
        dataElements: [
          { dataType: 'model', data: people },
          { dataType: 'other', data: { People: [{ Name: 'A' }, { Name: 'B' }] } },
        ],
      }),
    });
    const context = { rowPath: 'People[1]', dataType: 'other' };
    expect(subject.evaluateJson(['dataModel', 'People.Name', 'other'], { context })).toBe('B');
    expect(subject.evaluateJson(['dataModel', 'People.Name'], { context })).toBeNull();
    expect(() => subject.evaluateJson(['dataModel', 'x', 'nope'])).toThrow('Data type nope not found');
  });
});

describe('evaluation', () => {
  it('evaluates only the branch if takes', () => {
    expect(
      evaluateExpression(['if', false, ['component', 'nowhere']], { data: createMemoryDataAccess() }),
    ).toBeNull();
  });

  it('reports the path of the call that failed', () => {
    const subject = engine({});
    let error: unknown;
    try {
      subject.evaluate(parseExpression(['concat', 'a', ['plus', 1, true]]));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ExpressionEvaluationError);
    expect(error).toMatchObject({ path: '$[2]', reason: 'Expected number, got value true' });
  });

  it('fills text variables from the row, with defaults and keys for missing values', () => {
    const subject = engine(people, peopleLayout, {
      textResources: [
        {
          id: 'greeting',
          value: 'Hei {0} ({1}), {2}!',
          variables: [
            { key: 'People.Name', dataSource: 'dataModel.default' },
            { key: 'People[{0}].Missing', dataSource: 'dataModel.default', defaultValue: '?' },
            { key: 'site', dataSource: 'applicationSettings' },
          ],
        },
      ],
    });
    const context = { component: 'name', rowIndices: [1] };
    expect(subject.evaluateJson(['text', 'greeting'], { context })).toBe('Hei Ola (?), site!');
    expect(subject.evaluateJson(['text', 'unknown.key'])).toBe('unknown.key');
  });

  it('inserts variable values literally', () => {
    const subject = engine({ name: 'A $& B' }, undefined, {
      textResources: [
        { id: 't', value: '{0}!', variables: [{ key: 'name', dataSource: 'dataModel.default' }] },
      ],
    });
    expect(subject.evaluateJson(['text', 't'])).toBe('A $& B!');
  });

  it('takes positional arguments, option values, the gateway action and permissions from the caller', () => {
    const subject = createExpressionEngine({ data: createMemoryDataAccess(), permissions: { write: true } });
    expect(subject.evaluateJson(['argv', 1], { positionalArguments: ['a', 'b'] })).toBe('b');
    expect(() => subject.evaluateJson(['argv', 0])).toThrow('No positional arguments available');
    expect(subject.evaluateJson(['value'], { valueArguments: { value: 'NO', label: 'Norge' } })).toBe('NO');
    expect(
      subject.evaluateJson(['value', 'label'], { valueArguments: { value: 'NO', label: 'Norge' } }),
    ).toBe('Norge');
    expect(subject.evaluateJson(['gatewayAction'], { gatewayAction: 'reject' })).toBe('reject');
    expect(subject.evaluateJson(['gatewayAction'])).toBeNull();
    expect(subject.evaluateJson(['authContext', 'write'])).toBe(true);
    expect(subject.evaluateJson(['authContext', 'sign'])).toBe(false);
    expect(() => subject.evaluateJson(['authContext', 'fly'])).toThrow('Unknown action "fly"');
  });

  it('shows values through the displayValue hook when given', () => {
    const layouts: LayoutSet = {
      P: page({ id: 'country', type: 'Dropdown', dataModelBindings: { simpleBinding: 'country' } }),
    };
    const data = createMemoryDataAccess({ dataElements: [{ dataType: 'model', data: { country: 'NO' } }] });
    expect(createExpressionEngine({ data, layouts }).evaluateJson(['displayValue', 'country'])).toBe('NO');
    const labelled = createExpressionEngine({
      data,
      layouts,
      displayValue: (node, value) => `${node.id}: ${value === 'NO' ? 'Norge' : value}`,
    });
    expect(labelled.evaluateJson(['displayValue', 'country'])).toBe('country: Norge');
  });

  it('reads instance context keys and nothing else', () => {
    const subject = engine({}, undefined, {
      instance: {
        id: '512345/abc',
        appId: 'ttd/app',
        instanceOwner: { partyId: 512345, personNumber: '01017012345' },
      },
    });
    expect(subject.evaluateJson(['instanceContext', 'instanceOwnerPartyId'])).toBe('512345');
    expect(subject.evaluateJson(['instanceContext', 'instanceOwnerPartyType'])).toBe('person');
    expect(() => subject.evaluateJson(['instanceContext', 'id'])).toThrow(
      'Unknown Instance context property id',
    );
    expect(engine({}).evaluateJson(['instanceContext', 'appId'])).toBeNull();
  });
});
