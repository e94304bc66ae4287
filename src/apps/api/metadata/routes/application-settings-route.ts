import { Type } from 'typebox';
import type { HttpApp } from '../../../../core/http/index.ts';
import { AppParams, JSON_TYPE, NO_CACHE, TAGS } from '../app-params.ts';
import { frontendSettingsOf } from '../frontend-settings.ts';
import { installedApp } from '../installed-app.ts';
import type { MetadataRouteDeps } from '../metadata-route-deps.ts';

export function registerApplicationSettingsRoute(app: HttpApp, deps: MetadataRouteDeps): void {
  app.get(
    '/:org/:app/api/v1/applicationsettings',
    {
      schema: {
        operationId: 'getAppFrontendSettings',
        tags: TAGS,
        summary: "The app's front-end settings",
        description:
          'Anonymous. The `FrontEndSettings` section of `App/appsettings.json` with camel-cased keys, and ' +
          '`appOidcProvider` from `AppSettings` when set; `{}` when the app has none. What the ' +
          '`["frontendSettings", key]` expression reads.',
        params: AppParams,
        response: { 200: Type.Record(Type.String(), Type.String()) },
      },
    },
    async (request, reply) => {
      const loaded = installedApp(deps.apps, request.params.org, request.params.app);
      const settings = frontendSettingsOf(await deps.files.read(loaded, 'appsettings.json'));
      return reply.header('cache-control', NO_CACHE).type(JSON_TYPE).send(settings);
    },
  );
}
