import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { InstanceLockService } from '../instance-lock-service.ts';

export interface InstanceLockRouteDeps {
  readonly auth: RequestAuthentication;
  readonly locks: InstanceLockService;
}
