import { forbidden, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../authorization/index.ts';
import type { InstanceEventRepository } from '../events/instance-event-repository.ts';
import { isAppOwner, performedBy } from '../instances/caller-identity.ts';
import type { Instance, InstanceStatus } from '../instances/instance.ts';
import type { StorageDb } from '../instances/instance-repository.ts';
import type { InstanceService } from '../instances/instance-service.ts';
import { isHiddenInMessageBox, withoutDueDateWhenDone } from './hidden-instances.ts';
import { AppContexts, type MessageBoxApplications } from './message-box-applications.ts';
import { decideRights } from './message-box-authorization.ts';
import { toMessageBoxInstance } from './message-box-mapping.ts';
import type {
  MessageBoxInstance,
  MessageBoxQuery,
  MessageBoxRights,
  SblInstanceEvent,
} from './message-box-model.ts';
import { MessageBoxRepository } from './message-box-repository.ts';
import { messageBoxLanguage, withTexts } from './message-box-texts.ts';
import { planSearch } from './plan-search.ts';
import { type ReporteeSource, representedParties } from './represented-parties.ts';
import { messageBoxHistory, SBL_EVENT_TYPES, toSblInstanceEvent } from './sbl-events.ts';

export interface MessageBoxServiceDeps {
  readonly db: StorageDb;
  readonly instances: InstanceService;
  readonly events: InstanceEventRepository;
  readonly pep: PolicyEnforcementPoint;
  readonly applications: MessageBoxApplications;
  readonly reportees: ReporteeSource;
  readonly now?: () => Date;
}

const hardDeleted = () =>
  notFound('instance_hard_deleted', 'Instance was permanently deleted and cannot be restored.');

/**
 * The Altinn 2 message box's view of Storage (`/sbl/instances`): search, one instance, its history,
 * delete and restore. Every answer is filtered through the PDP for the caller.
 */
export class MessageBoxService {
  private readonly repository: MessageBoxRepository;

  constructor(private readonly deps: MessageBoxServiceDeps) {
    this.repository = new MessageBoxRepository(deps.db);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /**
   * Instances of the listed parties the caller may read. Only end users search; parties they may not act
   * for (not in their reportee list) are left out of the search, so nothing of them is read or counted.
   */
  async search(caller: Principal, query: MessageBoxQuery): Promise<MessageBoxInstance[]> {
    if (!('userId' in caller)) throw forbidden('The message box search is for end users');
    const apps = new AppContexts(this.deps.applications);
    const plan = await planSearch({
      query,
      represented: await representedParties(this.deps.reportees, caller.userId),
      appIdsWithTitleContaining: (text) => this.deps.applications.appIdsWithTitleContaining(text),
    });
    if (plan === undefined) return [];
    const found = await this.repository.search(plan);
    const now = this.now();
    const shown: Instance[] = [];
    for (const instance of found) {
      const application = await apps.application(instance.appId);
      const hide = application?.messageBoxConfig?.hideSettings;
      if (!isHiddenInMessageBox(instance, hide, now)) shown.push(withoutDueDateWhenDone(instance));
    }
    const rights = await decideRights(this.deps.pep, caller, shown);
    const readable = shown.flatMap((instance, index) => {
      const granted = rights[index];
      return granted?.read ? [{ instance, granted }] : [];
    });
    return this.withTexts(caller, apps, readable, messageBoxLanguage(query.language));
  }

  /** One instance; 404 when there is none (or it is hard deleted), 403 when the caller may not read it. */
  async get(
    caller: Principal,
    instanceGuid: string,
    language: string | undefined,
  ): Promise<MessageBoxInstance> {
    const instance = await this.visible(caller, instanceGuid);
    const apps = new AppContexts(this.deps.applications);
    const application = await apps.application(instance.appId);
    const mayCopy =
      instance.status.isArchived === true && application?.copyInstanceSettings?.enabled === true;
    const [granted] = await decideRights(this.deps.pep, caller, [instance], () => mayCopy);
    if (granted === undefined || !granted.read)
      throw forbidden(`The caller may not read instance ${instance.id}`);
    const [answer] = await this.withTexts(
      caller,
      apps,
      [{ instance, granted }],
      messageBoxLanguage(language),
    );
    return answer!;
  }

  /** The instance's history as the message box shows it; the caller needs `read`. */
  async events(caller: Principal, instanceGuid: string): Promise<SblInstanceEvent[]> {
    await this.deps.instances.authorized(caller, instanceGuid, 'read');
    const events = await this.deps.events.list(this.deps.db, instanceGuid, { eventTypes: SBL_EVENT_TYPES });
    return messageBoxHistory(events).map(toSblInstanceEvent);
  }

  /** Restores a soft-deleted instance (event `Undeleted`); true also when it was not deleted. */
  async undelete(caller: Principal, instanceGuid: string): Promise<true> {
    const instance = await this.deps.instances.authorized(caller, instanceGuid, 'delete');
    if (instance.status.isHardDeleted) throw hardDeleted();
    await this.deps.instances.change(instanceGuid, (current, now) => {
      if (current.status.isHardDeleted) throw hardDeleted();
      if (!current.status.isSoftDeleted) return undefined;
      const { softDeleted: _softDeleted, ...kept } = current.status;
      const status: InstanceStatus = { ...kept, isSoftDeleted: false };
      const changed = { ...current, status, lastChanged: now, lastChangedBy: performedBy(caller) };
      return { instance: changed, events: [this.deps.instances.event(caller, changed, 'Undeleted', now)] };
    });
    return true;
  }

  /** Soft or hard delete, with the rules of the instance delete (retention included). */
  async delete(caller: Principal, instanceGuid: string, hard: boolean): Promise<true> {
    await this.deps.instances.delete(caller, instanceGuid, hard);
    return true;
  }

  private async visible(caller: Principal, instanceGuid: string): Promise<Instance> {
    const instance = await this.deps.instances.find(instanceGuid);
    if (instance === undefined || (instance.status.isHardDeleted && !isAppOwner(caller, instance.org))) {
      throw notFound('instance_not_found', `No instance ${instanceGuid}`);
    }
    return instance;
  }

  private async withTexts(
    caller: Principal,
    apps: AppContexts,
    items: readonly { instance: Instance; granted: MessageBoxRights }[],
    language: string,
  ): Promise<MessageBoxInstance[]> {
    const sources = await apps.textSourcesFor(
      caller,
      items.map((item) => item.instance.appId),
      language,
    );
    return items.map(({ instance, granted }) =>
      withTexts(toMessageBoxInstance(instance, granted), sources.get(instance.appId) ?? {}, language),
    );
  }
}
