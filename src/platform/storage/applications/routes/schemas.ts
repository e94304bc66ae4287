import { Type } from 'typebox';
import { LanguageCode } from '../text-resource-schema.ts';

export const OrgParams = Type.Object({ org: Type.String({ description: 'The app owner code, e.g. ttd' }) });

export const AppParams = Type.Object({
  org: Type.String({ description: 'The app owner code, e.g. ttd' }),
  app: Type.String({ description: 'The app name' }),
});

export const TextParams = Type.Object({
  org: Type.String(),
  app: Type.String(),
  language: LanguageCode,
});
