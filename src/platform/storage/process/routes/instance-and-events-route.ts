import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../../instances/instance-links.ts';
import { InstanceParams, InstanceSchema } from '../../instances/routes/schemas.ts';
import type { ProcessUpdateInput } from '../process-service.ts';
import type { ProcessRouteDeps } from './process-route-deps.ts';
import { ProcessStateUpdateSchema } from './process-schemas.ts';
import { PROCESS_AUTHORIZATION } from './update-process-route.ts';

export function registerInstanceAndEventsRoute(app: HttpApp, deps: ProcessRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/process/instanceandevents',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'updateInstanceProcessAndEvents',
        tags: ['storage'],
        summary: 'Replaces the process state and records the app’s events, in one transaction',
        description:
          `${PROCESS_AUTHORIZATION} Body \`{state, events}\`. Each event needs \`instanceId\` = this instance and ` +
          'a user with userId, orgId, systemUserId (with systemUserOwnerOrgNo) or endUserSystemId (else 400); ' +
          '`created` defaults to now. Unless `deleteGeneratedElements=false`, data elements generated from the ' +
          'target task are deleted first, each with a `Deleted` event.',
        params: InstanceParams,
        querystring: Type.Object({ deleteGeneratedElements: Type.Optional(Type.Boolean()) }),
        body: Type.Optional(Type.Union([ProcessStateUpdateSchema, Type.Null()])),
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.processes.updateWithEvents(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        (request.body ?? undefined) as ProcessUpdateInput | undefined,
        { deleteGeneratedElements: request.query.deleteGeneratedElements },
      );
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
