import { PolicyParseError } from './errors.ts';
import type { XmlElement } from './xml-tree.ts';

export function childrenNamed(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName);
}

export function optionalChild(element: XmlElement, localName: string, where: string): XmlElement | undefined {
  const found = childrenNamed(element, localName);
  if (found.length > 1) throw new PolicyParseError(`${where} has more than one <${localName}>`);
  return found[0];
}

export function requiredChild(element: XmlElement, localName: string, where: string): XmlElement {
  const found = optionalChild(element, localName, where);
  if (found === undefined) throw new PolicyParseError(`${where} has no <${localName}>`);
  return found;
}

export function requiredAttribute(element: XmlElement, name: string, where: string): string {
  const value = element.attributes.get(name)?.trim();
  if (value === undefined || value === '') {
    throw new PolicyParseError(`${where}: <${element.localName}> is missing the ${name} attribute`);
  }
  return value;
}

export function optionalAttribute(element: XmlElement, name: string): string | undefined {
  const value = element.attributes.get(name)?.trim();
  return value === '' ? undefined : value;
}

export function booleanAttribute(element: XmlElement, name: string, where: string): boolean {
  const value = optionalAttribute(element, name);
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new PolicyParseError(`${where}: ${name}="${value}" is not a boolean`);
}
