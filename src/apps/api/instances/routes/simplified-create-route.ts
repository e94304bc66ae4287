import { Type } from 'typebox';
import { badRequest } from '../../../../core/errors.ts';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { withAppLinks } from '../app-instance-links.ts';
import type { InstantiationRequest } from '../app-instance-service.ts';
import { installedApp } from '../installed-app.ts';
import { AppInstanceSchema, AppParams, TAGS } from './instance-params.ts';
import type { AppInstanceRouteDeps } from './instance-route-deps.ts';

const Owner = Type.Object(
  {
    partyId: Type.Optional(Type.Union([Type.String(), Type.Integer(), Type.Null()])),
    personNumber: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    organisationNumber: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { additionalProperties: true },
);

export function registerSimplifiedCreateRoute(app: HttpApp, deps: AppInstanceRouteDeps): void {
  app.post(
    '/:org/:app/instances/create',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'createAppInstanceSimplified',
        tags: TAGS,
        summary: 'Instantiates from an InstansiationInstance (what Altinn’s front end sends)',
        description:
          'Same checks as `POST instances`. Not yet supported, and refused with 400 rather than ignored: a ' +
          'non-empty `prefill` map and `sourceInstanceId` (copy of an archived instance).',
        params: AppParams,
        body: Type.Object(
          {
            instanceOwner: Type.Optional(Type.Union([Owner, Type.Null()])),
            dueBefore: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            visibleAfter: Type.Optional(Type.Union([Type.String(), Type.Null()])),
            prefill: Type.Optional(Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()])),
            sourceInstanceId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          },
          { additionalProperties: true },
        ),
        response: { 201: AppInstanceSchema },
      },
    },
    async (request, reply) => {
      const { prefill, sourceInstanceId, ...template } = request.body;
      if (prefill && Object.keys(prefill).length > 0) {
        throw badRequest('prefill_not_supported', 'Tinn does not apply a prefill map at instantiation yet');
      }
      if (sourceInstanceId) {
        throw badRequest('copy_not_supported', 'Tinn does not copy archived instances yet');
      }
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const instance = await deps.instances.create(deps.auth.principalOf(request), loaded, {
        template: template as InstantiationRequest['template'],
      });
      const answered = withAppLinks(instance, publicBaseUrl(request, deps.publicUrl));
      return reply
        .status(201)
        .header('location', answered.selfLinks?.apps ?? '')
        .send(answered);
    },
  );
}
