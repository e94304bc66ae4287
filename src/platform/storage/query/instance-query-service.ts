import type { Principal } from '../../authentication/index.ts';
import type { PolicyEnforcementPoint } from '../../authorization/index.ts';
import type { RegisterService } from '../../register/index.ts';
import type { Instance } from '../instances/instance.ts';
import { instanceResource } from '../instances/instance-authorizer.ts';
import type { PageCursor } from './continuation-token.ts';
import type { InstanceQuery } from './instance-query.ts';
import type { InstanceQueryRepository, PageRow } from './instance-query-repository.ts';
import { scopeQuery } from './query-access.ts';

export interface InstanceQueryServiceDeps {
  readonly repository: InstanceQueryRepository;
  readonly pep: Pick<PolicyEnforcementPoint, 'authorize' | 'authorizeMany'>;
  readonly register: Pick<RegisterService, 'findPartyBySsn' | 'findPartyByOrgNumber'>;
}

export interface InstanceQueryResult {
  readonly instances: readonly Instance[];
  /** Where the next page starts; present when the database page was full. */
  readonly next?: PageCursor;
}

/** `GET /instances`: the caller's rules, one database page, then the PDP's read filter for non-owners. */
export class InstanceQueryService {
  constructor(private readonly deps: InstanceQueryServiceDeps) {}

  async query(caller: Principal, query: InstanceQuery): Promise<InstanceQueryResult> {
    const scope = await scopeQuery(caller, query, this.deps);
    if (scope.empty || query.onlyOlderGenerations) return { instances: [] };
    const page = await this.deps.repository.page({
      filters: scope.filters,
      order: query.order,
      size: query.size,
      after: query.after,
    });
    // Paging follows the database page, so a page thinned by the PDP (even to nothing) still has a next.
    const last = page.at(-1);
    const next = page.length === query.size && last !== undefined ? last.cursor : undefined;
    const kept = scope.privileged ? page : await this.readable(caller, page);
    const instances = query.includeDataElements
      ? await this.withDataElements(kept, scope.privileged)
      : kept.map((row) => row.instance);
    return next === undefined ? { instances } : { instances, next };
  }

  /** The rows the caller may read, from one multi-decision request. */
  private async readable(caller: Principal, page: readonly PageRow[]): Promise<PageRow[]> {
    const permitted = await this.deps.pep.authorizeMany(
      caller,
      page.map((row) => ({ action: 'read', resource: instanceResource(row.instance) })),
    );
    return page.filter((_row, index) => permitted[index] === true);
  }

  private async withDataElements(rows: readonly PageRow[], privileged: boolean): Promise<Instance[]> {
    const elements = await this.deps.repository.dataElements(rows.map((row) => row.internalId));
    return rows.map((row) => {
      const data = elements.get(row.internalId) ?? [];
      return {
        ...row.instance,
        data: privileged ? data : data.filter((element) => element.deleteStatus?.isHardDeleted !== true),
      };
    });
  }
}
