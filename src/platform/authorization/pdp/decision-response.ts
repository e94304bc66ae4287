import { STATUS_CODE } from './constants.ts';
import type { ObligationExpression } from './policy-model.ts';
import type { IndividualRequest } from './request-model.ts';

export type Decision = 'Permit' | 'Deny' | 'NotApplicable' | 'Indeterminate';

export interface DecisionStatus {
  readonly statusCode: { readonly value: string };
  readonly statusMessage?: string;
}

export interface ObligationAssignmentResult {
  readonly attributeId: string;
  readonly value: string;
  readonly category: string;
  readonly dataType: string;
  readonly issuer?: string;
}

export interface ObligationResult {
  readonly id: string;
  readonly attributeAssignment: readonly ObligationAssignmentResult[];
}

export interface ResultAttribute {
  readonly attributeId: string;
  readonly value: string;
  readonly dataType: string;
  readonly issuer?: string;
  readonly includeInResult: boolean;
}

export interface ResultCategory {
  readonly categoryId: string;
  readonly id?: string;
  readonly attribute: readonly ResultAttribute[];
}

export interface PolicyIdReference {
  readonly id: string;
  readonly version?: string;
}

export interface PolicyIdentifierList {
  readonly policyIdReference: readonly PolicyIdReference[];
}

/** One result of the XACML JSON response, in the camelCase the Altinn PDP writes. */
export interface DecisionResult {
  readonly decision: Decision;
  readonly status: DecisionStatus;
  readonly obligations?: readonly ObligationResult[];
  readonly category?: readonly ResultCategory[];
  readonly policyIdentifierList?: PolicyIdentifierList;
}

export interface DecisionResponse {
  readonly response: readonly DecisionResult[];
}

export function status(code: string, message?: string): DecisionStatus {
  return message === undefined
    ? { statusCode: { value: code } }
    : { statusCode: { value: code }, statusMessage: message };
}

/** A result with no obligations, echo or policy list; `evaluatePolicy` adds those where they apply. */
export function bareResult(
  decision: Decision,
  code: string = STATUS_CODE.ok,
  message?: string,
): DecisionResult {
  return { decision, status: status(code, message) };
}

export function indeterminate(code: string, message: string): DecisionResult {
  return bareResult('Indeterminate', code, message);
}

export function obligationResults(expressions: readonly ObligationExpression[]): ObligationResult[] {
  return expressions.map((expression) => ({
    id: expression.id,
    attributeAssignment: expression.attributeAssignments.map((assignment) => ({
      attributeId: assignment.attributeId,
      value: assignment.value,
      category: assignment.category,
      dataType: assignment.dataType,
      ...(assignment.issuer === undefined ? {} : { issuer: assignment.issuer }),
    })),
  }));
}

/** The request's `IncludeInResult` attributes, grouped per category object as the request had them. */
export function echoedCategories(request: IndividualRequest): ResultCategory[] {
  const echoed: ResultCategory[] = [];
  for (const category of request.categories) {
    const attribute: ResultAttribute[] = category.attributes
      .filter((a) => a.includeInResult)
      .map((a) => ({
        attributeId: a.attributeId,
        value: a.value,
        dataType: a.dataType,
        ...(a.issuer === undefined ? {} : { issuer: a.issuer }),
        includeInResult: true,
      }));
    if (attribute.length > 0) {
      echoed.push({
        categoryId: category.categoryId,
        ...(category.id === undefined ? {} : { id: category.id }),
        attribute,
      });
    }
  }
  return echoed;
}

/** Adds the request's echoed attributes to a result (kept when the result already has some). */
export function withEcho(result: DecisionResult, request: IndividualRequest): DecisionResult {
  if (result.category !== undefined) return result;
  const category = echoedCategories(request);
  return category.length === 0 ? result : { ...result, category };
}

export function decisionResponse(results: readonly DecisionResult[]): DecisionResponse {
  return { response: results };
}
