import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML element with its namespace resolved and its prefix dropped. */
export interface XmlElement {
  readonly localName: string;
  /** Namespace URI, or undefined when the element is in no namespace. */
  readonly namespace: string | undefined;
  /** Attributes by their name as written, without `xmlns` declarations. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Concatenated text directly inside the element, trimmed. */
  readonly text: string;
}

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

const ATTRIBUTES_KEY = ':@';
const TEXT_KEY = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RawNode = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an XML document into an element tree. Rejects malformed XML and any DOCTYPE (policies never need
 * one, and refusing it rules out entity expansion attacks).
 */
export function parseXmlTree(xml: string): XmlElement {
  const source = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  if (source.trim() === '') throw new XmlSyntaxError('the document is empty');
  if (/<!DOCTYPE/i.test(source)) throw new XmlSyntaxError('DOCTYPE declarations are not allowed');
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new XmlSyntaxError(`malformed XML at line ${line}, column ${col}: ${msg}`, line, col);
  }
  const parsed: unknown = parser.parse(source);
  const roots = Array.isArray(parsed)
    ? parsed.filter((node) => isRecord(node) && elementName(node) !== undefined)
    : [];
  if (roots.length !== 1) throw new XmlSyntaxError('the document must have exactly one root element');
  return toElement(roots[0] as RawNode, new Map());
}

function elementName(node: RawNode): string | undefined {
  return Object.keys(node).find((key) => key !== ATTRIBUTES_KEY && key !== TEXT_KEY);
}

function toElement(node: RawNode, inheritedScope: ReadonlyMap<string, string>): XmlElement {
  const qualifiedName = elementName(node);
  if (qualifiedName === undefined) throw new XmlSyntaxError('expected an element');
  const rawAttributes = node[ATTRIBUTES_KEY];
  const scope = new Map(inheritedScope);
  const attributes = new Map<string, string>();
  if (isRecord(rawAttributes)) {
    for (const [name, value] of Object.entries(rawAttributes)) {
      const text = typeof value === 'string' ? value : String(value);
      if (name === 'xmlns') scope.set('', text);
      else if (name.startsWith('xmlns:')) scope.set(name.slice('xmlns:'.length), text);
      else attributes.set(name, text);
    }
  }
  const colon = qualifiedName.indexOf(':');
  const prefix = colon === -1 ? '' : qualifiedName.slice(0, colon);
  const localName = colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
  const namespace = scope.get(prefix);
  if (prefix !== '' && namespace === undefined) {
    throw new XmlSyntaxError(`element <${qualifiedName}> uses the undeclared namespace prefix "${prefix}"`);
  }

  const children: XmlElement[] = [];
  const texts: string[] = [];
  const content = node[qualifiedName];
  if (Array.isArray(content)) {
    for (const child of content) {
      if (!isRecord(child)) continue;
      if (TEXT_KEY in child) {
        const text = child[TEXT_KEY];
        texts.push(typeof text === 'string' ? text : String(text));
      } else if (elementName(child) !== undefined) {
        children.push(toElement(child, scope));
      }
    }
  }
  return { localName, namespace: namespace || undefined, attributes, children, text: texts.join('').trim() };
}
