import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element of an XML document, named by its local name so that any namespace prefix (or none) matches. */
export interface XmlNode {
  readonly localName: string;
  /** Attributes by their local name; `xmlns` declarations are left out. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
  /** The element's own text and CDATA, not trimmed. */
  readonly text: string;
}

export class XmlReadError extends Error {
  override readonly name = 'XmlReadError';
}

const ATTRIBUTES = ':@';
const TEXT = '#text';
const CDATA = '#cdata';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
});

type RawNode = Record<string, unknown>;

const isRawNode = (value: unknown): value is RawNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const localNameOf = (qualifiedName: string): string => qualifiedName.slice(qualifiedName.indexOf(':') + 1);

/** Reads a document into its root element; throws `XmlReadError` for malformed XML or a DOCTYPE. */
export function readXmlTree(xml: string): XmlNode {
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (source.trim() === '') throw new XmlReadError('the document is empty');
  // Process files never need a DOCTYPE; refusing it rules out entity expansion.
  if (/<!DOCTYPE/i.test(source)) throw new XmlReadError('DOCTYPE declarations are not allowed');
  const validation = XMLValidator.validate(source);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new XmlReadError(`malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  const parsed: unknown = parser.parse(source);
  const roots = Array.isArray(parsed)
    ? parsed.filter(isRawNode).filter((node) => tagOf(node) !== undefined)
    : [];
  const [root] = roots;
  if (root === undefined || roots.length !== 1) {
    throw new XmlReadError('the document must have exactly one root element');
  }
  return toNode(root);
}

function tagOf(node: RawNode): string | undefined {
  return Object.keys(node).find((key) => key !== ATTRIBUTES && key !== TEXT && key !== CDATA);
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content
    .filter(isRawNode)
    .map((part) => (typeof part[TEXT] === 'string' ? part[TEXT] : String(part[TEXT] ?? '')))
    .join('');
}

function toNode(raw: RawNode): XmlNode {
  const tag = tagOf(raw) ?? '';
  const attributes = new Map<string, string>();
  const rawAttributes = raw[ATTRIBUTES];
  if (isRawNode(rawAttributes)) {
    for (const [name, value] of Object.entries(rawAttributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      attributes.set(localNameOf(name), String(value));
    }
  }
  const children: XmlNode[] = [];
  let text = '';
  const content = raw[tag];
  for (const child of Array.isArray(content) ? content.filter(isRawNode) : []) {
    if (TEXT in child) text += String(child[TEXT]);
    else if (CDATA in child) text += textOf(child[CDATA]);
    else if (tagOf(child) !== undefined) children.push(toNode(child));
  }
  return { localName: localNameOf(tag), attributes, children, text };
}

export const childrenNamed = (node: XmlNode, localName: string): XmlNode[] =>
  node.children.filter((child) => child.localName === localName);

export const firstChild = (node: XmlNode | undefined, localName: string): XmlNode | undefined =>
  node?.children.find((child) => child.localName === localName);

/** The trimmed text of the first child with that name, or undefined when absent or blank. */
export function childText(node: XmlNode | undefined, localName: string): string | undefined {
  const text = firstChild(node, localName)?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** The trimmed attribute value, or undefined when absent or blank. */
export function attributeOf(node: XmlNode, localName: string): string | undefined {
  const value = node.attributes.get(localName)?.trim();
  return value === undefined || value === '' ? undefined : value;
}
