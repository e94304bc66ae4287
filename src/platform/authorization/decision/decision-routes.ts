import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import type { RequestAuthentication } from '../../authentication/index.ts';
import type { DecisionService } from './decision-service.ts';

export interface DecisionRouteDeps {
  readonly auth: RequestAuthentication;
  readonly decisions: DecisionService;
}

const DESCRIPTION =
  'XACML JSON profile request (`Request` with `AccessSubject`, `Action`, `Resource`, optional `MultiRequests`); ' +
  'member names in any casing. Answered for service-owner tokens about their own apps, and for callers with the ' +
  '`altinn:authorization/authorize` scope; `altinn:authorization/authorize.admin` may ask about any resource.';

export function registerDecisionRoutes(app: HttpApp, deps: DecisionRouteDeps): void {
  for (const [url, operationId] of [
    ['/authorization/api/v1/authorize', 'authorize'],
    ['/authorization/api/v1/decision', 'decision'],
  ] as const) {
    app.post(
      url,
      {
        onRequest: deps.auth.required,
        schema: {
          operationId,
          tags: ['authorization'],
          summary: 'Policy decisions for one or more requests',
          description: DESCRIPTION,
          body: Type.Unknown(),
          response: { 200: Type.Object({ response: Type.Array(Type.Unknown()) }) },
        },
      },
      async (request) => {
        const decision = await deps.decisions.authorize(deps.auth.principalOf(request), request.body);
        return { response: [...decision.response] };
      },
    );
  }
}
