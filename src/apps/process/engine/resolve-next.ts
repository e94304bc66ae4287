import {
  type EndEvent,
  type FlowNode,
  isEndEvent,
  isGateway,
  isTask,
  nodeById,
  outgoingFlows,
  type ProcessDefinition,
  type ProcessTask,
  type SequenceFlow,
} from '../definition/index.ts';
import { ProcessEngineError } from './process-engine-error.ts';

/** Decides whether a conditioned flow leaving a gateway may be taken. */
export type FlowCondition = (flow: SequenceFlow, gatewayId: string) => boolean;

/**
 * The flows a gateway keeps: every flow other than the default whose condition holds (a flow without a
 * condition holds when the gateway has conditions elsewhere, and always otherwise); the default flow only
 * when none of the others holds, as BPMN defines it and as the example apps expect.
 */
function gatewayFlows(
  definition: ProcessDefinition,
  gatewayId: string,
  defaultFlowId: string | undefined,
  holds: FlowCondition,
): SequenceFlow[] {
  const flows = outgoingFlows(definition, gatewayId);
  const others = flows.filter((flow) => flow.id !== defaultFlowId);
  const kept = others.filter((flow) => flow.condition === undefined || holds(flow, gatewayId));
  if (kept.length > 0) return kept;
  return flows.filter((flow) => flow.id === defaultFlowId);
}

/** The task or end event the process reaches from `fromId`, passing through (chained) gateways. */
export function resolveNext(
  definition: ProcessDefinition,
  fromId: string,
  holds: FlowCondition,
): ProcessTask | EndEvent {
  const visited = new Set<string>();
  let flows = outgoingFlows(definition, fromId);
  for (;;) {
    if (flows.length !== 1) {
      throw new ProcessEngineError(
        flows.length === 0
          ? `No next element from ${fromId}`
          : `Multiple next elements from ${fromId}: ${flows.map((flow) => flow.targetRef).join(', ')}`,
      );
    }
    const [flow] = flows as [SequenceFlow];
    const target: FlowNode | undefined = nodeById(definition, flow.targetRef);
    if (isTask(target) || isEndEvent(target)) return target;
    if (!isGateway(target)) throw new ProcessEngineError(`Flow ${flow.id} leads to an unknown element`);
    if (visited.has(target.id)) throw new ProcessEngineError(`Gateway loop at ${target.id}`);
    visited.add(target.id);
    flows = gatewayFlows(definition, target.id, target.defaultFlowId, holds);
  }
}
