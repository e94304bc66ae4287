import { Type } from 'typebox';
import { notFound } from '../../../../core/errors.ts';
import type { HttpApp } from '../../../../core/http/index.ts';
import type { AppModel, LoadedApp } from '../../../loader/index.ts';
import { AnyJson, JSON_TYPE, ModelParams, NO_CACHE, TAGS } from '../app-params.ts';
import { withoutBom } from '../app-static-files.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

/** Altinn goes by file name; the front end asks by data type id, which usually is the same. */
const modelOf = (app: LoadedApp, id: string): AppModel | undefined =>
  app.models.get(id) ?? app.dataTypeModels.get(id);

export function registerModelSchemaRoutes(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/jsonschema/:id',
    {
      schema: {
        operationId: 'getAppJsonSchema',
        tags: TAGS,
        summary: 'A data model as JSON Schema',
        description:
          'Anonymous. `models/{id}.schema.json`, or the model of the data type `{id}`; 404 when there is none.',
        params: ModelParams,
        response: { 200: AnyJson },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const model = modelOf(loaded, request.params.id);
      if (model === undefined) {
        throw notFound('model_not_found', `The app ${loaded.id} has no model "${request.params.id}"`);
      }
      return reply.header('cache-control', NO_CACHE).type(JSON_TYPE).send(model.schema);
    },
  );
  app.get(
    '/:org/:app/api/xsdschema/:id',
    {
      schema: {
        operationId: 'getAppXsdSchema',
        tags: TAGS,
        summary: 'A data model as XSD',
        description: 'Anonymous. `models/{id}.xsd` as written, as `application/xml`; 404 when there is none.',
        params: ModelParams,
        response: { 200: Type.String({ description: 'The XSD' }) },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const xsd = await deps.files.read(loaded, 'models', `${request.params.id}.xsd`);
      if (xsd === undefined) {
        throw notFound('xsd_not_found', `The app ${loaded.id} has no XSD "${request.params.id}"`);
      }
      return reply
        .header('cache-control', NO_CACHE)
        .type('application/xml; charset=utf-8')
        .send(withoutBom(xsd));
    },
  );
}
