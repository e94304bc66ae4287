import { Type } from 'typebox';
import { type HttpApp, publicBaseUrl } from '../../../../core/http/index.ts';
import type { RequestAuthentication } from '../../../authentication/index.ts';
import { queryNamesIgnoringCase } from '../../../register/index.ts';
import { instanceWithLinks } from '../../instances/instance-links.ts';
import { InstanceSchema } from '../../instances/routes/schemas.ts';
import type { InstanceQueryService } from '../instance-query-service.ts';
import { OWNER_IDENTIFIER_HEADER } from '../owner-identifier.ts';
import {
  MAX_PAGE_SIZE,
  parseInstanceQuery,
  QUERY_PARAMETERS,
  type RawQuery,
} from '../parse-instance-query.ts';
import { queryLinks, STORAGE_INSTANCES } from './query-links.ts';
import { QueryStringSchema } from './query-schema.ts';

export interface QueryRouteDeps {
  readonly auth: RequestAuthentication;
  readonly queries: InstanceQueryService;
  /** PUBLIC_URL, when configured; links otherwise use the request's host. */
  readonly publicUrl: string | undefined;
}

const DESCRIPTION = [
  'Instances matching the filters, newest change first, one page at a time; follow `next` until it is',
  'absent, even through short or empty pages.',
  'Service owners need the scope `altinn:serviceowner/instances.read` and `org` or `appId`; another',
  "org's instances need `appId` and a PDP permit to `read` that app. Users and system users must give",
  `\`instanceOwner.partyId\` or the header \`${OWNER_IDENTIFIER_HEADER}\` (Person:<ssn> or Organisation:<orgNr>),`,
  'see only instances the PDP lets them `read` (the page is thinned after it is read, and `count` is what',
  'remains) and never hard-deleted ones. Dates are compared as timestamps (Altinn compares `visibleAfter`,',
  '`dueBefore` and `process.ended` as strings); a date without an offset is UTC. Any malformed parameter',
  `is a 400 naming it. \`size\` defaults to 100 and is lowered to ${MAX_PAGE_SIZE}.`,
].join(' ');

export function registerQueryInstancesRoute(app: HttpApp, deps: QueryRouteDeps): void {
  app.get(
    STORAGE_INSTANCES,
    {
      onRequest: deps.auth.required,
      preValidation: queryNamesIgnoringCase(...QUERY_PARAMETERS),
      // The instance schema is open-ended, where JSON.stringify is twice as fast as a compiled serializer
      // (0.8 ms against 1.6 ms for a page of 100); the schema still documents the answer.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        operationId: 'queryInstances',
        tags: ['storage'],
        summary: 'Queries instances by app, owner, process state, dates and status',
        description: DESCRIPTION,
        querystring: QueryStringSchema,
        response: {
          200: Type.Object({
            count: Type.Integer(),
            self: Type.String(),
            next: Type.Optional(Type.String()),
            instances: Type.Array(InstanceSchema),
          }),
        },
      },
    },
    async (request) => {
      const header = request.headers[OWNER_IDENTIFIER_HEADER.toLowerCase()];
      const query = parseInstanceQuery(
        request.query as RawQuery,
        Array.isArray(header) ? header.join(',') : header,
      );
      const result = await deps.queries.query(deps.auth.principalOf(request), query);
      const baseUrl = publicBaseUrl(request, deps.publicUrl);
      return {
        count: result.instances.length,
        ...queryLinks(baseUrl, request.url, result.next),
        instances: result.instances.map((instance) => instanceWithLinks(instance, baseUrl)),
      };
    },
  );
}
