const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const PRINTABLE = /^[^\p{C}]+$/u;

/**
 * A header that may carry its UTF-8 value base64-encoded (so non-ASCII names survive): decoded when it
 * is well-formed base64 of printable UTF-8 text, else taken as it is.
 */
export function decodeHeaderValue(raw: string): string {
  const value = raw.trim();
  if (value === '' || !BASE64.test(value)) return value;
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'base64'));
    return PRINTABLE.test(decoded) ? decoded : value;
  } catch {
    return value;
  }
}
