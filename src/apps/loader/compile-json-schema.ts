import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonObject } from './json-value.ts';

export type SchemaCompileResult =
  | { readonly ok: true; readonly validate: ValidateFunction; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly warnings: readonly string[] };

type Dialect = '2020-12' | '2019-09' | 'draft-07';

const KNOWN_META_SCHEMAS: Readonly<Record<Dialect, readonly string[]>> = {
  '2020-12': [
    'https://json-schema.org/draft/2020-12/schema',
    'https://json-schema.org/draft/2020-12/schema#',
  ],
  '2019-09': [
    'https://json-schema.org/draft/2019-09/schema',
    'https://json-schema.org/draft/2019-09/schema#',
  ],
  'draft-07': [
    'http://json-schema.org/draft-07/schema',
    'http://json-schema.org/draft-07/schema#',
    // "The latest draft": Altinn's older (SERES-derived) models say this and are written as draft-07.
    'http://json-schema.org/schema',
    'http://json-schema.org/schema#',
  ],
};

function dialectOf(metaSchema: unknown): { dialect: Dialect; known: boolean } {
  if (typeof metaSchema !== 'string') return { dialect: 'draft-07', known: true };
  for (const [dialect, uris] of Object.entries(KNOWN_META_SCHEMAS) as [Dialect, readonly string[]][]) {
    if (uris.includes(metaSchema.trim())) return { dialect, known: true };
  }
  return { dialect: 'draft-07', known: false };
}

function createAjv(dialect: Dialect, warnings: string[]): Ajv {
  const options: Options = {
    // Altinn's generated schemas carry keywords of their own (`@xsdType`, `info`, `texts`, …).
    strict: false,
    allErrors: true,
    logger: {
      log: () => {},
      warn: (...args: unknown[]) => warnings.push(args.map(String).join(' ')),
      error: () => {},
    },
  };
  const ajv =
    dialect === '2020-12'
      ? new Ajv2020(options)
      : dialect === '2019-09'
        ? new Ajv2019(options)
        : new Ajv(options);
  addFormats.default(ajv);
  // Formats of JSON Schema that ajv-formats leaves out but XSD-derived schemas use; checked loosely.
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  ajv.addFormat('idn-hostname', /^[^\s@/]+$/u);
  ajv.addFormat('iri', /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/u);
  ajv.addFormat('iri-reference', /^\S*$/u);
  return ajv;
}

/**
 * Compiles a data model's JSON Schema, choosing the draft from `$schema` (draft-07 when it names none or
 * one Ajv does not know). Each schema gets its own compiler, as
 * Altinn's schemas often share `$id`s across models and apps.
 */
export function compileJsonSchema(schema: JsonObject): SchemaCompileResult {
  const warnings: string[] = [];
  const { dialect, known } = dialectOf(schema.$schema);
  // Ajv looks `$schema` up among the meta-schemas it has, so a generic or unknown one is left out.
  const { $schema: _metaSchema, ...source } = schema;
  if (!known) {
    warnings.push(
      `"$schema" ${JSON.stringify(schema.$schema)} names no draft this validator knows; it is read as draft-07`,
    );
  }
  try {
    const validate = createAjv(dialect, warnings).compile(source);
    return { ok: true, validate, warnings: [...new Set(warnings)] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, warnings: [...new Set(warnings)] };
  }
}
