import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { AnyJson, AppParams, JSON_TYPE, METADATA_CACHE, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';
import { servedApplicationMetadata } from '../served-application-metadata.ts';

export function registerApplicationMetadataRoute(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/v1/applicationmetadata',
    {
      schema: {
        operationId: 'getAppApplicationMetadata',
        tags: TAGS,
        summary: "The app's metadata",
        description:
          'Anonymous. `config/applicationmetadata.json` with unknown fields kept, the defaults of Altinn’s ' +
          'model filled in, and `altinnNugetVersion`, `features` and `externalApiIds` added. Cached 60 s. ' +
          'Each app answers only at its own path, so Altinn’s 409 for a mismatched id is a 404 here; ' +
          '`checkOrgApp` is accepted and has nothing to switch off.',
        params: AppParams,
        querystring: Type.Object({ checkOrgApp: Type.Optional(Type.Boolean()) }),
        response: { 200: AnyJson },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      return reply
        .header('cache-control', METADATA_CACHE)
        .type(JSON_TYPE)
        .send(servedApplicationMetadata(loaded));
    },
  );
}
