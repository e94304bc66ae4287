import type { IndividualRequest, RequestAttribute } from './request-model.ts';

/** A request's attribute values by category, then attribute id (all category objects of a category merged). */
export type RequestBags = ReadonlyMap<string, ReadonlyMap<string, readonly RequestAttribute[]>>;

export function requestBags(request: IndividualRequest): RequestBags {
  const bags = new Map<string, Map<string, RequestAttribute[]>>();
  for (const category of request.categories) {
    let byId = bags.get(category.categoryId);
    if (byId === undefined) {
      byId = new Map();
      bags.set(category.categoryId, byId);
    }
    for (const attribute of category.attributes) {
      const bag = byId.get(attribute.attributeId);
      if (bag === undefined) byId.set(attribute.attributeId, [attribute]);
      else bag.push(attribute);
    }
  }
  return bags;
}

export function bagOf(bags: RequestBags, category: string, attributeId: string): readonly RequestAttribute[] {
  return bags.get(category)?.get(attributeId) ?? [];
}
