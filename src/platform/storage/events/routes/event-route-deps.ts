import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { InstanceEventService } from '../instance-event-service.ts';

export interface InstanceEventRouteDeps {
  readonly auth: RequestAuthentication;
  readonly instanceEvents: InstanceEventService;
}
