import type { Readable } from 'node:stream';

/** Reads a stream as UTF-8 text; form data is small, so a cap protects memory rather than limits apps. */
export async function readText(stream: Readable, maxBytes = 32 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new Error(`form data larger than ${maxBytes} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
