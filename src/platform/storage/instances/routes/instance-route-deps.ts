import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { InstanceService } from '../instance-service.ts';

export interface InstanceRouteDeps {
  readonly auth: RequestAuthentication;
  readonly instances: InstanceService;
  /** PUBLIC_URL, when configured; self links otherwise use the request's host. */
  readonly publicUrl: string | undefined;
}
