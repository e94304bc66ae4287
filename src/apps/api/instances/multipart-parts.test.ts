import { describe, expect, it } from 'vitest';
import { multipartParts } from './multipart-parts.ts';

describe('multipartParts', () => {
  it('reads each part with its name, filename, content type and bytes', () => {
    const body = Buffer.from(
      '--b1\r\nContent-Disposition: form-data; name="instance"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n' +
        '--b1\r\nContent-Disposition: form-data; name="attachment"; filename="my file.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n\r\n' +
        '--b1--\r\n',
    );
    const parts = multipartParts(body, 'multipart/form-data; boundary="b1"');
    expect(parts.map((part) => [part.name, part.filename, part.contentType, part.data.toString()])).toEqual([
      ['instance', undefined, 'application/json', '{"a":1}'],
      ['attachment', 'my file.pdf', 'application/pdf', '%PDF\r\n'],
    ]);
  });

  it('refuses a body without its boundary', () => {
    expect(() => multipartParts(Buffer.from('nothing'), 'multipart/form-data; boundary=x')).toThrow();
    expect(() => multipartParts(Buffer.from('--x\r\n'), 'multipart/form-data')).toThrow();
  });
});
