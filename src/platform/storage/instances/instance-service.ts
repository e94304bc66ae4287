import { randomUUID } from 'node:crypto';
import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import type { RegisterService } from '../../register/index.ts';
import type { InstanceEventRepository } from '../events/instance-event-repository.ts';
import { isAppOwner, performedBy, platformUserOf } from './caller-identity.ts';
import type { Instance, InstanceEvent, InstanceStatus, ProcessState, StoredInstance } from './instance.ts';
import { withoutEmpty } from './instance.ts';
import type { InstanceAuthorizer } from './instance-authorizer.ts';
import { instanceResource } from './instance-authorizer.ts';
import { type InstanceOwnerInput, resolveInstanceOwner } from './instance-owner.ts';
import { type InstanceRepository, type StorageExecutor, storedPart } from './instance-repository.ts';
import { type ApplicationLookup, parseAppId, type StorageApplication } from './storage-application.ts';

/** What a caller may supply when creating an instance; everything else is set by Storage. */
export interface InstanceTemplate {
  readonly instanceOwner?: InstanceOwnerInput;
  readonly visibleAfter?: string;
  readonly dueBefore?: string;
  readonly status?: InstanceStatus;
  readonly process?: ProcessState;
  readonly dataValues?: Record<string, string>;
}

export interface InstanceServiceDeps {
  readonly instances: InstanceRepository;
  readonly events: InstanceEventRepository;
  readonly authorizer: InstanceAuthorizer;
  readonly applications: ApplicationLookup;
  readonly register: RegisterService;
  readonly now?: () => Date;
}

/** A change to one instance: the new document and the events it causes; undefined means "nothing to do". */
export type InstanceChange = (
  instance: Instance,
  now: string,
) => { readonly instance: Instance; readonly events: readonly InstanceEvent[] } | undefined;

const DEFAULT_STATUS: InstanceStatus = {
  isArchived: false,
  isSoftDeleted: false,
  isHardDeleted: false,
  readStatus: 'Unread',
};

/** The system of record for instances: create, read, delete, and the shared way every change is written. */
export class InstanceService {
  constructor(private readonly deps: InstanceServiceDeps) {}

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  /** An instance event about `instance`, recorded as done by `caller`. */
  event(
    caller: Principal,
    instance: Instance,
    eventType: string,
    created: string,
    dataId?: string,
  ): InstanceEvent {
    return withoutEmpty({
      id: randomUUID(),
      instanceId: instance.id,
      dataId,
      created,
      eventType,
      instanceOwnerPartyId: instance.instanceOwner.partyId,
      user: platformUserOf(caller),
      processInfo: instance.process,
    });
  }

  async application(appId: string): Promise<StorageApplication> {
    const parsed = parseAppId(appId);
    if (parsed === undefined) throw badRequest('invalid_app_id', `appId must be "org/app", got "${appId}"`);
    const application = await this.deps.applications(parsed.org, parsed.app);
    if (application === undefined) throw notFound('application_not_found', `No application ${appId}`);
    return application;
  }

  async create(caller: Principal, appId: string, template: InstanceTemplate): Promise<Instance> {
    const application = await this.application(appId);
    const { partyId, owner } = await resolveInstanceOwner(this.deps.register, template.instanceOwner);
    const [org = application.org, app = ''] = application.id.split('/');
    const mayInstantiate = await this.deps.authorizer.mayOn(caller, 'instantiate', { org, app, partyId });
    if (!mayInstantiate) throw forbidden(`The caller may not instantiate ${appId} for party ${partyId}`);

    const now = this.now();
    const instanceGuid = randomUUID();
    const stored: StoredInstance = withoutEmpty({
      instanceOwner: owner,
      appId: application.id,
      org: application.org,
      visibleAfter: template.visibleAfter ?? now,
      dueBefore: template.dueBefore,
      process: template.process,
      status: { ...DEFAULT_STATUS, ...template.status },
      dataValues: template.dataValues,
      created: now,
      createdBy: performedBy(caller),
      lastChanged: now,
      lastChangedBy: performedBy(caller),
    });
    const instance: Instance = { id: `${partyId}/${instanceGuid}`, ...stored, data: [] };
    await this.deps.instances.db.transaction().execute(async (trx) => {
      await this.deps.instances.insert(trx, instanceGuid, partyId, stored);
      await this.deps.events.insert(trx, this.event(caller, instance, 'Created', now));
    });
    return instance;
  }

