import { badRequest, forbidden, notFound } from '../../../core/errors.ts';
import type { Principal } from '../../../platform/authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../../platform/authorization/index.ts';
import type { Party, RegisterService } from '../../../platform/register/index.ts';
import type { DataUploadService } from '../../../platform/storage/data/index.ts';
import {
  type Instance,
  type InstanceMutations,
  type InstanceService,
  type InstanceTemplate,
  isAppOwner,
} from '../../../platform/storage/index.ts';
import type { LoadedApp } from '../../loader/index.ts';
import { appPrincipal, startTransition, type TaskStart } from '../../process/engine/index.ts';
import { checkDataParts, type DataPart, storeDataParts } from './data-parts.ts';
import { instanceResponse } from './instance-response.ts';
import { isPartyTypeAllowed } from './party-types.ts';
import { withReadableElements } from './readable-elements.ts';

export interface AppInstanceServiceDeps {
  readonly instances: InstanceService;
  readonly register: RegisterService;
  readonly pep: PolicyEnforcementPoint;
  readonly taskStart: TaskStart;
  readonly uploads: DataUploadService;
  readonly mutations: InstanceMutations;
}

export type SubstatusInput = Parameters<InstanceMutations['setSubstatus']>[2];

/** What a caller sends to instantiate: the owner in the query or in the template, not both. */
export interface InstantiationRequest {
  readonly instanceOwnerPartyId?: number;
  readonly template?: {
    readonly instanceOwner?: {
      readonly partyId?: string | number | null;
      readonly personNumber?: string | null;
      readonly organisationNumber?: string | null;
    } | null;
    readonly dueBefore?: string | null;
    readonly visibleAfter?: string | null;
  };
  /** Data elements sent with a multipart instantiation, stored before the first task starts. */
  readonly parts?: readonly DataPart[];
}

export interface InstanceTarget {
  readonly partyId: number;
  readonly instanceGuid: string;
}

const nonEmpty = (value: string | number | null | undefined) =>
  value === undefined || value === null || value === '' ? undefined : value;

/** The App API's instances: instantiation with the process started, reading and deleting one instance. */
export class AppInstanceService {
  constructor(private readonly deps: AppInstanceServiceDeps) {}

  async create(caller: Principal, app: LoadedApp, request: InstantiationRequest): Promise<Instance> {
    checkDataParts(app, request.parts ?? []);
    const party = await this.ownerParty(request);
    const mayInstantiate = await this.deps.pep.authorize(caller, 'instantiate', {
      org: app.org,
      app: app.app,
      partyId: party.partyId,
    });
    if (!mayInstantiate)
      throw forbidden(`The caller may not instantiate ${app.id} for party ${party.partyId}`);
    if (!isPartyTypeAllowed(app.metadata, party.partyTypeName)) {
      throw forbidden(`Party ${party.partyId} is not allowed to instantiate this application ${app.id}`);
    }
    const now = new Date().toISOString();
    const start = startTransition(app.process, now, () => false);
    const template: InstanceTemplate = {
      instanceOwner: { partyId: String(party.partyId) },
      ...(nonEmpty(request.template?.dueBefore) ? { dueBefore: String(request.template?.dueBefore) } : {}),
      ...(nonEmpty(request.template?.visibleAfter)
        ? { visibleAfter: String(request.template?.visibleAfter) }
        : {}),
      process: start.state,
      ...(caller.kind === 'serviceOwner' || caller.kind === 'org' ? {} : { status: { readStatus: 'Read' } }),
    };
    const created = await this.deps.instances.create(caller, app.id, template);
    const guid = this.guidOf(created);
    try {
      const started = await this.deps.instances.change(guid, (current, changedAt) => ({
        instance: current,
        events: start.events.map((step) =>
          this.deps.instances.event(caller, { ...current, process: step.state }, step.eventType, changedAt),
        ),
      }));
      await storeDataParts(this.deps.uploads, caller, guid, request.parts ?? []);
      if (start.startedTask !== undefined) {
        const withParts = (await this.deps.instances.find(guid)) ?? started;
        await this.deps.taskStart.run(caller, app, withParts, start.startedTask.id);
      }
      return instanceResponse((await this.deps.instances.find(guid)) ?? started, party);
    } catch (error) {
      // As Altinn: an instance whose start failed half-way is hard deleted again (by the app itself).
      await this.deps.instances.delete(appPrincipal(app.org), guid, true).catch(() => undefined);
      throw error;
    }
  }

