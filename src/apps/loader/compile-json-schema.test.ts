import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from './compile-json-schema.ts';

describe('compileJsonSchema', () => {
  it('compiles 2020-12 with $defs and keeps Altinn keywords out of the way', () => {
    const result = compileJsonSchema({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'http://altinn-repositories:3000/ttd/app/App/models/model.schema.json',
      info: { rootNode: '' },
      '@xsdNamespaces': { xsd: 'http://www.w3.org/2001/XMLSchema' },
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/A', '@xsdType': 'string' },
        when: { type: 'string', format: 'date' },
      },
      $defs: { A: { type: 'string', maxLength: 3 } },
    });
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) throw new Error(result.message);
    expect(result.validate({ a: 'abc', when: '2024-02-29' })).toBe(true);
    expect(result.validate({ a: 'abcd' })).toBe(false);
    expect(result.validate({ when: 'yesterday' })).toBe(false);
  });

  it('reads draft-07 and the generic "schema#" as draft-07, with definitions', () => {
    for (const $schema of [
      'http://json-schema.org/draft-07/schema#',
      'http://json-schema.org/schema#',
      undefined,
    ]) {
      const result = compileJsonSchema({
        ...($schema === undefined ? {} : { $schema }),
        $id: 'schema.json',
        properties: { Skjema: { texts: { LEDE: { NOB: 'x' } }, $ref: '#/definitions/Skjema' } },
        definitions: { Skjema: { type: 'object', required: ['n'] } },
      });
      expect(result.ok && result.warnings).toEqual([]);
      if (result.ok) expect(result.validate({ Skjema: {} })).toBe(false);
    }
  });

  it('accepts idn-email and warns about formats it does not know', () => {
    const result = compileJsonSchema({
      properties: {
        mail: { type: 'string', format: 'idn-email' },
        code: { type: 'string', format: 'seres-code' },
      },
    });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.stringContaining('unknown format "seres-code" ignored')]);
    if (result.ok) expect(result.validate({ mail: 'ola@nordmann.no', code: 'anything' })).toBe(true);
  });

  it('warns about a $schema it does not know and reads it as draft-07', () => {
    const result = compileJsonSchema({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      '"$schema" "http://json-schema.org/draft-04/schema#" names no draft this validator knows; it is read as draft-07',
    ]);
  });

  it('lets two schemas share an $id', () => {
    expect(compileJsonSchema({ $id: 'same.json', type: 'string' }).ok).toBe(true);
    expect(compileJsonSchema({ $id: 'same.json', type: 'number' }).ok).toBe(true);
  });

  it('fails on an invalid schema or an unresolvable reference', () => {
    expect(compileJsonSchema({ type: 'text' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('schema is invalid'),
    });
    expect(compileJsonSchema({ $ref: '#/definitions/Nope' })).toMatchObject({
      ok: false,
      message: expect.stringContaining("can't resolve reference"),
    });
  });
});
