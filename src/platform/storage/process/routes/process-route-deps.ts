import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { ProcessService } from '../process-service.ts';

export interface ProcessRouteDeps {
  readonly auth: RequestAuthentication;
  readonly processes: ProcessService;
  /** PUBLIC_URL, when configured; self links otherwise use the request's host. */
  readonly publicUrl: string | undefined;
}
