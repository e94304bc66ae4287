import type { DataElement, Instance } from './instance.ts';

const STORAGE_PATH = '/storage/api/v1/instances';

export function dataElementWithLinks(element: DataElement, instanceId: string, baseUrl: string): DataElement {
  return {
    ...element,
    selfLinks: { platform: `${baseUrl}${STORAGE_PATH}/${instanceId}/data/${element.id}` },
  };
}

/** The instance as Storage answers it: with platform self links on it and on each data element. */
export function instanceWithLinks(instance: Instance, baseUrl: string): Instance {
  return {
    ...instance,
    selfLinks: { platform: `${baseUrl}${STORAGE_PATH}/${instance.id}` },
    data: instance.data.map((element) => dataElementWithLinks(element, instance.id, baseUrl)),
  };
}
