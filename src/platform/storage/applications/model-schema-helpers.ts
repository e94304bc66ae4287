import { type TObject, type TProperties, type TSchema, Type } from 'typebox';

/** An optional property that may also be sent as JSON null (Altinn's serialisers accept both). */
export const Maybe = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

/**
 * An object that keeps properties it does not describe. `additionalProperties: true` is spelled out
 * because response serialisation drops unknown properties unless told otherwise.
 */
export const OpenObject = <T extends TProperties>(properties: T, description?: string): TObject<T> =>
  Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) });

/** Text per language code, e.g. `{"nb": "Flyttemelding", "en": "Moving notice"}`. */
export const LanguageText = Type.Record(Type.String(), Type.String(), {
  description: 'Text per language code',
});

export const StringList = Type.Array(Type.String());
