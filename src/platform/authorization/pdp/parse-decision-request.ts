import { CATEGORY } from './constants.ts';
import { isValidLiteral, normaliseDataType } from './data-types.ts';
import { DecisionRequestError } from './errors.ts';
import { expandMultiRequest } from './expand-multi-request.ts';
import {
  expectObject,
  identifier,
  type JsonObject,
  member,
  optionalArray,
  optionalBoolean,
  optionalIdentifier,
} from './json-members.ts';
import {
  MAX_ATTRIBUTE_VALUE_LENGTH,
  MAX_ATTRIBUTE_VALUES_PER_REQUEST,
  MAX_ATTRIBUTES_PER_CATEGORY,
  MAX_CATEGORIES_PER_REQUEST,
  MAX_DECISIONS_PER_REQUEST,
  MAX_REFERENCE_IDS_PER_REFERENCE,
  MAX_VALUES_PER_ATTRIBUTE,
} from './limits.ts';
import type { DecisionRequest, RequestAttribute, RequestCategory } from './request-model.ts';

/** The shorthand category arrays of the JSON profile and the category each stands for. */
const SHORTHAND_CATEGORIES: readonly (readonly [string, string])[] = [
  ['AccessSubject', CATEGORY.accessSubject],
  ['Action', CATEGORY.action],
  ['Resource', CATEGORY.resource],
  ['RecipientSubject', CATEGORY.recipientSubject],
  ['IntermediarySubject', CATEGORY.intermediarySubject],
  ['RequestingMachine', CATEGORY.requestingMachine],
  ['Environment', CATEGORY.environment],
];

interface Counts {
  categories: number;
  values: number;
}

/**
 * Parses a XACML JSON profile decision request (`{"Request": {…}}`, member names in any case) and
 * splits it into individual requests. Throws `DecisionRequestError` for anything else, or when a limit
 * in `limits.ts` is exceeded.
 */
export function parseDecisionRequest(body: unknown): DecisionRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DecisionRequestError('', 'the request body must be a JSON object with a Request member');
  }
  const rawRequest = member(body as JsonObject, 'Request', '(root)');
  if (rawRequest === undefined) throw new DecisionRequestError('', 'the request body has no Request member');
  const request = expectObject(rawRequest, 'Request');

  const counts: Counts = { categories: 0, values: 0 };
  const categories: RequestCategory[] = [];
  for (const [name, categoryId] of SHORTHAND_CATEGORIES) {
    const list = optionalArray(request, name, 'Request') ?? [];
    list.forEach((item, index) => {
      categories.push(parseCategory(item, `Request.${name}[${index}]`, categoryId, counts));
    });
  }
  (optionalArray(request, 'Category', 'Request') ?? []).forEach((item, index) => {
    categories.push(parseCategory(item, `Request.Category[${index}]`, undefined, counts));
  });

  const references = parseReferences(request);
  return {
    returnPolicyIdList: optionalBoolean(request, 'ReturnPolicyIdList', 'Request') ?? false,
    combinedDecision: optionalBoolean(request, 'CombinedDecision', 'Request') ?? false,
    requests: expandMultiRequest(categories, references, 'Request.MultiRequests'),
  };
}

function parseCategory(
  value: unknown,
  path: string,
  impliedCategoryId: string | undefined,
  counts: Counts,
): RequestCategory {
  counts.categories += 1;
  if (counts.categories > MAX_CATEGORIES_PER_REQUEST) {
    throw new DecisionRequestError(
      path,
      `a request may have at most ${MAX_CATEGORIES_PER_REQUEST} categories`,
    );
  }
  const category = expectObject(value, path);
  const categoryId = optionalIdentifier(category, 'CategoryId', path) ?? impliedCategoryId;
  if (categoryId === undefined) throw new DecisionRequestError(`${path}.CategoryId`, 'is required');
  const id = optionalIdentifier(category, 'Id', path);
  const rawAttributes = optionalArray(category, 'Attribute', path) ?? [];
  if (rawAttributes.length > MAX_ATTRIBUTES_PER_CATEGORY) {
    throw new DecisionRequestError(
      `${path}.Attribute`,
      `may have at most ${MAX_ATTRIBUTES_PER_CATEGORY} attributes`,
    );
  }
  const attributes = rawAttributes.flatMap((item, index) =>
    parseAttribute(item, `${path}.Attribute[${index}]`, counts),
  );
  return { categoryId, ...(id === undefined ? {} : { id }), attributes };
}

