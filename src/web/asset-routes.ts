import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import type { HttpApp } from '../core/http/index.ts';

const require = createRequire(import.meta.url);

/** Stylesheets of Designsystemet, served from the installed packages so no page loads from another host. */
const ASSETS: Record<string, string> = {
  'components.css': require.resolve('@digdir/designsystemet-css'),
  'theme.css': require.resolve('@digdir/designsystemet-theme/altinn.css'),
};

export function registerAssetRoutes(app: HttpApp): void {
  app.get('/assets/designsystemet/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = ASSETS[(request.params as { file: string }).file];
    if (file === undefined) return reply.callNotFound();
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(createReadStream(file));
  });
}
