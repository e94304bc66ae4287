/** Content-Disposition: reading the filename of an upload, writing the header of a download. */

interface Parameter {
  readonly name: string;
  readonly value: string;
}

function parameters(header: string): Parameter[] {
  const result: Parameter[] = [];
  const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const match of header.matchAll(pattern)) {
    const quoted = match[2];
    const value = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (match[3] ?? '').trim();
    result.push({ name: (match[1] ?? '').toLowerCase(), value });
  }
  return result;
}

/** RFC 5987 `charset'language'percent-encoded`; undefined when malformed or not UTF-8/ISO-8859-1. */
function extendedValue(value: string): string | undefined {
  const match = /^([A-Za-z0-9!#$&+^`{}~-]+)'[^']*'(.*)$/.exec(value);
  if (!match) return undefined;
  const charset = (match[1] ?? '').toLowerCase();
  const encoded = match[2] ?? '';
  try {
    if (charset === 'utf-8') return decodeURIComponent(encoded);
    if (charset === 'iso-8859-1') {
      return encoded.replace(/%([0-9A-Fa-f]{2})/g, (_all, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** URL decoding as Altinn applies it to file names: `+` is a space, `%xx` sequences are UTF-8, bad ones stay. */
export function urlDecode(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * The file name of an upload: `filename*` (RFC 5987) when present and valid, else `filename`, URL-decoded
 * as Altinn does. Undefined when the header names no file.
 */
export function filenameOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const found = parameters(header);
  const extended = found.find((parameter) => parameter.name === 'filename*');
  const decoded = extended === undefined ? undefined : extendedValue(extended.value);
  if (decoded !== undefined && decoded !== '') return decoded;
  const plain = found.find((parameter) => parameter.name === 'filename')?.value;
  return plain === undefined || plain === '' ? undefined : urlDecode(plain);
}

/** The `name` parameter (multipart parts). */
export function dispositionName(header: string | undefined): string | undefined {
  return header === undefined
    ? undefined
    : parameters(header).find((parameter) => parameter.name === 'name')?.value;
}

function encodeExtended(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII fallback and the exact name. */
export function attachmentHeader(filename: string | undefined): string {
  if (filename === undefined || filename === '') return 'attachment';
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtended(filename)}`;
}
