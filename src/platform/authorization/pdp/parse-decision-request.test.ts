import { describe, expect, it } from 'vitest';
import { CATEGORY, DATA_TYPE } from './constants.ts';
import { DecisionRequestError } from './errors.ts';
import {
  MAX_ATTRIBUTE_VALUE_LENGTH,
  MAX_ATTRIBUTES_PER_CATEGORY,
  MAX_DECISIONS_PER_REQUEST,
} from './limits.ts';
import { parseDecisionRequest } from './parse-decision-request.ts';

const READ_INSTANCE = {
  Request: {
    AccessSubject: [
      {
        Attribute: [
          { AttributeId: 'urn:altinn:userid', Value: '1337', DataType: 'string', Issuer: 'Altinn' },
          { AttributeId: 'urn:altinn:authlevel', Value: '2', DataType: 'string' },
        ],
      },
    ],
    Action: [
      {
        Attribute: [
          {
            AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
            Value: 'read',
            DataType: 'http://www.w3.org/2001/XMLSchema#string',
          },
        ],
      },
    ],
    Resource: [
      {
        Attribute: [
          { AttributeId: 'urn:altinn:partyid', Value: '500000' },
          { AttributeId: 'urn:altinn:org', Value: 'ttd' },
          { AttributeId: 'urn:altinn:app', Value: 'my-app' },
        ],
      },
    ],
  },
};

function expectRequestError(body: unknown, message: RegExp): DecisionRequestError {
  let caught: unknown;
  try {
    parseDecisionRequest(body);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DecisionRequestError);
  expect((caught as DecisionRequestError).message).toMatch(message);
  return caught as DecisionRequestError;
}

function withAttribute(attribute: Record<string, unknown>): unknown {
  return { Request: { AccessSubject: [{ Attribute: [attribute] }] } };
}

