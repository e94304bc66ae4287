import { Type } from 'typebox';
import { Maybe, OpenObject } from './model-schema-helpers.ts';

export const LANGUAGE_PATTERN = '^[A-Za-z]{2}$';

export const LanguageCode = Type.String({
  pattern: LANGUAGE_PATTERN,
  description: 'Two-letter ISO 639-1 language code',
});

const TextResourceVariableSchema = OpenObject({
  key: Type.String(),
  dataSource: Type.String(),
  defaultValue: Maybe(Type.String()),
});

const TextResourceElementSchema = OpenObject({
  id: Type.String(),
  value: Type.String(),
  variables: Maybe(Type.Array(TextResourceVariableSchema)),
});

/** The body of a text resource write: `id` and `org` are ignored (they follow from the path). */
export const TextResourceInputSchema = OpenObject({
  id: Maybe(Type.String()),
  org: Maybe(Type.String()),
  language: LanguageCode,
  resources: Type.Array(TextResourceElementSchema),
});

export const TextResourceSchema = Type.Object({
  id: Type.String({ description: '"{org}-{app}-{language}"' }),
  org: Type.String(),
  language: Type.String(),
  resources: Type.Array(TextResourceElementSchema),
});