  /** The instance as the caller may see it; 404 when it does not exist or is hidden from the caller. */
  async find(instanceGuid: string): Promise<Instance | undefined> {
    return (await this.deps.instances.findByGuid(this.deps.instances.db, instanceGuid))?.instance;
  }

  /** The instance for a caller allowed `action` on it; hard-deleted things stay hidden from all but the app owner. */
  async authorized(caller: Principal, instanceGuid: string, action = 'read'): Promise<Instance> {
    const instance = await this.find(instanceGuid);
    if (instance === undefined) throw notFound('instance_not_found', `No instance ${instanceGuid}`);
    const owner = isAppOwner(caller, instance.org);
    if (instance.status.isHardDeleted && !owner)
      throw notFound('instance_not_found', `No instance ${instanceGuid}`);
    await this.deps.authorizer.require(caller, action, instance);
    return owner
      ? instance
      : { ...instance, data: instance.data.filter((element) => !element.deleteStatus?.isHardDeleted) };
  }

  async get(caller: Principal, instanceGuid: string): Promise<Instance> {
    return this.authorized(caller, instanceGuid, 'read');
  }

  /**
   * Writes a change under a row lock, with its events, in one transaction. Authorization must be done
   * before: the PDP reads the database itself, and the embedded database has one connection.
   */
  async change(instanceGuid: string, apply: InstanceChange, executor?: StorageExecutor): Promise<Instance> {
    const run = async (trx: StorageExecutor) => {
      const current = await this.deps.instances.findByGuid(trx, instanceGuid, { forUpdate: true });
      if (current === undefined) throw notFound('instance_not_found', `No instance ${instanceGuid}`);
      const result = apply(current.instance, this.now());
      if (result === undefined) return current.instance;
      await this.deps.instances.update(trx, current.internalId, storedPart(result.instance));
      for (const event of result.events) await this.deps.events.insert(trx, event);
      return result.instance;
    };
    return executor ? run(executor) : this.deps.instances.db.transaction().execute(run);
  }

  async delete(caller: Principal, instanceGuid: string, hard: boolean): Promise<Instance> {
    const instance = await this.authorized(caller, instanceGuid, 'delete');
    await this.refuseWithinRetention(instance);
    return this.change(instanceGuid, (current, now) => {
      const status: InstanceStatus = hard
        ? {
            ...current.status,
            isSoftDeleted: true,
            softDeleted: current.status.softDeleted ?? now,
            isHardDeleted: true,
            hardDeleted: now,
          }
        : { ...current.status, isSoftDeleted: true, softDeleted: now };
      const changed = { ...current, status, lastChanged: now, lastChangedBy: performedBy(caller) };
      return { instance: changed, events: [this.event(caller, changed, 'Deleted', now)] };
    });
  }

  private async refuseWithinRetention(instance: Instance): Promise<void> {
    const application = await this.deps.applications(...(instance.appId.split('/') as [string, string]));
    const days = application?.preventInstanceDeletionForDays;
    if (days === undefined || days <= 0 || instance.status.archived === undefined) return;
    const allowedFrom = new Date(instance.status.archived).getTime() + days * 24 * 60 * 60 * 1000;
    if (Date.now() < allowedFrom) {
      throw forbidden('Instance cannot be deleted yet due to application restrictions.');
    }
  }

  resource(instance: Instance) {
    return instanceResource(instance);
  }
}
