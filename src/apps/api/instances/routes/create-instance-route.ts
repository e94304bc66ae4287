import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { withAppLinks } from '../app-instance-links.ts';
import type { InstantiationRequest } from '../app-instance-service.ts';
import { installedApp } from '../installed-app.ts';
import { AppInstanceSchema, AppParams, TAGS } from './instance-params.ts';
import type { AppInstanceRouteDeps } from './instance-route-deps.ts';
import { isMultipartBody, multipartInstantiation } from './multipart-instantiation.ts';

export function registerCreateAppInstanceRoute(app: HttpApp, deps: AppInstanceRouteDeps): void {
  app.post(
    '/:org/:app/instances',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'createAppInstance',
        tags: TAGS,
        summary: 'Instantiates the app for a party, with its process started at the first task',
        description:
          'The owner is `instanceOwnerPartyId` or the body’s `instanceOwner` (not both). Needs `instantiate` ' +
          '(PDP) and a party type the app allows. The body is the instance template as JSON, or multipart with ' +
          'the template in the part `instance` and data elements in parts named by their data type.',
        params: AppParams,
        querystring: Type.Object({
          instanceOwnerPartyId: Type.Optional(Type.Integer({ minimum: 1 })),
          language: Type.Optional(Type.String()),
        }),
        body: Type.Optional(Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()])),
        response: { 201: AppInstanceSchema },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const body: unknown = request.body;
      const fromBody = isMultipartBody(body)
        ? multipartInstantiation(body)
        : { template: (body ?? undefined) as InstantiationRequest['template'] };
      const instance = await deps.instances.create(deps.auth.principalOf(request), loaded, {
        instanceOwnerPartyId: request.query.instanceOwnerPartyId,
        ...fromBody,
      });
      const answered = withAppLinks(instance, publicBaseUrl(request, deps.publicUrl));
      return reply
        .status(201)
        .header('location', answered.selfLinks?.apps ?? '')
        .send(answered);
    },
  );
}
