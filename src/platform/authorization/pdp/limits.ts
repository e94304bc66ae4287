/**
 * Caps on one decision request. A request over any of them is rejected with a `DecisionRequestError`
 * before anything is evaluated.
 */

/** Individual decisions one call may ask for (multi-request references, or 1 for a plain request). */
export const MAX_DECISIONS_PER_REQUEST = 1_000;
/** Category objects (AccessSubject, Action, Resource, Category, …) in one request, all arrays together. */
export const MAX_CATEGORIES_PER_REQUEST = 2_000;
/** Attribute objects in one category object. */
export const MAX_ATTRIBUTES_PER_CATEGORY = 100;
/** Attribute values in the whole request (an array `Value` counts each element). */
export const MAX_ATTRIBUTE_VALUES_PER_REQUEST = 20_000;
/** Elements of one array-valued `Value`. */
export const MAX_VALUES_PER_ATTRIBUTE = 100;
/** Characters of one attribute value. */
export const MAX_ATTRIBUTE_VALUE_LENGTH = 4_096;
/** Characters of an identifier: AttributeId, CategoryId, Id, DataType, Issuer, ReferenceId. */
export const MAX_IDENTIFIER_LENGTH = 512;
/** ReferenceIds in one RequestReference. */
export const MAX_REFERENCE_IDS_PER_REFERENCE = 16;
