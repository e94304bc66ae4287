import type { FastifyRequest } from 'fastify';

/** The base URL clients reach this platform at: PUBLIC_URL when configured, else the request's own host. */
export function publicBaseUrl(request: FastifyRequest, configured: string | undefined): string {
  return configured ?? `${request.protocol}://${request.host}`;
}
