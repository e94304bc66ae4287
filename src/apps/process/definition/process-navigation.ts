import type {
  EndEvent,
  ExclusiveGateway,
  FlowNode,
  ProcessDefinition,
  ProcessTask,
  SequenceFlow,
  StartEvent,
} from './process-definition.ts';

export const isStartEvent = (node: FlowNode | undefined): node is StartEvent => node?.kind === 'startEvent';
export const isTask = (node: FlowNode | undefined): node is ProcessTask => node?.kind === 'task';
export const isGateway = (node: FlowNode | undefined): node is ExclusiveGateway =>
  node?.kind === 'exclusiveGateway';
export const isEndEvent = (node: FlowNode | undefined): node is EndEvent => node?.kind === 'endEvent';

export const nodeById = (definition: ProcessDefinition, id: string): FlowNode | undefined =>
  definition.nodes.get(id);

export function taskById(definition: ProcessDefinition, id: string): ProcessTask | undefined {
  const node = definition.nodes.get(id);
  return isTask(node) ? node : undefined;
}

export const flowById = (definition: ProcessDefinition, id: string): SequenceFlow | undefined =>
  definition.flows.get(id);

export const tasksOfType = (definition: ProcessDefinition, taskType: string): ProcessTask[] =>
  definition.tasks.filter((task) => task.taskType === taskType);

/** The process's start event (a valid definition has exactly one). */
export function startEvent(definition: ProcessDefinition): StartEvent {
  const [start] = definition.startEvents;
  if (start === undefined) throw new Error(`process ${definition.processId} has no start event`);
  return start;
}

/** The flows leaving an element, in document order; empty for an unknown id. */
export function outgoingFlows(definition: ProcessDefinition, fromId: string): SequenceFlow[] {
  return (definition.nodes.get(fromId)?.outgoing ?? []).flatMap((flowId) => {
    const flow = definition.flows.get(flowId);
    return flow === undefined ? [] : [flow];
  });
}

/** The elements the outgoing flows of `fromId` lead to, without evaluating gateways. */
export function nextElements(definition: ProcessDefinition, fromId: string): FlowNode[] {
  return outgoingFlows(definition, fromId).flatMap((flow) => {
    const target = definition.nodes.get(flow.targetRef);
    return target === undefined ? [] : [target];
  });
}

/**
 * The task an instance starts in: follows the start event's flow through gateways that have a single
 * outgoing flow. Undefined when reaching it needs a gateway decision (or the process has no task).
 */
export function firstTask(definition: ProcessDefinition): ProcessTask | undefined {
  const visited = new Set<string>();
  let current: FlowNode | undefined = definition.startEvents[0];
  while (current !== undefined && !visited.has(current.id)) {
    visited.add(current.id);
    if (isTask(current)) return current;
    if (isEndEvent(current)) return undefined;
    const next = nextElements(definition, current.id);
    if (next.length !== 1) return undefined;
    current = next[0];
  }
  return undefined;
}
