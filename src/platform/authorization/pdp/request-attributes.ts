import { DATA_TYPE } from './constants.ts';
import type { IndividualRequest, RequestAttribute, RequestCategory } from './request-model.ts';

export function valuesOf(request: IndividualRequest, categoryId: string, attributeId: string): string[] {
  return request.categories
    .filter((category) => category.categoryId === categoryId)
    .flatMap((category) =>
      category.attributes.filter((a) => a.attributeId === attributeId).map((a) => a.value),
    );
}

/** The first non-empty value of an attribute, as Altinn's context handler reads it. */
export function firstValue(
  request: IndividualRequest,
  categoryId: string,
  attributeId: string,
): string | undefined {
  return valuesOf(request, categoryId, attributeId).find((value) => value !== '');
}

/** Adds string values to the first category object of `categoryId` (creating one if there is none). */
export function withValues(
  request: IndividualRequest,
  categoryId: string,
  attributeId: string,
  values: readonly string[],
  includeInResult = false,
): IndividualRequest {
  if (values.length === 0) return request;
  const added: RequestAttribute[] = values.map((value) => ({
    attributeId,
    value,
    dataType: DATA_TYPE.string,
    includeInResult,
  }));
  const index = request.categories.findIndex((category) => category.categoryId === categoryId);
  if (index === -1) return { categories: [...request.categories, { categoryId, attributes: added }] };
  return {
    categories: request.categories.map(
      (category, i): RequestCategory =>
        i === index ? { ...category, attributes: [...category.attributes, ...added] } : category,
    ),
  };
}

export function withoutAttribute(
  request: IndividualRequest,
  categoryId: string,
  attributeId: string,
): IndividualRequest {
  return {
    categories: request.categories.map(
      (category): RequestCategory =>
        category.categoryId === categoryId && category.attributes.some((a) => a.attributeId === attributeId)
          ? { ...category, attributes: category.attributes.filter((a) => a.attributeId !== attributeId) }
          : category,
    ),
  };
}

/** A non-negative integer id written in decimal, or undefined. */
export function integerId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
