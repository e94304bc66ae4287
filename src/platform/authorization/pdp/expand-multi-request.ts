import { DecisionRequestError } from './errors.ts';
import type { IndividualRequest, RequestCategory } from './request-model.ts';

/**
 * Splits a request into its individual decisions: one per `RequestReference`, each made of the category
 * objects whose `Id` it lists. As in Altinn, fewer than two references means the whole request is one
 * decision.
 */
export function expandMultiRequest(
  categories: readonly RequestCategory[],
  references: readonly (readonly string[])[],
  path: string,
): IndividualRequest[] {
  if (references.length < 2) return [{ categories }];
  const byId = new Map<string, RequestCategory>();
  for (const category of categories) {
    if (category.id === undefined) continue;
    if (byId.has(category.id)) {
      throw new DecisionRequestError(path, `category Id "${category.id}" is used more than once`);
    }
    byId.set(category.id, category);
  }
  return references.map((referenceIds, index) => ({
    categories: referenceIds.map((referenceId, position) => {
      const category = byId.get(referenceId);
      if (category === undefined) {
        throw new DecisionRequestError(
          `${path}.RequestReference[${index}].ReferenceId[${position}]`,
          `no category has Id "${referenceId}"`,
        );
      }
      return category;
    }),
  }));
}
