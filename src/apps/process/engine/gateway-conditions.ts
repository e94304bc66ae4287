import {
  createMemoryDataAccess,
  evaluateExpression,
  type MemoryDataElement,
} from '../../expressions/index.ts';
import { isGateway, nodeById, type ProcessDefinition } from '../definition/index.ts';
import type { FlowCondition } from './resolve-next.ts';

/** True when some flow condition reads form data, so the data must be loaded before navigating. */
export function conditionsReadData(definition: ProcessDefinition): boolean {
  return definition.sequenceFlows.some((flow) => flow.condition?.text.includes('dataModel') === true);
}

/**
 * Gateway conditions as expressions over the instance's form data and the action that moved the process.
 * `["dataModel", …]` reads the gateway's `connectedDataTypeId`, else the first form element given.
 */
export function expressionConditions(
  definition: ProcessDefinition,
  formData: readonly MemoryDataElement[],
  action: string | undefined,
): FlowCondition {
  return (flow, gatewayId) => {
    if (flow.condition === undefined) return true;
    const gateway = nodeById(definition, gatewayId);
    const connected = isGateway(gateway) ? gateway.connectedDataTypeId : undefined;
    const data = createMemoryDataAccess({
      dataElements: formData,
      ...(connected === undefined ? {} : { defaultDataType: connected }),
    });
    return evaluateExpression(flow.condition.expression, { data, gatewayAction: action ?? null }) === true;
  };
}
