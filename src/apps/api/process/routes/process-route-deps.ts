import type { RequestAuthentication } from '../../../../platform/authentication/index.ts';
import type { AppRegistry } from '../../../runtime/index.ts';
import type { AppProcessService } from '../app-process-service.ts';

export interface AppProcessRouteDeps {
  readonly auth: RequestAuthentication;
  readonly apps: AppRegistry;
  readonly processes: AppProcessService;
}
