import { Type } from 'typebox';
import { notFound } from '../../../../core/errors.ts';
import type { HttpApp } from '../../../../core/http/index.ts';
import { AnyJson, AppParams, JSON_TYPE, LayoutSetParams, NO_CACHE, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import { layoutSetOf, pagesOf } from '../layout-folders.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

export function registerLayoutRoutes(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/layoutsets',
    {
      schema: {
        operationId: 'getAppLayoutSets',
        tags: TAGS,
        summary: "The app's layout sets",
        description: 'Anonymous. `ui/layout-sets.json` as written; 204 when the app has none, as Altinn.',
        params: AppParams,
        response: { 200: AnyJson, 204: Type.Null({ description: 'The app has no layout-sets.json' }) },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      reply.header('cache-control', NO_CACHE);
      const document = loaded.ui.layoutSetsDocument;
      if (document === undefined) return reply.status(204).send(null);
      return reply.type(JSON_TYPE).send(document);
    },
  );
  app.get(
    '/:org/:app/api/layouts/:layoutSetId',
    {
      schema: {
        operationId: 'getAppLayouts',
        tags: TAGS,
        summary: 'Every page of a layout set',
        description:
          'Anonymous. `{pageName: <ui/{set}/layouts/{pageName}.json>}` for every page file; 404 for an unknown set.',
        params: LayoutSetParams,
        response: { 200: AnyJson },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const set = layoutSetOf(loaded, request.params.layoutSetId);
      return reply.header('cache-control', NO_CACHE).type(JSON_TYPE).send(pagesOf(set));
    },
  );
  app.get(
    '/:org/:app/api/layouts',
    {
      schema: {
        operationId: 'getAppSingleLayouts',
        tags: TAGS,
        summary: 'Every page of an app without layout sets',
        description:
          'Anonymous. For an app with the older single `ui/layouts` folder, its pages keyed by page name. ' +
          'For an app with layout sets 404, as Altinn v8 answers: use `api/layouts/{layoutSetId}`.',
        params: AppParams,
        response: { 200: AnyJson },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const single = loaded.ui.singleLayout;
      if (single === undefined) {
        throw notFound(
          'layouts_not_available',
          'This endpoint is no longer available. Use /{org}/{app}/api/layoutsets to get available layout ' +
            'sets and /{org}/{app}/api/layouts/{id} to get layouts for a specific layout set.',
        );
      }
      return reply.header('cache-control', NO_CACHE).type(JSON_TYPE).send(pagesOf(single));
    },
  );
}
