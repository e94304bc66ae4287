import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../instance-links.ts';
import type { InstanceTemplate } from '../instance-service.ts';
import type { InstanceRouteDeps } from './instance-route-deps.ts';
import { InstanceSchema, InstanceTemplateSchema } from './schemas.ts';

export function registerCreateInstanceRoute(app: HttpApp, deps: InstanceRouteDeps): void {
  app.post(
    '/storage/api/v1/instances',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'createInstance',
        tags: ['storage'],
        summary: 'Creates an instance of an app for an instance owner',
        description:
          'The owner is given by `instanceOwner.partyId`, `personNumber` or `organisationNumber`. ' +
          'The caller needs `instantiate` on the app for that party (PDP).',
        querystring: Type.Object({ appId: Type.String({ minLength: 3, maxLength: 200 }) }),
        body: Type.Optional(InstanceTemplateSchema),
        response: { 201: InstanceSchema },
      },
    },
    async (request, reply) => {
      const template = (request.body ?? {}) as InstanceTemplate;
      const instance = await deps.instances.create(
        deps.auth.principalOf(request),
        request.query.appId,
        template,
      );
      const answered = instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
      return reply
        .status(201)
        .header('location', answered.selfLinks?.platform ?? '')
        .send(answered);
    },
  );
}
