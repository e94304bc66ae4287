import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { JsonObject } from '../../../loader/index.ts';
import { AnyJson, AppParams, JSON_TYPE, LayoutSetParams, NO_CACHE, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import { layoutSetOf } from '../layout-folders.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

const NoSettings = Type.Null({ description: 'The folder has no Settings.json' });

function sendSettings(reply: FastifyReply, settings: JsonObject | undefined): FastifyReply {
  reply.header('cache-control', NO_CACHE);
  if (settings === undefined) return reply.status(204).send(null);
  return reply.type(JSON_TYPE).send(settings);
}

export function registerLayoutSettingsRoutes(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/layoutsettings/:layoutSetId',
    {
      schema: {
        operationId: 'getAppLayoutSettings',
        tags: TAGS,
        summary: "A layout set's Settings.json",
        description:
          'Anonymous. `ui/{set}/Settings.json`; 204 when the set has none (Altinn answers its null with 204), ' +
          '404 for an unknown set.',
        params: LayoutSetParams,
        response: { 200: AnyJson, 204: NoSettings },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      return sendSettings(reply, layoutSetOf(loaded, request.params.layoutSetId).settings);
    },
  );
  app.get(
    '/:org/:app/api/layoutsettings',
    {
      schema: {
        operationId: 'getAppSingleLayoutSettings',
        tags: TAGS,
        summary: 'Settings.json of an app without layout sets',
        description:
          'Anonymous. `ui/Settings.json` of the older single-folder layout; 204 when there is none.',
        params: AppParams,
        response: { 200: AnyJson, 204: NoSettings },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      return sendSettings(reply, loaded.ui.singleLayout?.settings);
    },
  );
}