function parseAttribute(value: unknown, path: string, counts: Counts): RequestAttribute[] {
  const attribute = expectObject(value, path);
  const rawId = member(attribute, 'AttributeId', path);
  if (rawId === undefined || rawId === null)
    throw new DecisionRequestError(`${path}.AttributeId`, 'is required');
  const attributeId = identifier(rawId, `${path}.AttributeId`);

  const rawDataType = member(attribute, 'DataType', path);
  if (rawDataType !== undefined && rawDataType !== null && typeof rawDataType !== 'string') {
    throw new DecisionRequestError(`${path}.DataType`, 'must be a string');
  }
  const dataType = normaliseDataType(rawDataType ?? undefined);
  if (dataType === undefined) {
    throw new DecisionRequestError(`${path}.DataType`, `unsupported data type "${String(rawDataType)}"`);
  }
  const issuer = optionalIdentifier(attribute, 'Issuer', path);
  const includeInResult = optionalBoolean(attribute, 'IncludeInResult', path) ?? false;

  const rawValue = member(attribute, 'Value', path);
  if (rawValue === undefined || rawValue === null)
    throw new DecisionRequestError(`${path}.Value`, 'is required');
  let rawValues: readonly unknown[];
  if (Array.isArray(rawValue)) {
    if (rawValue.length === 0) throw new DecisionRequestError(`${path}.Value`, 'must not be an empty array');
    if (rawValue.length > MAX_VALUES_PER_ATTRIBUTE) {
      throw new DecisionRequestError(`${path}.Value`, `may have at most ${MAX_VALUES_PER_ATTRIBUTE} values`);
    }
    rawValues = rawValue;
  } else {
    rawValues = [rawValue];
  }
  counts.values += rawValues.length;
  if (counts.values > MAX_ATTRIBUTE_VALUES_PER_REQUEST) {
    throw new DecisionRequestError(
      path,
      `a request may have at most ${MAX_ATTRIBUTE_VALUES_PER_REQUEST} attribute values`,
    );
  }
  return rawValues.map((raw, index) => {
    const valuePath = Array.isArray(rawValue) ? `${path}.Value[${index}]` : `${path}.Value`;
    const text = valueText(raw, valuePath);
    if (!isValidLiteral(dataType, text)) {
      throw new DecisionRequestError(valuePath, `"${text}" is not a valid ${dataType} value`);
    }
    return {
      attributeId,
      value: text,
      dataType,
      ...(issuer === undefined ? {} : { issuer }),
      includeInResult,
    };
  });
}

function valueText(value: unknown, path: string): string {
  if (typeof value === 'string') {
    if (value.length > MAX_ATTRIBUTE_VALUE_LENGTH) {
      throw new DecisionRequestError(path, `is longer than ${MAX_ATTRIBUTE_VALUE_LENGTH} characters`);
    }
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new DecisionRequestError(path, 'must be a string, number or boolean');
}

function parseReferences(request: JsonObject): string[][] {
  const rawMulti = member(request, 'MultiRequests', 'Request');
  if (rawMulti === undefined || rawMulti === null) return [];
  const multi = expectObject(rawMulti, 'Request.MultiRequests');
  const rawReferences = optionalArray(multi, 'RequestReference', 'Request.MultiRequests');
  if (rawReferences === undefined) {
    throw new DecisionRequestError('Request.MultiRequests.RequestReference', 'is required');
  }
  if (rawReferences.length > MAX_DECISIONS_PER_REQUEST) {
    throw new DecisionRequestError(
      'Request.MultiRequests.RequestReference',
      `a request may ask for at most ${MAX_DECISIONS_PER_REQUEST} decisions, this one asks for ${rawReferences.length}`,
    );
  }
  return rawReferences.map((rawReference, index) => {
    const path = `Request.MultiRequests.RequestReference[${index}]`;
    const reference = expectObject(rawReference, path);
    const ids = optionalArray(reference, 'ReferenceId', path);
    if (ids === undefined || ids.length === 0)
      throw new DecisionRequestError(`${path}.ReferenceId`, 'must list category Ids');
    if (ids.length > MAX_REFERENCE_IDS_PER_REFERENCE) {
      throw new DecisionRequestError(
        `${path}.ReferenceId`,
        `may list at most ${MAX_REFERENCE_IDS_PER_REFERENCE} Ids`,
      );
    }
    return ids.map((id, position) => identifier(id, `${path}.ReferenceId[${position}]`));
  });
}
