import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { DataElementService } from '../data-element-service.ts';
import type { DataUploadService } from '../data-upload-service.ts';

export interface DataRouteDeps {
  readonly auth: RequestAuthentication;
  readonly elements: DataElementService;
  readonly uploads: DataUploadService;
  /** PUBLIC_URL, when configured; self links otherwise use the request's host. */
  readonly publicUrl: string | undefined;
}
