import { Type } from 'typebox';
import { notFound } from '../../../../core/errors.ts';
import type { HttpApp } from '../../../../core/http/index.ts';
import { JSON_TYPE, NO_CACHE, OptionsParams, TAGS } from '../app-params.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

const OptionSchema = Type.Object({
  value: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
  label: Type.String(),
  description: Type.Optional(Type.String()),
  helpText: Type.Optional(Type.String()),
});

export function registerOptionsRoute(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/options/:optionsId',
    {
      schema: {
        operationId: 'getAppOptions',
        tags: TAGS,
        summary: 'A static code list',
        description:
          'Anonymous. `options/{optionsId}.json` as `[{value, label, description?, helpText?}]`. `language` and ' +
          'other query parameters are accepted and change nothing for a static list (labels are text keys the ' +
          'front end translates). `Altinn-DownstreamParameters` is empty: a static list has no parameters. ' +
          '404 when the app has no such list.',
        params: OptionsParams,
        querystring: Type.Record(Type.String(), Type.Unknown()),
        response: { 200: Type.Array(OptionSchema) },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const list = loaded.options.get(request.params.optionsId);
      if (list === undefined) {
        throw notFound(
          'options_not_found',
          `The app ${loaded.id} has no options "${request.params.optionsId}"`,
        );
      }
      return reply
        .header('cache-control', NO_CACHE)
        .header('altinn-downstreamparameters', '')
        .type(JSON_TYPE)
        .send([...list.options]);
    },
  );
}
