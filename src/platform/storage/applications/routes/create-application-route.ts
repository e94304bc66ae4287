import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { orgOfAppId } from '../app-id.ts';
import { ApplicationSchema } from '../application-schema.ts';
import { appOwnerHook } from './app-owner-hook.ts';
import {
  type ApplicationRouteDeps,
  BASE,
  METADATA_BODY_LIMIT,
  SECURITY,
  STORAGE_TAGS,
  WRITE_RULE,
} from './route-deps.ts';
import { strictValidatorCompiler } from './strict-validator.ts';

const CreateQuery = Type.Object({ appId: Type.String({ description: '"{org}/{app}"' }) });

export function registerCreateApplicationRoute(app: HttpApp, deps: ApplicationRouteDeps): void {
  const { auth, applications } = deps;
  app.post(
    BASE,
    {
      onRequest: [
        auth.required,
        appOwnerHook(deps, (request) => orgOfAppId((request.query as { appId?: unknown }).appId)),
      ],
      bodyLimit: METADATA_BODY_LIMIT,
      validatorCompiler: strictValidatorCompiler,
      schema: {
        operationId: 'createApplication',
        tags: STORAGE_TAGS,
        summary: "Stores an app's metadata (creates it, or replaces it keeping its created fields)",
        description:
          `${WRITE_RULE} id and org are taken from appId (org: lower-case letters and digits; app: also -), ` +
          'created/lastChanged are set by Storage, validFrom defaults to now and dataTypes to []. ' +
          '400 for a bad appId or a body that is not application metadata.',
        security: SECURITY,
        querystring: CreateQuery,
        body: ApplicationSchema,
        response: { 201: ApplicationSchema },
      },
    },
    async (request, reply) => {
      const created = await applications.createApplication(
        auth.principalOf(request),
        request.query.appId,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );
}
