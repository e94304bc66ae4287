import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { multipartBoundary, readFirstPart } from './multipart-first-part.ts';

const BOUNDARY = 'b0undary';

function body(first: string): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n` +
      `${first}\r\n--${BOUNDARY}\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--${BOUNDARY}--\r\n`,
  );
}

async function firstPart(chunks: Buffer[]) {
  const part = await readFirstPart(Readable.from(chunks), BOUNDARY);
  const received: Buffer[] = [];
  for await (const chunk of part.body) received.push(chunk as Buffer);
  return { headers: part.headers, content: Buffer.concat(received).toString() };
}

describe('the first part of a multipart body', () => {
  it('is found whatever way the bytes are cut into chunks', async () => {
    const content = 'line one\r\n--b0undar almost\r\nline two';
    const whole = body(content);
    for (let cut = 1; cut < whole.length; cut += 1) {
      const result = await firstPart([whole.subarray(0, cut), whole.subarray(cut)]);
      expect(result.content, `cut at ${cut}`).toBe(content);
      expect(result.headers['content-type']).toBe('text/plain');
    }
    const bytes = [...whole].map((byte) => Buffer.from([byte]));
    expect((await firstPart(bytes)).content).toBe(content);
  });

  it('may be empty, and may have no headers', async () => {
    expect((await firstPart([body('')])).content).toBe('');
    const headerless = Buffer.from(`--${BOUNDARY}\r\n\r\nraw\r\n--${BOUNDARY}--\r\n`);
    expect(await firstPart([headerless])).toEqual({ headers: {}, content: 'raw' });
  });

  it('is refused when the body ends inside it or has no boundary', async () => {
    await expect(firstPart([Buffer.from(`--${BOUNDARY}\r\n\r\ncut off`)])).rejects.toThrow(/ended inside/);
    await expect(firstPart([Buffer.from('no multipart here')])).rejects.toThrow(/no part/);
  });

  it('takes its boundary from the content type', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('Multipart/Mixed; charset=x; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('text/plain; boundary=abc')).toBeUndefined();
    expect(multipartBoundary('multipart/form-data')).toBeUndefined();
  });
});