  async get(caller: Principal, app: LoadedApp, target: InstanceTarget): Promise<Instance> {
    const instance = await this.deps.instances.authorized(caller, target.instanceGuid, 'read');
    return this.ofApp(app, target, instance);
  }

  /** One instance as InstanceResponse (with the owner's party). */
  /**
   * One instance as InstanceResponse: the owner's party added, the elements the caller may read. A reader
   * other than the app owner marks it read, as Altinn's app does.
   */
  async response(caller: Principal, app: LoadedApp, target: InstanceTarget): Promise<Instance> {
    let instance = await this.get(caller, app, target);
    if (!isAppOwner(caller, instance.org) && instance.status.readStatus !== 'Read') {
      instance = await this.deps.instances.change(target.instanceGuid, (current) =>
        current.status.readStatus === 'Read'
          ? undefined
          : { instance: { ...current, status: { ...current.status, readStatus: 'Read' } }, events: [] },
      );
    }
    const readable = await withReadableElements(this.deps.pep, caller, app, instance);
    return instanceResponse(readable, await this.deps.register.findParty(target.partyId));
  }

  /** The caller's organisation confirms it is done with the instance (PDP `complete`). */
  async complete(caller: Principal, app: LoadedApp, target: InstanceTarget): Promise<Instance> {
    await this.visible(app, target);
    return this.deps.mutations.complete(caller, target.instanceGuid);
  }

  /** Sets the substatus; only the app owner may, and `label` is required. */
  async setSubstatus(
    caller: Principal,
    app: LoadedApp,
    target: InstanceTarget,
    substatus: SubstatusInput,
  ): Promise<Instance> {
    await this.visible(app, target);
    if (!substatus?.label) throw badRequest('missing_label', 'The substatus needs a label');
    return this.deps.mutations.setSubstatus(caller, target.instanceGuid, substatus);
  }

  private async visible(app: LoadedApp, target: InstanceTarget): Promise<Instance> {
    const instance = await this.deps.instances.find(target.instanceGuid);
    if (instance === undefined)
      throw notFound('instance_not_found', `No instance ${target.partyId}/${target.instanceGuid}`);
    return this.ofApp(app, target, instance);
  }

  async delete(caller: Principal, app: LoadedApp, target: InstanceTarget, hard: boolean): Promise<Instance> {
    await this.get(caller, app, target);
    return this.deps.instances.delete(caller, target.instanceGuid, hard);
  }

  private ofApp(app: LoadedApp, target: InstanceTarget, instance: Instance): Instance {
    if (instance.appId !== app.id || instance.instanceOwner.partyId !== String(target.partyId)) {
      throw notFound('instance_not_found', `No instance ${target.partyId}/${target.instanceGuid}`);
    }
    return instance;
  }

  private guidOf(instance: Instance): string {
    return instance.id.split('/')[1] ?? '';
  }

  private async ownerParty(request: InstantiationRequest): Promise<Party> {
    const owner = request.template?.instanceOwner ?? undefined;
    const fromTemplate =
      nonEmpty(owner?.partyId) ?? nonEmpty(owner?.personNumber) ?? nonEmpty(owner?.organisationNumber);
    if (request.instanceOwnerPartyId === undefined && fromTemplate === undefined) {
      throw badRequest('missing_instance_owner', 'Give instanceOwnerPartyId or instanceOwner in the body');
    }
    if (request.instanceOwnerPartyId !== undefined && fromTemplate !== undefined) {
      throw badRequest(
        'ambiguous_instance_owner',
        'Give the instance owner in the query or in the body, not both',
      );
    }
    const partyId =
      request.instanceOwnerPartyId ??
      (nonEmpty(owner?.partyId) === undefined ? undefined : Number(owner?.partyId));
    const { register } = this.deps;
    const party =
      partyId !== undefined
        ? Number.isInteger(partyId)
          ? await register.findParty(partyId)
          : undefined
        : nonEmpty(owner?.personNumber) !== undefined
          ? await register.findPartyBySsn(String(owner?.personNumber))
          : await register.findPartyByOrgNumber(String(owner?.organisationNumber));
    if (party === undefined)
      throw notFound('party_not_found', 'Cannot lookup party: no such party in Register');
    return party;
  }
}
