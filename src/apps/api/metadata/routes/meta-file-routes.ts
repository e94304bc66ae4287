import { Type } from 'typebox';
import { notFound } from '../../../../core/errors.ts';
import type { HttpApp } from '../../../../core/http/index.ts';
import { AppParams, NO_CACHE, TAGS, XML_TYPE } from '../app-params.ts';
import { withoutBom } from '../app-static-files.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

const XmlText = Type.String({ description: 'The XML document' });

export function registerMetaFileRoutes(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/v1/meta/process',
    {
      schema: {
        operationId: 'getAppProcessDefinition',
        tags: TAGS,
        summary: "The app's BPMN process",
        description: 'Anonymous. `config/process/process.bpmn` as written, as `text/xml`.',
        params: AppParams,
        response: { 200: XmlText },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const xml = await deps.files.read(loaded, 'config', 'process', 'process.bpmn');
      if (xml === undefined) throw notFound('process_not_found', `The app ${loaded.id} has no process file`);
      return reply.header('cache-control', NO_CACHE).type(XML_TYPE).send(withoutBom(xml));
    },
  );
  app.get(
    '/:org/:app/api/v1/meta/authorizationpolicy',
    {
      schema: {
        operationId: 'getAppAuthorizationPolicy',
        tags: TAGS,
        summary: "The app's XACML policy",
        description:
          'Anonymous. `config/authorization/policy.xml` as `text/xml`, with the `[ORG]`/`[APP]` placeholders ' +
          'filled in as a deployed Altinn app has them.',
        params: AppParams,
        response: { 200: XmlText },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      return reply.header('cache-control', NO_CACHE).type(XML_TYPE).send(withoutBom(loaded.policy.xml));
    },
  );
}
