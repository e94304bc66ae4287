import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { MessageBoxService } from '../message-box-service.ts';

export interface MessageBoxRouteDeps {
  readonly auth: RequestAuthentication;
  readonly messageBox: MessageBoxService;
}
