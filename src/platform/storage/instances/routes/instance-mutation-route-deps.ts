import type { RequestAuthentication } from '../../../authentication/index.ts';
import type { InstanceMutations } from '../instance-mutations.ts';

export interface InstanceMutationRouteDeps {
  readonly auth: RequestAuthentication;
  readonly mutations: InstanceMutations;
  /** PUBLIC_URL, when configured; self links otherwise use the request's host. */
  readonly publicUrl: string | undefined;
}
