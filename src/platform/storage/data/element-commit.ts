import type { DataElement, Instance, InstanceEvent } from '../instances/instance.ts';
import type { StorageExecutor } from '../instances/instance-repository.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import type { BlobStaging, BlobTarget } from './blob-staging.ts';
import type { DataDb, DataElementRepository, DataExecutor } from './data-element-repository.ts';

/** What one change does to an instance and its data element rows, decided on the row-locked instance. */
export interface ElementPlan {
  readonly instance: Instance;
  readonly events: readonly InstanceEvent[];
  readonly insert?: readonly DataElement[];
  readonly update?: readonly DataElement[];
  /** Rows to delete; their blobs are removed after the commit. */
  readonly remove?: readonly DataElement[];
  /** Blobs the committed rows no longer point to (the old content of an overwrite). */
  readonly replaced?: readonly BlobTarget[];
}

export type ElementPlanner = (current: Instance, now: string) => ElementPlan;

export interface ElementCommitDeps {
  readonly db: DataDb;
  readonly instances: InstanceService;
  readonly elements: DataElementRepository;
  readonly staging: BlobStaging;
}

export function blobTargetOf(element: DataElement): BlobTarget | undefined {
  if (element.blobStoragePath === undefined) return undefined;
  return { blobKey: element.blobStoragePath, instanceGuid: element.instanceGuid, dataGuid: element.id };
}

/** The data tables extend the instance tables, so a transaction over them serves InstanceService too. */
function asStorage(trx: DataExecutor): StorageExecutor {
  return trx as unknown as StorageExecutor;
}

/**
 * Commits a data change in one transaction: the instance document and its events (through
 * InstanceService.change, under the instance's row lock), the element rows, the hand-over of freshly
 * written blobs from their pending rows, and pending rows for blobs let go of. Those blobs are removed
 * after the commit; uploads of a commit that fails are removed at once.
 */
export class ElementCommit {
  constructor(private readonly deps: ElementCommitDeps) {}

  async run(
    instanceGuid: string,
    planner: ElementPlanner,
    uploads: readonly string[] = [],
  ): Promise<ElementPlan> {
    const { db, instances, elements, staging } = this.deps;
    let plan: ElementPlan | undefined;
    const released: BlobTarget[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        await instances.change(
          instanceGuid,
          (current, now) => {
            plan = planner(current, now);
            return { instance: plan.instance, events: plan.events };
          },
          asStorage(trx),
        );
        const decided = plan!;
        for (const element of decided.insert ?? []) await elements.insert(trx, element);
        for (const element of decided.update ?? []) await elements.update(trx, element);
        for (const element of decided.remove ?? []) {
          await elements.delete(trx, element.id);
          const target = blobTargetOf(element);
          if (target !== undefined) {
            await staging.release(trx, target, 'deleted');
            released.push(target);
          }
        }
        for (const target of decided.replaced ?? []) {
          await staging.release(trx, target, 'replaced');
          released.push(target);
        }
        for (const blobKey of uploads) await staging.commit(trx, blobKey);
      });
    } catch (error) {
      for (const blobKey of uploads) await staging.discard(blobKey);
      throw error;
    }
    for (const target of released) await staging.discard(target.blobKey);
    return plan!;
  }
}
