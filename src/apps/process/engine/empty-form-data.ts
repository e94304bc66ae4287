import type { AppDataType } from '../../loader/index.ts';

const XML_NAMESPACES =
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"';

/**
 * The content of a new, empty form element: XML when the data type allows `application/xml` (as Altinn
 * stores form data), with the model class's name as the root element; JSON `{}` otherwise.
 */
export function emptyFormData(dataType: AppDataType): { contentType: string; body: string } {
  const types = dataType.allowedContentTypes ?? [];
  const json = types.length > 0 && types.every((type) => type.toLowerCase().includes('json'));
  if (json) return { contentType: 'application/json', body: '{}' };
  const classRef = dataType.appLogic?.classRef ?? dataType.id;
  const root = classRef.slice(classRef.lastIndexOf('.') + 1) || dataType.id;
  return {
    contentType: 'application/xml',
    body: `<?xml version="1.0" encoding="utf-8"?>\n<${root} ${XML_NAMESPACES} />`,
  };
}
