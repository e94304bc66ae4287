import type { Kysely } from 'kysely';
import type { HttpApp } from '../../../core/http/index.ts';
import type { RequestAuthentication } from '../../authentication/index.ts';
import { InstanceEventRepository } from '../events/instance-event-repository.ts';
import { InstanceEventService } from '../events/instance-event-service.ts';
import { registerInstanceEventRoutes } from '../events/routes/index.ts';
import { InstanceLockRepository } from '../lock/instance-lock-repository.ts';
import { InstanceLockService } from '../lock/instance-lock-service.ts';
import type { InstanceLockTables } from '../lock/lock-tables.ts';
import { registerInstanceLockRoutes } from '../lock/routes/index.ts';
import { ProcessService, type ProcessServiceDeps } from '../process/process-service.ts';
import { registerProcessRoutes } from '../process/routes/index.ts';
import type { StorageTables } from '../storage-tables.ts';
import type { InstanceAuthorizer } from './instance-authorizer.ts';
import { InstanceMutations } from './instance-mutations.ts';
import type { InstanceService } from './instance-service.ts';
import { registerInstanceMutationRoutes } from './routes/instance-mutation-routes.ts';

export interface InstanceOperationsDeps extends Pick<ProcessServiceDeps, 'deletedContent' | 'onError'> {
  readonly db: Kysely<unknown>;
  readonly instances: InstanceService;
  readonly authorizer: InstanceAuthorizer;
}

/** The services behind the instance's sub-resources: small changes, process, events, lock. */
export interface InstanceOperations {
  readonly mutations: InstanceMutations;
  readonly processes: ProcessService;
  readonly instanceEvents: InstanceEventService;
  readonly locks: InstanceLockService;
}

export function buildInstanceOperations(deps: InstanceOperationsDeps): InstanceOperations {
  const db = deps.db as Kysely<StorageTables>;
  const events = new InstanceEventRepository();
  const { instances, authorizer } = deps;
  return {
    mutations: new InstanceMutations({ instances, authorizer }),
    processes: new ProcessService({
      db,
      instances,
      authorizer,
      events,
      deletedContent: deps.deletedContent,
      onError: deps.onError,
    }),
    instanceEvents: new InstanceEventService({ db, instances, events }),
    locks: new InstanceLockService({
      instances,
      authorizer,
      locks: new InstanceLockRepository(deps.db as Kysely<InstanceLockTables>),
    }),
  };
}

export function registerInstanceOperationRoutes(
  app: HttpApp,
  deps: InstanceOperations & { readonly auth: RequestAuthentication; readonly publicUrl: string | undefined },
): void {
  registerInstanceMutationRoutes(app, deps);
  registerProcessRoutes(app, deps);
  registerInstanceEventRoutes(app, deps);
  registerInstanceLockRoutes(app, deps);
}
