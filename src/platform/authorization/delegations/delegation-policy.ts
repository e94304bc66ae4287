import {
  ATTRIBUTE,
  CATEGORY,
  DATA_TYPE,
  FUNCTION,
  type Match,
  type Policy,
  type Rule,
} from '../pdp/index.ts';
import type { RightDelegation } from './delegation.ts';

const PERMIT_OVERRIDES = 'urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides';

function match(attributeId: string, category: string, value: string, ignoreCase = false): Match {
  return {
    matchId: ignoreCase ? FUNCTION.stringEqualIgnoreCase : FUNCTION.stringEqual,
    value,
    dataType: DATA_TYPE.string,
    attributeId,
    category,
    mustBePresent: false,
  };
}

function subjectMatch(delegation: RightDelegation): Match {
  return 'userId' in delegation.recipient
    ? match(ATTRIBUTE.userId, CATEGORY.accessSubject, String(delegation.recipient.userId))
    : match(ATTRIBUTE.partyId, CATEGORY.accessSubject, String(delegation.recipient.partyId));
}

function ruleFor(delegation: RightDelegation, index: number, subjectMatches: readonly Match[]): Rule {
  const resource = [
    match(ATTRIBUTE.org, CATEGORY.resource, delegation.org),
    match(ATTRIBUTE.app, CATEGORY.resource, delegation.app),
  ];
  if (delegation.task !== undefined) resource.push(match(ATTRIBUTE.task, CATEGORY.resource, delegation.task));
  if (delegation.instanceId !== undefined) {
    resource.push(match(ATTRIBUTE.instanceId, CATEGORY.resource, delegation.instanceId));
  }
  return {
    id: `delegated-right-${index}`,
    effect: 'Permit',
    description: `Delegated by party ${delegation.offeredByPartyId}`,
    target: [
      subjectMatches.map((subject) => [subject]),
      [resource],
      [[match(ATTRIBUTE.actionId, CATEGORY.action, delegation.action, true)]],
    ],
    obligations: [],
  };
}

/**
 * The delegated app rights as one policy: a Permit rule per right, for its recipient, or for the
 * subject that inherits it (a key-role holder of a recipient organisation), given as `inheritedBy`.
 */
export function delegationPolicy(
  delegations: readonly RightDelegation[],
  inheritedBy?: { readonly userId: number },
): Policy | undefined {
  if (delegations.length === 0) return undefined;
  const rules = delegations.map((delegation, index) => {
    const subjects = [subjectMatch(delegation)];
    if (inheritedBy !== undefined)
      subjects.push(match(ATTRIBUTE.userId, CATEGORY.accessSubject, String(inheritedBy.userId)));
    return ruleFor(delegation, index, subjects);
  });
  return {
    id: `urn:tinn:delegation:${delegations[0]!.offeredByPartyId}`,
    version: '1',
    ruleCombiningAlgId: PERMIT_OVERRIDES,
    target: [],
    rules,
    obligations: [],
  };
}
