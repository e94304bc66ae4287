import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { installedApp } from '../../instances/index.ts';
import { AppProcessStateSchema, InstanceParams, TAGS } from './process-params.ts';
import type { AppProcessRouteDeps } from './process-route-deps.ts';

export function registerProcessNextRoute(app: HttpApp, deps: AppProcessRouteDeps): void {
  app.put(
    '/:org/:app/instances/:instanceOwnerPartyId/:instanceGuid/process/next',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'appProcessNext',
        tags: TAGS,
        summary: 'Completes the current task and moves the process on',
        description:
          'The action (body `action`, or the query `action`) is authorized on the current task; without one, ' +
          'any action the task type calls for. 409 when the process has ended, another `next` is running, or ' +
          'the task’s data types lack elements (`validationIssues`).',
        params: InstanceParams,
        querystring: Type.Object({
          action: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          language: Type.Optional(Type.String()),
          elementId: Type.Optional(Type.String()),
        }),
        body: Type.Optional(
          Type.Union([
            Type.Object(
              {
                action: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
                actionOnBehalfOf: Type.Optional(Type.Union([Type.String(), Type.Null()])),
              },
              { additionalProperties: true },
            ),
            Type.Null(),
          ]),
        ),
        response: { 200: AppProcessStateSchema },
      },
    },
    async (request) => {
      const { org, app: appName, instanceOwnerPartyId, instanceGuid } = request.params;
      const action = request.body?.action || request.query.action || undefined;
      return deps.processes.next(
        deps.auth.principalOf(request),
        installedApp(deps.apps, org, appName),
        { partyId: instanceOwnerPartyId, instanceGuid },
        action,
      );
    },
  );
}
