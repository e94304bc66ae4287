import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { payloadTooLarge, uploadAborted } from '../data-errors.ts';

/**
 * In the scope it is called on, every request body reaches the handler as the unread request stream,
 * whatever its content type. A declared length over the route's `bodyLimit` is refused (413) before a
 * byte is read; the length is enforced again while streaming. Authentication (onRequest) runs first.
 */
export function acceptRawBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (request: FastifyRequest, payload: IncomingMessage, done) => {
    const limit = request.routeOptions.bodyLimit;
    const declared = Number(request.headers['content-length']);
    if (limit !== undefined && Number.isFinite(declared) && declared > limit) {
      done(payloadTooLarge(limit), undefined);
      return;
    }
    done(null, payload);
  });
}

/** Unread bytes of a refused upload that are read and dropped, so the client sees the answer, before closing. */
const DRAIN_BUDGET_BYTES = 16 * 1024 * 1024;

/**
 * Reads and drops the rest of a body nobody wants. Past a budget the connection is closed once the answer
 * has gone out: a client is not made to send gigabytes that will be thrown away.
 */
function discardRest(raw: IncomingMessage, response: ServerResponse): void {
  let drained = 0;
  const close = () => raw.socket?.destroy();
  raw.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained <= DRAIN_BUDGET_BYTES) return;
    raw.pause();
    if (response.writableFinished) close();
    else response.once('finish', close);
  });
  raw.resume();
}

/**
 * The request body as a stream the upload may stop reading (on a size limit or a storage failure) without
 * destroying the request, so the answer still reaches the client. A client that goes away mid-body ends
 * the stream with an error.
 */
export function uploadBody(request: FastifyRequest, reply: FastifyReply): Readable {
  const raw = request.raw;
  const body = new PassThrough();
  // Whatever path answered before the body was read (a refusal, an error), the rest is not wanted.
  reply.raw.once('finish', () => {
    if (!raw.complete) body.destroy();
  });
  // The reader attaches later (after authorization and a database write); an abort before then must not
  // go unhandled. The reader still sees it, as the stream is destroyed.
  body.on('error', () => {});
  raw.pipe(body);
  raw.once('error', (error) => body.destroy(error));
  raw.once('close', () => {
    if (!raw.complete) body.destroy(uploadAborted());
  });
  body.once('close', () => {
    if (!raw.complete && !raw.destroyed) {
      raw.unpipe(body);
      discardRest(raw, reply.raw);
    }
  });
  return body;
}
