import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { IdInteger, PartySchema, queryNamesIgnoringCase } from '../../../register/index.ts';
import { AUTHORIZATION_TAGS, type RolesRouteDeps, SECURITY } from './route-deps.ts';

export function registerGetPartiesRoute(app: HttpApp, { auth, roles }: RolesRouteDeps): void {
  app.get(
    '/authorization/api/v1/parties',
    {
      onRequest: auth.required,
      preValidation: queryNamesIgnoringCase('userId'),
      schema: {
        operationId: 'getReporteeList',
        tags: AUTHORIZATION_TAGS,
        summary: 'The parties a user can act for (reportee list)',
        description:
          'Requires a user token whose urn:altinn:userid equals userId (403 otherwise, also for service-owner ' +
          'tokens). Own party first; organisations carry the sub-units the user has access to as childParties; ' +
          'a main unit present only for its sub-units has onlyHierarchyElementWithNoAccess. 404 when empty.',
        security: SECURITY,
        querystring: Type.Object({ userId: IdInteger }),
        response: { 200: Type.Array(PartySchema) },
      },
    },
    async (request) => roles.getReporteeList(auth.principalOf(request), request.query.userId),
  );
}
