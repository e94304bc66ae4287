import { Type } from 'typebox';

const org = Type.String({ description: 'The app owner, e.g. `ttd`' });
const app = Type.String({ description: 'The app name' });

export const AppParams = Type.Object({ org, app });
export const LanguageParams = Type.Object({
  org,
  app,
  language: Type.String({ description: 'Two-letter language code' }),
});
export const LayoutSetParams = Type.Object({
  org,
  app,
  layoutSetId: Type.String({ description: 'A layout set id from layout-sets.json' }),
});
export const ModelParams = Type.Object({
  org,
  app,
  id: Type.String({ description: 'A model name (models/{id}.schema.json) or a data type id' }),
});
export const OptionsParams = Type.Object({
  org,
  app,
  optionsId: Type.String({ description: 'The code list id: options/{optionsId}.json' }),
});
export const DataTypeParams = Type.Object({
  org,
  app,
  dataTypeId: Type.String({ description: 'A data type id' }),
});

export const JSON_TYPE = 'application/json; charset=utf-8';
export const XML_TYPE = 'text/xml; charset=utf-8';

/** Altinn caches only the application metadata; every other app route says not to. */
export const NO_CACHE = 'no-store, no-cache';
export const METADATA_CACHE = 'public, max-age=60';

export const TAGS = ['app-metadata'];

/** Any JSON document, served as the app holds it. */
export const AnyJson = Type.Unknown();
