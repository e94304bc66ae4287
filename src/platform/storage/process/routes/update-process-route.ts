import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import { instanceWithLinks } from '../../instances/instance-links.ts';
import { InstanceParams, InstanceSchema } from '../../instances/routes/schemas.ts';
import type { ProcessStateInput } from '../process-state.ts';
import type { ProcessRouteDeps } from './process-route-deps.ts';
import { ProcessStateSchema } from './process-schemas.ts';

export const PROCESS_AUTHORIZATION =
  'The caller needs an action of the current task’s type (PDP on that task: `write` for data, `confirm` ' +
  'for confirmation, `sign` or `write` for signing, `pay` or `write` for payment, the type itself otherwise); ' +
  '`reject` when `currentTask.flowType` is AbandonCurrentMoveToNext; the target task’s actions when the ' +
  'flow type is another than CompleteCurrentMoveToNext. An instance without a current task cannot be moved (403).';

export function registerUpdateProcessRoute(app: HttpApp, deps: ProcessRouteDeps): void {
  app.put(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/process',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'updateInstanceProcess',
        tags: ['storage'],
        summary: 'Replaces the process state of an instance',
        description:
          `${PROCESS_AUTHORIZATION} Sets \`lastChanged\`; the first state with \`ended\` archives the instance ` +
          '(`status.isArchived`, `status.archived` = `ended`); a state at a signing task writes `SentToSign`.',
        params: InstanceParams,
        body: Type.Optional(Type.Union([ProcessStateSchema, Type.Null()])),
        response: { 200: InstanceSchema },
      },
    },
    async (request) => {
      const instance = await deps.processes.update(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        (request.body ?? undefined) as ProcessStateInput | undefined,
      );
      return instanceWithLinks(instance, publicBaseUrl(request, deps.publicUrl));
    },
  );
}
