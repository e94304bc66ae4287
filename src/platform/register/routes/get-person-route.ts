import { Type } from 'typebox';
import { badRequest } from '../../../core/errors.ts';
import type { HttpApp } from '../../../core/http/index.ts';
import { decodeHeaderValue } from './header-value.ts';
import { REGISTER_TAGS, type RegisterRouteDeps, SECURITY } from './route-deps.ts';
import { PersonSchema } from './schemas.ts';

const PersonHeaders = Type.Object({
  'x-ai-nationalidentitynumber': Type.String({ minLength: 1, maxLength: 100 }),
  'x-ai-lastname': Type.String({ minLength: 1, maxLength: 400 }),
});

export function registerGetPersonRoute(app: HttpApp, { auth, register }: RegisterRouteDeps): void {
  app.get(
    '/register/api/v1/persons',
    {
      onRequest: auth.required,
      schema: {
        operationId: 'getPerson',
        tags: REGISTER_TAGS,
        summary: 'A person by national identity number and last name',
        description:
          'Headers X-Ai-NationalIdentityNumber and X-Ai-LastName (UTF-8, optionally base64-encoded). Any ' +
          'caller at authentication level 2 or higher (403 below). The last name matches on its first four ' +
          'characters, ignoring case and diacritics except Å. A miss is 404 and counts against the caller; ' +
          'after two misses within an hour the caller gets 429.',
        security: SECURITY,
        headers: PersonHeaders,
        response: { 200: PersonSchema },
      },
    },
    async (request) => {
      const ssn = decodeHeaderValue(request.headers['x-ai-nationalidentitynumber']);
      const lastName = decodeHeaderValue(request.headers['x-ai-lastname']);
      if (!/^\d{11}$/.test(ssn)) {
        throw badRequest('invalid_national_identity_number', 'X-Ai-NationalIdentityNumber must be 11 digits');
      }
      return register.lookupPerson(auth.principalOf(request), ssn, lastName);
    },
  );
}
