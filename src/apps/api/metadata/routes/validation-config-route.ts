import path from 'node:path';
import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { DataTypeParams, JSON_TYPE, NO_CACHE, TAGS } from '../app-params.ts';
import { withoutBom } from '../app-static-files.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

export function registerValidationConfigRoute(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/validationconfig/:dataTypeId',
    {
      schema: {
        operationId: 'getAppValidationConfig',
        tags: TAGS,
        summary: "A data type's expression validations",
        description:
          'Anonymous. `{dataTypeId}.validation.json` (in `models/` or a UI folder) as written; 204 when there is none (Altinn answers ' +
          'its null with 204).',
        params: DataTypeParams,
        response: {
          200: Type.String({ description: 'The validation configuration (JSON)' }),
          204: Type.Null({ description: 'No validation configuration' }),
        },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const config = loaded.validationConfigs.get(request.params.dataTypeId);
      // The loader also finds these files beside the layouts; serve the one it took.
      const text =
        config === undefined
          ? undefined
          : await deps.files.read(loaded, ...path.relative(loaded.appDir, config.file).split(path.sep));
      reply.header('cache-control', NO_CACHE);
      if (text === undefined) return reply.status(204).send(null);
      return reply.type(JSON_TYPE).send(withoutBom(text));
    },
  );
}
