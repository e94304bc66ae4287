import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { badRequest } from '../../../core/errors.ts';

export interface MultipartPart {
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The part's bytes, streamed; ends at the part's closing delimiter. */
  readonly body: Readable;
}

const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

type State = 'preamble' | 'headers' | 'body' | 'done';

/** The boundary of a `multipart/*` content type; undefined for anything else. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^\s*multipart\//i.test(contentType)) return undefined;
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  return boundary !== undefined && boundary.length <= 70 ? boundary : undefined;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Passes through the body of the first part of a multipart stream and discards everything after it.
 * Only the few bytes that might start the closing delimiter are held back between chunks.
 */
class FirstPartExtractor extends Transform {
  private state: State = 'preamble';
  private held: Buffer = Buffer.alloc(0);
  private readonly opening: Buffer;
  private readonly delimiter: Buffer;
  headers: Record<string, string> | undefined;

  constructor(boundary: string) {
    super();
    this.opening = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.state === 'done') {
      callback();
      return;
    }
    const data = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    this.held = Buffer.alloc(0);
    try {
      this.consume(data);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private consume(data: Buffer): void {
    let rest = data;
    if (this.state === 'preamble') {
      const at = rest.indexOf(this.opening);
      const lineEnd = at < 0 ? -1 : rest.indexOf(CRLF, at + this.opening.length);
      if (lineEnd < 0) {
        if (rest.length > MAX_HEADER_BYTES)
          throw badRequest('malformed_multipart', 'No multipart boundary found');
        this.held = rest;
        return;
      }
      rest = rest.subarray(lineEnd + CRLF.length);
      this.state = 'headers';
    }
    if (this.state === 'headers') {
      const end = rest.indexOf(HEADER_END);
      // A part without headers starts its body right after the boundary line.
      const headerless = rest.subarray(0, 2).equals(CRLF);
      if (end < 0 && !headerless) {
        if (rest.length > MAX_HEADER_BYTES)
          throw badRequest('malformed_multipart', 'Multipart headers too long');
        this.held = rest;
        return;
      }
      this.headers = headerless ? {} : parseHeaders(rest.subarray(0, end).toString('latin1'));
      rest = rest.subarray(headerless ? CRLF.length : end + HEADER_END.length);
      this.state = 'body';
      this.emit('headers', this.headers);
    }
    if (this.state === 'body') {
      const end = rest.indexOf(this.delimiter);
      if (end >= 0) {
        if (end > 0) this.push(rest.subarray(0, end));
        this.state = 'done';
        this.push(null);
        return;
      }
      const keep = Math.min(rest.length, this.delimiter.length - 1);
      if (rest.length > keep) this.push(rest.subarray(0, rest.length - keep));
      this.held = Buffer.from(rest.subarray(rest.length - keep));
    }
  }

  override _flush(callback: TransformCallback): void {
    if (this.state === 'done') callback();
    else if (this.state === 'body') {
      callback(badRequest('malformed_multipart', 'The multipart body ended inside its first part'));
    } else callback(badRequest('malformed_multipart', 'The multipart body has no part'));
  }
}

/** Reads up to the first part's headers; its body follows as a stream. */
export function readFirstPart(source: Readable, boundary: string): Promise<MultipartPart> {
  const extractor = new FirstPartExtractor(boundary);
  source.on('error', (error) => extractor.destroy(error));
  // Whoever stops reading the part early stops the whole body with it.
  extractor.once('close', () => {
    if (!source.readableEnded) source.destroy();
  });
  source.pipe(extractor);
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    extractor.once('error', fail);
    extractor.once('headers', (headers: Record<string, string>) => {
      extractor.off('error', fail);
      // Until its reader attaches, an error (the client going away) must not go unhandled; the reader
      // still sees it, as the stream is destroyed.
      extractor.on('error', () => {});
      resolve({ headers, body: extractor });
    });
    extractor.once('end', () => reject(badRequest('malformed_multipart', 'The multipart body has no part')));
  });
}
