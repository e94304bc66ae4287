import { describe, expect, it } from 'vitest';
import { attachmentHeader, filenameOf, urlDecode } from './content-disposition.ts';

describe('Content-Disposition', () => {
  it('reads filename* before filename, and URL-decodes a plain filename as Altinn does', () => {
    expect(filenameOf(`attachment; filename="x.pdf"; filename*=UTF-8''%C3%A6%20%C3%B8.pdf`)).toBe('æ ø.pdf');
    expect(filenameOf(`attachment; filename*=iso-8859-1'no'%E6.pdf`)).toBe('æ.pdf');
    expect(filenameOf('attachment; filename="a \\"quoted\\" name.txt"')).toBe('a "quoted" name.txt');
    expect(filenameOf('attachment; filename=my%20file+1.txt')).toBe('my file 1.txt');
    expect(filenameOf(`attachment; filename*=UTF-8''%ZZ; filename=plain.txt`)).toBe('plain.txt');
    expect(filenameOf('form-data; name="file"')).toBeUndefined();
    expect(filenameOf('attachment; filename=""')).toBeUndefined();
    expect(filenameOf(undefined)).toBeUndefined();
  });

  it('keeps percent signs that start no valid sequence', () => {
    expect(urlDecode('100%.txt')).toBe('100%.txt');
    expect(urlDecode('%C3%A6 and 100%')).toBe('æ and 100%');
  });

  it('writes an ASCII fallback and the exact name for downloads', () => {
    expect(attachmentHeader('report.pdf')).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
    expect(attachmentHeader('ø "x".pdf')).toBe(
      `attachment; filename="_ _x_.pdf"; filename*=UTF-8''%C3%B8%20%22x%22.pdf`,
    );
    expect(attachmentHeader(undefined)).toBe('attachment');
  });
});
