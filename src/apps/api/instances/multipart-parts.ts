import { badRequest } from '../../../core/errors.ts';

export interface MultipartPart {
  readonly name?: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly data: Buffer;
}

const CRLF = Buffer.from('\r\n');

function boundaryOf(contentType: string): Buffer {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (boundary === undefined) throw badRequest('invalid_multipart', 'The multipart body has no boundary');
  return Buffer.from(`--${boundary}`);
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;]*))`, 'i').exec(header);
  const value = match?.[1] ?? match?.[2]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function partOf(headerText: string, data: Buffer): MultipartPart {
  let disposition = '';
  let contentType: string | undefined;
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-disposition') disposition = value;
    if (key === 'content-type') contentType = value;
  }
  const name = parameter(disposition, 'name');
  const filename = parameter(disposition, 'filename');
  return {
    ...(name === undefined ? {} : { name }),
    ...(filename === undefined ? {} : { filename }),
    ...(contentType === undefined ? {} : { contentType }),
    data,
  };
}

/** The parts of a buffered `multipart/form-data` body (instantiation bodies are small); 400 when malformed. */
export function multipartParts(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = boundaryOf(contentType);
  const delimiter = Buffer.concat([CRLF, boundary]);
  const malformed = () => badRequest('invalid_multipart', 'The multipart body is malformed');
  let position = body.indexOf(boundary);
  if (position < 0) throw malformed();
  const parts: MultipartPart[] = [];
  for (;;) {
    position += boundary.length;
    if (body.subarray(position, position + 2).toString() === '--') return parts;
    if (body.subarray(position, position + 2).equals(CRLF)) position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw malformed();
    const next = body.indexOf(delimiter, headerEnd + 4);
    if (next < 0) throw malformed();
    parts.push(
      partOf(body.subarray(position, headerEnd).toString('utf8'), body.subarray(headerEnd + 4, next)),
    );
    position = next + CRLF.length;
  }
}