describe('parseDecisionRequest', () => {
  it('parses a PascalCase single request into one individual request', () => {
    const parsed = parseDecisionRequest(READ_INSTANCE);
    expect(parsed.returnPolicyIdList).toBe(false);
    expect(parsed.combinedDecision).toBe(false);
    expect(parsed.requests).toHaveLength(1);
    expect(parsed.requests[0]?.categories).toEqual([
      {
        categoryId: CATEGORY.accessSubject,
        attributes: [
          {
            attributeId: 'urn:altinn:userid',
            value: '1337',
            dataType: DATA_TYPE.string,
            issuer: 'Altinn',
            includeInResult: false,
          },
          {
            attributeId: 'urn:altinn:authlevel',
            value: '2',
            dataType: DATA_TYPE.string,
            includeInResult: false,
          },
        ],
      },
      {
        categoryId: CATEGORY.action,
        attributes: [
          {
            attributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
            value: 'read',
            dataType: DATA_TYPE.string,
            includeInResult: false,
          },
        ],
      },
      {
        categoryId: CATEGORY.resource,
        attributes: [
          {
            attributeId: 'urn:altinn:partyid',
            value: '500000',
            dataType: DATA_TYPE.string,
            includeInResult: false,
          },
          { attributeId: 'urn:altinn:org', value: 'ttd', dataType: DATA_TYPE.string, includeInResult: false },
          {
            attributeId: 'urn:altinn:app',
            value: 'my-app',
            dataType: DATA_TYPE.string,
            includeInResult: false,
          },
        ],
      },
    ]);
  });

  it('matches member names case-insensitively at every level', () => {
    const reference = parseDecisionRequest(READ_INSTANCE);
    const recase = (value: unknown, change: (key: string) => string): unknown => {
      if (Array.isArray(value)) return value.map((item) => recase(item, change));
      if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [change(k), recase(v, change)]));
      }
      return value;
    };
    const camel = (key: string) => key[0]?.toLowerCase() + key.slice(1);
    expect(parseDecisionRequest(recase(READ_INSTANCE, camel))).toEqual(reference);
    expect(parseDecisionRequest(recase(READ_INSTANCE, (k) => k.toUpperCase()))).toEqual(reference);
    expect(parseDecisionRequest(recase(READ_INSTANCE, (k) => k.toLowerCase()))).toEqual(reference);
  });

  it('rejects two members that differ only in case', () => {
    expectRequestError({ Request: {}, request: {} }, /has both Request and request/);
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'x', value: 'y' }),
      /has both Value and value/,
    );
  });

  it('normalises number and boolean values to strings, and array values to a bag', () => {
    const parsed = parseDecisionRequest({
      request: {
        accessSubject: [
          {
            attribute: [
              { attributeId: 'urn:altinn:userid', value: 1337 },
              { attributeId: 'flag', value: true, dataType: 'http://www.w3.org/2001/XMLSchema#boolean' },
              { attributeId: 'urn:altinn:rolecode', value: ['DAGL', 'REGNA'] },
            ],
          },
        ],
      },
    });
    const attributes = parsed.requests[0]?.categories[0]?.attributes ?? [];
    expect(attributes.map((a) => [a.attributeId, a.value, a.dataType])).toEqual([
      ['urn:altinn:userid', '1337', DATA_TYPE.string],
      ['flag', 'true', DATA_TYPE.boolean],
      ['urn:altinn:rolecode', 'DAGL', DATA_TYPE.string],
      ['urn:altinn:rolecode', 'REGNA', DATA_TYPE.string],
    ]);
  });

  it('accepts data types omitted, short, or as full XML Schema URIs', () => {
    const cases: [unknown, string, string][] = [
      [undefined, 'x', DATA_TYPE.string],
      ['string', 'x', DATA_TYPE.string],
      ['anyURI', 'urn:a', DATA_TYPE.anyURI],
      [DATA_TYPE.string, 'x', DATA_TYPE.string],
      [DATA_TYPE.anyURI, 'https://example.org', DATA_TYPE.anyURI],
      [DATA_TYPE.integer, '42', DATA_TYPE.integer],
      [DATA_TYPE.boolean, 'false', DATA_TYPE.boolean],
      [DATA_TYPE.date, '2024-05-17', DATA_TYPE.date],
      [DATA_TYPE.dateTime, '2024-05-17T10:00:00Z', DATA_TYPE.dateTime],
      [DATA_TYPE.time, '10:00:00', DATA_TYPE.time],
    ];
    for (const [dataType, value, expected] of cases) {
      const attribute =
        dataType === undefined
          ? { AttributeId: 'a', Value: value }
          : { AttributeId: 'a', Value: value, DataType: dataType };
      expect(
        parseDecisionRequest(withAttribute(attribute)).requests[0]?.categories[0]?.attributes[0]?.dataType,
      ).toBe(expected);
    }
  });

  it('rejects other data types and values that do not fit theirs', () => {
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: '1.5', DataType: 'http://www.w3.org/2001/XMLSchema#double' }),
      /unsupported data type/,
    );
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'x', DataType: 'rfc822Name' }),
      /unsupported data type/,
    );
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'x', DataType: 42 }),
      /DataType: must be a string/,
    );
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'ten', DataType: DATA_TYPE.integer }),
      /not a valid .*integer/,
    );
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'yes', DataType: DATA_TYPE.boolean }),
      /not a valid .*boolean/,
    );
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: '17.05.2024', DataType: DATA_TYPE.date }),
      /not a valid .*date/,
    );
  });

  it('rejects bodies that are not a request, naming where', () => {
    expectRequestError(null, /JSON object/);
    expectRequestError('{"Request":{}}', /JSON object/);
    expectRequestError([READ_INSTANCE], /JSON object/);
    expectRequestError({}, /no Request member/);
    expectRequestError({ Request: [] }, /^Request: must be an object/);
    expectRequestError({ Request: { AccessSubject: {} } }, /Request.AccessSubject: must be an array/);
    expectRequestError({ Request: { Resource: ['x'] } }, /Request.Resource\[0\]: must be an object/);
    expectRequestError(
      { Request: { Action: [{ Attribute: {} }] } },
      /Request.Action\[0\].Attribute: must be an array/,
    );
    expectRequestError({ Request: { Action: [{ Attribute: [42] }] } }, /Attribute\[0\]: must be an object/);
    expectRequestError(
      withAttribute({ Value: 'x' }),
      /AccessSubject\[0\].Attribute\[0\].AttributeId: is required/,
    );
    expectRequestError(withAttribute({ AttributeId: '', Value: 'x' }), /AttributeId: must not be empty/);
    expectRequestError(withAttribute({ AttributeId: 7, Value: 'x' }), /AttributeId: must be a string/);
    expectRequestError(withAttribute({ AttributeId: 'a' }), /Value: is required/);
    expectRequestError(withAttribute({ AttributeId: 'a', Value: null }), /Value: is required/);
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: { x: 1 } }),
      /Value: must be a string, number or boolean/,
    );
    expectRequestError(withAttribute({ AttributeId: 'a', Value: [] }), /must not be an empty array/);
    expectRequestError(withAttribute({ AttributeId: 'a', Value: ['x', {}] }), /Value\[1\]: must be a string/);
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'x', IncludeInResult: 'yes' }),
      /IncludeInResult: must be true or false/,
    );
    expectRequestError({ Request: { ReturnPolicyIdList: 1 } }, /ReturnPolicyIdList: must be true or false/);
    expectRequestError(
      { Request: { Category: [{ Attribute: [] }] } },
      /Request.Category\[0\].CategoryId: is required/,
    );
  });

  it('reads generic categories, flags and category ids', () => {
    const parsed = parseDecisionRequest({
      Request: {
        ReturnPolicyIdList: true,
        CombinedDecision: false,
        Category: [
          {
            CategoryId: CATEGORY.environment,
            Id: 'e1',
            Attribute: [{ AttributeId: 'now', Value: '10:00:00', DataType: 'time' }],
          },
        ],
        Resource: [{ Id: 'r1', CategoryId: CATEGORY.resource }],
      },
    });
    expect(parsed.returnPolicyIdList).toBe(true);
    expect(parsed.requests[0]?.categories.map((c) => [c.categoryId, c.id, c.attributes.length])).toEqual([
      [CATEGORY.resource, 'r1', 0],
      [CATEGORY.environment, 'e1', 1],
    ]);
  });

  describe('multi requests', () => {
    const multi = (references: string[][]) => ({
      Request: {
        AccessSubject: [{ Id: 's1', Attribute: [{ AttributeId: 'urn:altinn:userid', Value: '1' }] }],
        Action: [
          {
            Id: 'a1',
            Attribute: [
              {
                AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
                Value: 'read',
                IncludeInResult: true,
              },
            ],
          },
          {
            Id: 'a2',
            Attribute: [
              {
                AttributeId: 'urn:oasis:names:tc:xacml:1.0:action:action-id',
                Value: 'write',
                IncludeInResult: true,
              },
            ],
          },
        ],
        Resource: [
          {
            Id: 'r1',
            Attribute: [{ AttributeId: 'urn:altinn:instance-id', Value: '1/a', IncludeInResult: true }],
          },
          {
            Id: 'r2',
            Attribute: [{ AttributeId: 'urn:altinn:instance-id', Value: '1/b', IncludeInResult: true }],
          },
        ],
        MultiRequests: { RequestReference: references.map((ids) => ({ ReferenceId: ids })) },
      },
    });

    it('splits into one request per reference, in reference order', () => {
      const parsed = parseDecisionRequest(
        multi([
          ['s1', 'a1', 'r1'],
          ['s1', 'a2', 'r1'],
          ['s1', 'a1', 'r2'],
        ]),
      );
      expect(parsed.requests.map((r) => r.categories.map((c) => c.id))).toEqual([
        ['s1', 'a1', 'r1'],
        ['s1', 'a2', 'r1'],
        ['s1', 'a1', 'r2'],
      ]);
      expect(parsed.requests[2]?.categories[2]?.attributes[0]?.value).toBe('1/b');
    });

    it('evaluates the whole request as one when there is a single reference', () => {
      const parsed = parseDecisionRequest(multi([['s1', 'a1', 'r1']]));
      expect(parsed.requests).toHaveLength(1);
      expect(parsed.requests[0]?.categories.map((c) => c.id)).toEqual(['s1', 'a1', 'a2', 'r1', 'r2']);
    });

    it('rejects bad references', () => {
      expectRequestError(
        multi([
          ['s1', 'a1', 'r1'],
          ['s1', 'a9', 'r1'],
        ]),
        /ReferenceId\[1\]: no category has Id "a9"/,
      );
      expectRequestError(multi([['s1'], []]), /RequestReference\[1\].ReferenceId: must list category Ids/);
      expectRequestError({ Request: { MultiRequests: {} } }, /RequestReference: is required/);
      const duplicated = multi([
        ['s1', 'a1', 'r1'],
        ['s1', 'a1', 'r2'],
      ]);
      duplicated.Request.Resource[1] = {
        ...duplicated.Request.Resource[1],
        Id: 'r1',
      } as (typeof duplicated.Request.Resource)[1];
      expectRequestError(duplicated, /Id "r1" is used more than once/);
    });

    it(`accepts ${MAX_DECISIONS_PER_REQUEST} decisions and rejects more`, () => {
      const references = (n: number) =>
        Array.from({ length: n }, (_, i) => ['s1', i % 2 ? 'a2' : 'a1', 'r1']);
      expect(parseDecisionRequest(multi(references(MAX_DECISIONS_PER_REQUEST))).requests).toHaveLength(
        MAX_DECISIONS_PER_REQUEST,
      );
      expectRequestError(multi(references(MAX_DECISIONS_PER_REQUEST + 1)), /at most 1000 decisions/);
    });
  });

  it('enforces the attribute limits', () => {
    const many = Array.from({ length: MAX_ATTRIBUTES_PER_CATEGORY + 1 }, (_, i) => ({
      AttributeId: `a${i}`,
      Value: 'x',
    }));
    expectRequestError({ Request: { Resource: [{ Attribute: many }] } }, /at most 100 attributes/);
    expectRequestError(
      withAttribute({ AttributeId: 'a', Value: 'x'.repeat(MAX_ATTRIBUTE_VALUE_LENGTH + 1) }),
      /longer than/,
    );
    expectRequestError(
      withAttribute({ AttributeId: 'a'.repeat(600), Value: 'x' }),
      /AttributeId: is longer than 512/,
    );
  });
});
