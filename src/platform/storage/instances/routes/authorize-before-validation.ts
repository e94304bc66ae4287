import type { HttpApp } from '../../../../core/http/index.ts';
import type { InstanceService } from '../instance-service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * As in Altinn, a caller without rights to an instance is refused (403/404) before its request body is
 * validated, so validation messages never tell a stranger anything. Routes about an instance registered
 * after this call keep their validation error until the caller is known to be allowed to read the
 * instance; the extra authorization runs only for requests that fail validation.
 */
export function authorizeBeforeValidation(app: HttpApp, instances: InstanceService): void {
  app.addHook('onRoute', (route) => {
    if (route.url.includes(':instanceGuid') && route.schema !== undefined) route.attachValidation = true;
  });
  app.addHook('preHandler', async (request) => {
    const error = request.validationError;
    if (error === undefined) return;
    const guid = (request.params as { instanceGuid?: unknown } | undefined)?.instanceGuid;
    if (request.principal !== undefined && typeof guid === 'string' && UUID.test(guid)) {
      await instances.authorized(request.principal, guid, 'read');
    }
    throw error;
  });
}
