import { badRequest, forbidden } from '../../../core/errors.ts';
import type { Principal } from '../../authentication/index.ts';
import {
  ATTRIBUTE,
  CATEGORY,
  type DecisionRequest,
  DecisionRequestError,
  type DecisionResponse,
  type Pdp,
  parseDecisionRequest,
} from '../pdp/index.ts';

export const AUTHORIZE_SCOPE = 'altinn:authorization/authorize';
export const AUTHORIZE_ADMIN_SCOPE = 'altinn:authorization/authorize.admin';

/**
 * The decision API for callers outside the process: service owners ask about their own apps' resources;
 * a caller with the admin scope may ask about any.
 */
export class DecisionService {
  constructor(private readonly pdp: Pdp) {}

  async authorize(caller: Principal, body: unknown): Promise<DecisionResponse> {
    const isAdmin = caller.scopes.includes(AUTHORIZE_ADMIN_SCOPE);
    const mayAsk = isAdmin || caller.kind === 'serviceOwner' || caller.scopes.includes(AUTHORIZE_SCOPE);
    if (!mayAsk)
      throw forbidden('Decisions are answered for service owners and callers with the authorize scope');
    let request: DecisionRequest;
    try {
      request = parseDecisionRequest(body);
    } catch (error) {
      if (error instanceof DecisionRequestError) {
        throw badRequest('invalid_decision_request', error.message);
      }
      throw error;
    }
    if (!isAdmin) this.requireOwnResources(caller, request);
    return this.pdp.decideRequest(request);
  }

  private requireOwnResources(caller: Principal, request: DecisionRequest): void {
    const ownOrg = caller.kind === 'serviceOwner' ? caller.org : undefined;
    for (const individual of request.requests) {
      for (const category of individual.categories) {
        if (category.categoryId !== CATEGORY.resource) continue;
        for (const attribute of category.attributes) {
          if (attribute.attributeId === ATTRIBUTE.org && attribute.value.toLowerCase() !== ownOrg) {
            throw forbidden(
              `Decisions about resources of ${attribute.value} are not answered for this caller`,
            );
          }
        }
      }
    }
  }
}
