import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import { registerProblemHandlers } from './problem.ts';

export type HttpApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface HttpAppOptions {
  readonly logLevel: string;
  readonly bodyLimitBytes?: number;
}

/** The Fastify instance with the plumbing every route shares: problem+json, cookies, forms, OpenAPI. */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    logger: { level: options.logLevel },
    bodyLimit: options.bodyLimitBytes ?? 10 * 1024 * 1024,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerProblemHandlers(app);
  // Altinn accepts `Content-Type: application/json` with an empty body where a body is optional; the
  // default parser (with its prototype-poisoning protection) handles every non-empty body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, body.toString(), done);
  });
  // XML bodies reach routes as text; each route parses the XML it expects.
  app.addContentTypeParser(
    /^(application|text)\/([a-z.+-]+\+)?xml\b/,
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tinn',
        description: 'Platform APIs, App API and Altinn 2 API of Tinn',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'AltinnStudioRuntime' },
        },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/swagger' });
  return app;
}
