import type { HttpApp } from '../../../core/http/index.ts';
import type { AppRegistry } from '../../runtime/index.ts';
import { AppStaticFiles } from './app-static-files.ts';
import type { MetadataRouteDeps } from './metadata-route-deps.ts';
import { registerApplicationMetadataRoute } from './routes/application-metadata-route.ts';
import { registerApplicationSettingsRoute } from './routes/application-settings-route.ts';
import { registerFooterRoute } from './routes/footer-route.ts';
import { registerLayoutRoutes } from './routes/layout-routes.ts';
import { registerLayoutSettingsRoutes } from './routes/layout-settings-routes.ts';
import { registerMetaFileRoutes } from './routes/meta-file-routes.ts';
import { registerModelSchemaRoutes } from './routes/model-schema-routes.ts';
import { registerOptionsRoute } from './routes/options-route.ts';
import { registerRuleFileRoutes } from './routes/rule-file-routes.ts';
import { registerTextsRoutes } from './routes/texts-routes.ts';
import { registerValidationConfigRoute } from './routes/validation-config-route.ts';

export { ALTINN_NUGET_VERSION, servedApplicationMetadata } from './served-application-metadata.ts';
export { FALLBACK_LANGUAGE, servedTexts } from './served-texts.ts';

/**
 * The App API's anonymous routes that answer from an installed app's static files, at `/{org}/{app}/api/…`
 * (every path has `api` as its third segment, so none can shadow a platform route).
 */
export function registerAppMetadataRoutes(app: HttpApp, deps: { readonly apps: AppRegistry }): void {
  const routeDeps: MetadataRouteDeps = { apps: deps.apps, files: new AppStaticFiles() };
  registerApplicationMetadataRoute(app, routeDeps);
  registerApplicationSettingsRoute(app, routeDeps);
  registerTextsRoutes(app, routeDeps);
  registerFooterRoute(app, routeDeps);
  registerLayoutRoutes(app, routeDeps);
  registerLayoutSettingsRoutes(app, routeDeps);
  registerRuleFileRoutes(app, routeDeps);
  registerModelSchemaRoutes(app, routeDeps);
  registerValidationConfigRoute(app, routeDeps);
  registerOptionsRoute(app, routeDeps);
  registerMetaFileRoutes(app, routeDeps);
}
