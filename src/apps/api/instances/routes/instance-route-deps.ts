import type { RequestAuthentication } from '../../../../platform/authentication/index.ts';
import type { AppRegistry } from '../../../runtime/index.ts';
import type { AppInstanceService } from '../app-instance-service.ts';

export interface AppInstanceRouteDeps {
  readonly auth: RequestAuthentication;
  readonly apps: AppRegistry;
  readonly instances: AppInstanceService;
  /** PUBLIC_URL, when configured; self links otherwise use the request's host. */
  readonly publicUrl: string | undefined;
}
