import { Type } from 'typebox';
import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import type { HttpApp } from '../../../core/http/index.ts';
import type { Principal, RequestAuthentication } from '../../authentication/index.ts';
import type { PolicyStore } from './policy-store.ts';

export interface PolicyRouteDeps {
  readonly auth: RequestAuthentication;
  readonly policies: PolicyStore;
}

const NAME = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,99}$' });

function requireServiceOwnerOf(caller: Principal, org: string): void {
  if (caller.kind !== 'serviceOwner' || caller.org !== org) {
    throw forbidden(`Only the service owner ${org} may change its app policies`);
  }
}

export function registerPolicyRoutes(app: HttpApp, deps: PolicyRouteDeps): void {
  app.post(
    '/authorization/api/v1/policies',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'uploadAppPolicy',
        tags: ['authorization'],
        summary: 'Stores the policy.xml of an app (service owner of that org only)',
        querystring: Type.Object({ org: NAME, app: NAME }),
        consumes: ['application/xml', 'text/xml'],
        response: { 201: Type.Object({ org: Type.String(), app: Type.String(), rules: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const { org, app: appName } = request.query;
      requireServiceOwnerOf(deps.auth.principalOf(request), org);
      if (typeof request.body !== 'string' || request.body.trim() === '') {
        throw badRequest('missing_policy', 'The body must be the policy XML (Content-Type application/xml)');
      }
      const policy = await deps.policies.put(org, appName, request.body);
      return reply.status(201).send({ org, app: appName, rules: policy.rules.length });
    },
  );
  app.get(
    '/authorization/api/v1/policies/roleswithaccess/:org/:app',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'getRolesWithAccess',
        tags: ['authorization'],
        summary: 'Role codes the app policy gives any right to',
        params: Type.Object({ org: NAME, app: NAME }),
        response: { 200: Type.Array(Type.String()) },
      },
    },
    async (request) => {
      const roles = await deps.policies.rolesWithAccess(request.params.org, request.params.app);
      if (roles === undefined)
        throw notFound('policy_not_found', `No policy for ${request.params.org}/${request.params.app}`);
      return roles;
    },
  );
}
