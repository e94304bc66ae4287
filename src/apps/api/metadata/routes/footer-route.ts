import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { AnyJson, AppParams, JSON_TYPE, NO_CACHE, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

export function registerFooterRoute(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/v1/footer',
    {
      schema: {
        operationId: 'getAppFooter',
        tags: TAGS,
        summary: "The app's footer",
        description:
          'Anonymous. `ui/footer.json`; 204 when the app has none (a 404 here sends Altinn’s front end into a ' +
          'request loop).',
        params: AppParams,
        response: { 200: AnyJson, 204: Type.Null({ description: 'The app has no footer' }) },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      reply.header('cache-control', NO_CACHE);
      if (loaded.ui.footer === undefined) return reply.status(204).send(null);
      return reply.type(JSON_TYPE).send(loaded.ui.footer);
    },
  );
}
