import { Type } from 'typebox';
import type { HttpApp } from '../../../core/http/index.ts';
import type { RequestAuthentication } from '../../authentication/index.ts';
import type { SignRequest } from './sign-document.ts';
import type { SigningService } from './signing-service.ts';

export interface SignRouteDeps {
  readonly auth: RequestAuthentication;
  readonly signing: SigningService;
}

const SIGNED = 'SignDocument is created';

const Id = Type.Optional(Type.Union([Type.String(), Type.Null()]));

const SignRequestSchema = Type.Object(
  {
    signatureDocumentDataType: Type.String({ minLength: 1 }),
    generatedFromTask: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    dataElementSignatures: Type.Array(
      Type.Object(
        { dataElementId: Type.String({ format: 'uuid' }), signed: Type.Optional(Type.Boolean()) },
        { additionalProperties: true },
      ),
    ),
    signee: Type.Optional(
      Type.Object(
        { userId: Id, systemUserId: Id, personNumber: Id, organisationNumber: Id },
        { additionalProperties: true },
      ),
    ),
  },
  { additionalProperties: true },
);

export function registerSignRoute(app: HttpApp, deps: SignRouteDeps): void {
  app.post(
    '/storage/api/v1/instances/:instanceOwnerPartyId/:instanceGuid/sign',
    {
      onRequest: deps.auth.required,
      schema: {
        operationId: 'signDataElements',
        tags: ['storage'],
        summary: 'Signs data elements: stores a signature document over their exact bytes',
        description:
          'The caller needs `sign` on the instance (PDP). Each listed element’s stored bytes are hashed (SHA-256, ' +
          'lower-case hex; 404 when an element or its content is missing). An earlier signature document of the ' +
          'same signee is replaced; the new one is a locked element of `signatureDocumentDataType` (405 when the ' +
          'app has no such type or it belongs to another task), `application/json`, named `{dataType}.json`. ' +
          '400 when the signee has neither `userId` nor `systemUserId`. Event `Signed`.',
        params: Type.Object({
          instanceOwnerPartyId: Type.Integer({ minimum: 1 }),
          instanceGuid: Type.String({ format: 'uuid' }),
        }),
        body: SignRequestSchema,
        response: { 201: Type.String() },
      },
    },
    async (request, reply) => {
      await deps.signing.sign(
        deps.auth.principalOf(request),
        request.params.instanceGuid,
        request.body as SignRequest,
      );
      // Altinn answers the message as a JSON string.
      return reply.status(201).type('application/json; charset=utf-8').send(JSON.stringify(SIGNED));
    },
  );
}
