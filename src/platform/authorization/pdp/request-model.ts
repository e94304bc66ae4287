/** One attribute value of a request. A multi-valued attribute is several entries with the same id. */
export interface RequestAttribute {
  readonly attributeId: string;
  readonly value: string;
  /** Always a full XML Schema URI (short forms such as `string` are expanded when parsing). */
  readonly dataType: string;
  readonly issuer?: string;
  readonly includeInResult: boolean;
}

/** One category object of the request (an AccessSubject, Action, Resource or generic Category entry). */
export interface RequestCategory {
  readonly categoryId: string;
  readonly id?: string;
  readonly attributes: readonly RequestAttribute[];
}

/** What one decision is made on: the categories that apply to it. */
export interface IndividualRequest {
  readonly categories: readonly RequestCategory[];
}

/** A parsed decision request, already split into its individual decisions. */
export interface DecisionRequest {
  readonly returnPolicyIdList: boolean;
  /** Parsed and kept, but, as in Altinn, results are never combined into one. */
  readonly combinedDecision: boolean;
  /** One entry per result, in the order results are returned. */
  readonly requests: readonly IndividualRequest[];
}
