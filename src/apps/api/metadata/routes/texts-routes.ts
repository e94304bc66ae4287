import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { AnyJson, AppParams, JSON_TYPE, LanguageParams, NO_CACHE, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';
import { appLanguages, servedTexts } from '../served-texts.ts';

export function registerTextsRoutes(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/v1/texts/:language',
    {
      schema: {
        operationId: 'getAppTexts',
        tags: TAGS,
        summary: "The app's texts in one language",
        description:
          'Anonymous. `config/texts/resource.{language}.json` as `{id: "org-app-lang", org, language, resources}`; ' +
          'falls back to `nb` when the language has none. 400 unless the language has two characters, 404 ' +
          'when neither the language nor `nb` has texts.',
        params: LanguageParams,
        response: { 200: AnyJson },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const texts = servedTexts(loaded, request.params.language);
      return reply.header('cache-control', NO_CACHE).type(JSON_TYPE).send(texts);
    },
  );
  app.get(
    '/:org/:app/api/v1/applicationlanguages',
    {
      schema: {
        operationId: 'getAppLanguages',
        tags: TAGS,
        summary: 'The languages the app has texts in',
        description:
          'Anonymous (as in the v8 library, which lets anonymous stateless apps ask). One `{language}` per ' +
          'text resource file.',
        params: AppParams,
        response: { 200: Type.Array(Type.Object({ language: Type.String() })) },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      return reply.header('cache-control', NO_CACHE).type(JSON_TYPE).send(appLanguages(loaded));
    },
  );
}
