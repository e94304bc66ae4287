export type Effect = 'Permit' | 'Deny';

/** One `<Match>`: compare `value` (from the policy) with the request's bag for `category`/`attributeId`. */
export interface Match {
  readonly matchId: string;
  readonly value: string;
  /** Data type of the policy value; a request value only matches when its data type is the same. */
  readonly dataType: string;
  readonly attributeId: string;
  readonly category: string;
  readonly mustBePresent: boolean;
  readonly issuer?: string;
}

/** `<AllOf>`: all its matches must succeed. */
export type AllOf = readonly Match[];
/** `<AnyOf>`: any of its AllOf blocks. */
export type AnyOf = readonly AllOf[];
/** `<Target>`: the AnyOf blocks; empty means "everything". */
export type Target = readonly AnyOf[];

/** The supported subset of `<Condition>` expressions. */
export type ConditionExpression =
  | { readonly kind: 'value'; readonly value: string; readonly dataType: string }
  | {
      readonly kind: 'designator';
      readonly attributeId: string;
      readonly category: string;
      readonly dataType: string;
      readonly mustBePresent: boolean;
    }
  | { readonly kind: 'function'; readonly functionId: string }
  | { readonly kind: 'apply'; readonly functionId: string; readonly args: readonly ConditionExpression[] };

export interface AttributeAssignment {
  readonly attributeId: string;
  readonly category: string;
  readonly dataType: string;
  readonly value: string;
  readonly issuer?: string;
}

export interface ObligationExpression {
  readonly id: string;
  readonly fulfillOn: Effect;
  readonly attributeAssignments: readonly AttributeAssignment[];
}

export interface Rule {
  readonly id: string;
  readonly effect: Effect;
  readonly description?: string;
  readonly target: Target;
  readonly condition?: ConditionExpression;
  /** Rule-level obligations (none of Altinn's own policies use them). */
  readonly obligations: readonly ObligationExpression[];
}

export interface Policy {
  readonly id: string;
  readonly version: string;
  readonly ruleCombiningAlgId: string;
  readonly description?: string;
  /** The policy's own target; Altinn policies leave it empty. */
  readonly target: Target;
  readonly rules: readonly Rule[];
  readonly obligations: readonly ObligationExpression[];
}
