import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: true,
  numberParseOptions: { leadingZeros: false, hex: false },
  ignoreDeclaration: true,
});

/**
 * A form data element's content as a plain object: JSON as it is; XML as the children of its root element
 * (the paths of `["dataModel", …]` start below the root, as in Altinn). A first version: values are typed by
 * their text (numbers and booleans), not by the app's model.
 */
export function parseFormData(contentType: string | undefined, text: string): unknown {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return JSON.parse(text);
  const document: unknown = xml.parse(text);
  if (typeof document !== 'object' || document === null) return {};
  const root = Object.values(document as Record<string, unknown>)[0];
  return typeof root === 'object' && root !== null ? root : {};
}
