import type { Principal } from '../../../platform/authentication/index.ts';
import type { ProfileService } from '../../../platform/profile/index.ts';
import type { RegisterService } from '../../../platform/register/index.ts';
import type { InstanceQueryService } from '../../../platform/storage/query/index.ts';
import { MAX_PAGE_SIZE } from '../../../platform/storage/query/index.ts';
import type { LoadedApp } from '../../loader/index.ts';

export interface ActiveInstance {
  readonly id: string;
  readonly presentationTexts?: Record<string, string>;
  readonly dueBefore?: string;
  readonly lastChanged: string;
  /** Resolved to a name: an organisation's for an org number, the user's party's for a user id. */
  readonly lastChangedBy: string;
}

export interface ActiveInstancesDeps {
  readonly queries: InstanceQueryService;
  readonly register: Pick<RegisterService, 'findOrganization'>;
  readonly profile: Pick<ProfileService, 'findUser'>;
}

/** `GET …/instances/{p}/active`: the app's instances of a party that are neither archived nor deleted. */
export class ActiveInstances {
  constructor(private readonly deps: ActiveInstancesDeps) {}

  async list(caller: Principal, app: LoadedApp, partyId: number): Promise<ActiveInstance[]> {
    const found = [];
    let after: Parameters<InstanceQueryService['query']>[1]['after'];
    do {
      const page = await this.deps.queries.query(caller, {
        filters: { appId: app.id, partyId, isArchived: false, isSoftDeleted: false },
        order: 'desc',
        size: MAX_PAGE_SIZE,
        includeDataElements: false,
        onlyOlderGenerations: false,
        ...(after === undefined ? {} : { after }),
      });
      found.push(...page.instances);
      after = page.next;
    } while (after !== undefined);
    const names = new Map<string, string>();
    for (const by of new Set(found.map((instance) => instance.lastChangedBy))) {
      names.set(by, await this.nameOf(by));
    }
    return found.map((instance) => ({
      id: instance.id,
      ...(instance.presentationTexts === undefined ? {} : { presentationTexts: instance.presentationTexts }),
      ...(instance.dueBefore === undefined ? {} : { dueBefore: instance.dueBefore }),
      lastChanged: instance.lastChanged,
      lastChangedBy: names.get(instance.lastChangedBy) ?? instance.lastChangedBy,
    }));
  }

  private async nameOf(changedBy: string): Promise<string> {
    if (/^\d{9}$/.test(changedBy)) {
      return (await this.deps.register.findOrganization(changedBy))?.organization.name ?? changedBy;
    }
    if (/^\d+$/.test(changedBy)) {
      return (await this.deps.profile.findUser(Number(changedBy)))?.party?.name ?? changedBy;
    }
    return changedBy;
  }
}
