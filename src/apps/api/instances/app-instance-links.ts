import type { Instance } from '../../../platform/storage/index.ts';

/** The instance as the App API answers it: self links to the app and to Storage, on it and its elements. */
export function withAppLinks(instance: Instance, baseUrl: string): Instance {
  const apps = `${baseUrl}/${instance.appId}/instances/${instance.id}`;
  const platform = `${baseUrl}/storage/api/v1/instances/${instance.id}`;
  return {
    ...instance,
    selfLinks: { apps, platform },
    data: instance.data.map((element) => ({
      ...element,
      selfLinks: { apps: `${apps}/data/${element.id}`, platform: `${platform}/data/${element.id}` },
    })),
  };
}
