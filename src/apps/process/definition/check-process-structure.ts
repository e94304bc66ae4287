import type { ExclusiveGateway, FlowNode, ProcessDefinition, ProcessProblem } from './process-definition.ts';

function checkStartEvents(definition: ProcessDefinition, problems: ProcessProblem[]): void {
  const { startEvents } = definition;
  if (startEvents.length === 0) {
    problems.push({ severity: 'error', message: 'the process has no start event' });
  } else if (startEvents.length > 1) {
    problems.push({
      severity: 'error',
      message: `the process has ${startEvents.length} start events (${startEvents.map((event) => event.id).join(', ')}); exactly one is supported`,
    });
  }
  for (const start of startEvents) {
    if (start.outgoing.length === 0) {
      problems.push({
        elementId: start.id,
        severity: 'error',
        message: 'the start event has no outgoing sequence flow',
      });
    } else if (start.outgoing.length > 1) {
      problems.push({
        elementId: start.id,
        severity: 'warning',
        message: 'the start event has more than one outgoing flow; the process cannot tell which to take',
      });
    }
  }
}

function checkGateway(
  definition: ProcessDefinition,
  gateway: ExclusiveGateway,
  problems: ProcessProblem[],
): void {
  if (gateway.outgoing.length === 0) {
    problems.push({
      elementId: gateway.id,
      severity: 'error',
      message: 'the gateway has no outgoing sequence flow',
    });
    return;
  }
  if (gateway.defaultFlowId !== undefined && !gateway.outgoing.includes(gateway.defaultFlowId)) {
    problems.push({
      elementId: gateway.id,
      severity: 'error',
      message: `the default flow "${gateway.defaultFlowId}" is not one of the gateway's outgoing flows (${gateway.outgoing.join(', ')})`,
    });
  }
  const conditioned = gateway.outgoing.filter(
    (flowId) => definition.flows.get(flowId)?.condition !== undefined,
  );
  if (gateway.outgoing.length > 1 && conditioned.length === 0 && gateway.defaultFlowId === undefined) {
    problems.push({
      elementId: gateway.id,
      severity: 'warning',
      message:
        'the gateway has several outgoing flows but no conditions and no default flow; only custom gateway logic can choose',
    });
  }
}

function checkOutgoing(definition: ProcessDefinition, node: FlowNode, problems: ProcessProblem[]): void {
  if (node.kind === 'task') {
    if (node.outgoing.length === 0) {
      problems.push({
        elementId: node.id,
        severity: 'warning',
        message: 'the task has no outgoing sequence flow; process/next can never leave it',
      });
    } else if (node.outgoing.length > 1) {
      problems.push({
        elementId: node.id,
        severity: 'warning',
        message: 'the task has several outgoing flows; use an exclusive gateway to choose between them',
      });
    }
  }
  if (node.kind === 'endEvent' && node.outgoing.length > 0) {
    problems.push({
      elementId: node.id,
      severity: 'warning',
      message: 'the end event has outgoing flows; they are never taken',
    });
  }
  if (node.kind === 'exclusiveGateway') return;
  for (const flowId of node.outgoing) {
    if (definition.flows.get(flowId)?.condition !== undefined) {
      problems.push({
        elementId: flowId,
        severity: 'warning',
        message: `the flow has a condition but leaves "${node.id}", which is not an exclusive gateway; the condition is ignored`,
      });
    }
  }
}

function checkReachability(definition: ProcessDefinition, problems: ProcessProblem[]): void {
  const reached = new Set<string>();
  const pending = definition.startEvents.map((event) => event.id);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    for (const flowId of definition.nodes.get(id)?.outgoing ?? []) {
      const target = definition.flows.get(flowId)?.targetRef;
      if (target !== undefined) pending.push(target);
    }
  }
  for (const node of definition.nodes.values()) {
    if (!reached.has(node.id) && node.kind !== 'startEvent') {
      problems.push({
        elementId: node.id,
        severity: 'warning',
        message: 'no path from the start event reaches this element',
      });
    }
  }
}

/** Structural rules the process engine relies on: errors make the process unusable, warnings are doubtful. */
export function checkProcessStructure(definition: ProcessDefinition): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  checkStartEvents(definition, problems);
  if (definition.endEvents.length === 0) {
    problems.push({
      severity: 'warning',
      message: 'the process has no end event, so an instance can never complete',
    });
  }
  for (const gateway of definition.gateways) checkGateway(definition, gateway, problems);
  for (const node of definition.nodes.values()) checkOutgoing(definition, node, problems);
  if (definition.startEvents.length > 0) checkReachability(definition, problems);
  return problems;
}
