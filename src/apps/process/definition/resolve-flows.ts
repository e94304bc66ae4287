import type { ProcessProblem, SequenceFlow } from './process-definition.ts';

/** A flow node as read, before flows are attached: `declaredOutgoing` is its `<outgoing>` list. */
export interface NodeReference {
  readonly id: string;
  readonly declaredOutgoing: readonly string[];
}

export interface ResolvedFlows {
  /** The flows whose ends both name a node, with the source corrected where needed. */
  readonly flows: readonly SequenceFlow[];
  readonly incoming: ReadonlyMap<string, readonly string[]>;
  readonly outgoing: ReadonlyMap<string, readonly string[]>;
}

/**
 * Attaches flows to nodes by `sourceRef`/`targetRef`. Altinn follows a gateway's `<outgoing>` list rather
 * than the flows' `sourceRef`, and some real apps rely on that (a flow whose `sourceRef` names no element
 * but that a gateway lists as outgoing); such a flow is attached to the node that lists it, with a warning.
 */
export function resolveFlows(
  nodes: readonly NodeReference[],
  flows: readonly SequenceFlow[],
  problems: ProcessProblem[],
): ResolvedFlows {
  const nodeIds = new Set(nodes.map((node) => node.id));
  const listedBy = new Map<string, string[]>();
  for (const node of nodes) {
    for (const flowId of node.declaredOutgoing) {
      const listing = listedBy.get(flowId) ?? [];
      listing.push(node.id);
      listedBy.set(flowId, listing);
    }
  }

  const resolved: SequenceFlow[] = [];
  for (const flow of flows) {
    let sourceRef = flow.sourceRef;
    if (!nodeIds.has(sourceRef)) {
      const listing = listedBy.get(flow.id) ?? [];
      const [onlyListing] = listing;
      if (listing.length !== 1 || onlyListing === undefined) {
        problems.push({
          elementId: flow.id,
          severity: 'error',
          message: `the sequence flow's sourceRef "${sourceRef}" is not a start event, task, gateway or end event of the process`,
        });
        continue;
      }
      problems.push({
        elementId: flow.id,
        severity: 'warning',
        message: `the sequence flow's sourceRef "${sourceRef}" names no element; it leaves "${onlyListing}", which lists it as outgoing`,
      });
      sourceRef = onlyListing;
    }
    if (!nodeIds.has(flow.targetRef)) {
      problems.push({
        elementId: flow.id,
        severity: 'error',
        message: `the sequence flow's targetRef "${flow.targetRef}" is not a start event, task, gateway or end event of the process`,
      });
      continue;
    }
    resolved.push(sourceRef === flow.sourceRef ? flow : { ...flow, sourceRef });
  }

  const byId = new Map(resolved.map((flow) => [flow.id, flow]));
  const allFlowIds = new Set(flows.map((flow) => flow.id));
  for (const node of nodes) {
    for (const flowId of node.declaredOutgoing) {
      const flow = byId.get(flowId);
      if (!allFlowIds.has(flowId)) {
        problems.push({
          elementId: node.id,
          severity: 'warning',
          message: `<outgoing> names "${flowId}", which is not a sequence flow; it is ignored`,
        });
      } else if (flow !== undefined && flow.sourceRef !== node.id) {
        problems.push({
          elementId: node.id,
          severity: 'warning',
          message: `<outgoing> names "${flowId}", but that flow leaves "${flow.sourceRef}"`,
        });
      }
    }
  }

  const incoming = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  const outgoing = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const flow of resolved) {
    outgoing.get(flow.sourceRef)?.push(flow.id);
    incoming.get(flow.targetRef)?.push(flow.id);
  }
  return { flows: resolved, incoming, outgoing };
}
