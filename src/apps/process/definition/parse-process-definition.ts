import { checkProcessStructure } from './check-process-structure.ts';
import type {
  EndEvent,
  ExclusiveGateway,
  FlowNode,
  ParseProcessResult,
  ProcessDefinition,
  ProcessProblem,
  ProcessTask,
  SequenceFlow,
  StartEvent,
} from './process-definition.ts';
import { readCondition } from './read-condition.ts';
import { readTask } from './read-task.ts';
import { resolveFlows } from './resolve-flows.ts';
import {
  attributeOf,
  childrenNamed,
  childText,
  firstChild,
  readXmlTree,
  type XmlNode,
} from './xml-element-tree.ts';

type NodeWithoutFlows = DistributiveOmit<FlowNode, 'incoming' | 'outgoing'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Process children that carry no behaviour (diagram notes, lanes, data objects). */
const IGNORED = new Set([
  'extensionElements',
  'documentation',
  'textAnnotation',
  'association',
  'laneSet',
  'dataObject',
  'dataObjectReference',
  'dataStoreReference',
  'dataInputAssociation',
  'dataOutputAssociation',
  'group',
  'category',
]);

interface ReadElements {
  readonly nodes: { readonly node: NodeWithoutFlows; readonly declaredOutgoing: string[] }[];
  readonly flows: SequenceFlow[];
}

function readFlow(element: XmlNode, id: string, problems: ProcessProblem[]): SequenceFlow | undefined {
  const sourceRef = attributeOf(element, 'sourceRef');
  const targetRef = attributeOf(element, 'targetRef');
  if (sourceRef === undefined || targetRef === undefined) {
    problems.push({
      elementId: id,
      severity: 'error',
      message: 'the sequence flow needs both sourceRef and targetRef',
    });
    return undefined;
  }
  const name = attributeOf(element, 'name');
  const flowType = attributeOf(element, 'flowtype');
  const conditionElement = firstChild(element, 'conditionExpression');
  let condition: SequenceFlow['condition'];
  if (conditionElement !== undefined) {
    const result = readCondition(conditionElement.text);
    // The flow is kept without its condition so that the structure checks do not cascade.
    if (result.ok) condition = result.condition;
    else problems.push({ elementId: id, severity: 'error', message: result.message });
  }
  return {
    id,
    ...(name === undefined ? {} : { name }),
    sourceRef,
    targetRef,
    ...(condition === undefined ? {} : { condition }),
    ...(flowType === undefined ? {} : { flowType }),
  };
}

function readNode(element: XmlNode, id: string, problems: ProcessProblem[]): NodeWithoutFlows | undefined {
  const name = attributeOf(element, 'name');
  const named = name === undefined ? {} : { name };
  switch (element.localName) {
    case 'startEvent':
      return { kind: 'startEvent', id, ...named };
    case 'endEvent':
      return { kind: 'endEvent', id, ...named };
    case 'exclusiveGateway': {
      const defaultFlowId = attributeOf(element, 'default');
      const extension = firstChild(firstChild(element, 'extensionElements'), 'gatewayExtension');
      const connectedDataTypeId = childText(extension, 'connectedDataTypeId');
      return {
        kind: 'exclusiveGateway',
        id,
        ...named,
        ...(defaultFlowId === undefined ? {} : { defaultFlowId }),
        ...(connectedDataTypeId === undefined ? {} : { connectedDataTypeId }),
      };
    }
    case 'task':
    case 'serviceTask':
      return readTask(element, element.localName, problems);
    default:
      return undefined;
  }
}

function readElements(process: XmlNode, problems: ProcessProblem[]): ReadElements {
  const nodes: ReadElements['nodes'] = [];
  const flows: SequenceFlow[] = [];
  const seen = new Set<string>();
  for (const element of process.children) {
    const kind = element.localName;
    if (IGNORED.has(kind)) continue;
    const id = attributeOf(element, 'id');
    const isFlow = kind === 'sequenceFlow';
    const isNode = ['startEvent', 'endEvent', 'exclusiveGateway', 'task', 'serviceTask'].includes(kind);
    if (!isFlow && !isNode) {
      problems.push({
        ...(id === undefined ? {} : { elementId: id }),
        severity: 'warning',
        message: `<${kind}> is not supported (only startEvent, task, serviceTask, exclusiveGateway, endEvent and sequenceFlow are) and is ignored`,
      });
      continue;
    }
    if (id === undefined) {
      problems.push({ severity: 'error', message: `a <${kind}> has no id` });
      continue;
    }
    if (seen.has(id)) {
      problems.push({
        elementId: id,
        severity: 'error',
        message: `the id "${id}" is used by more than one element`,
      });
      continue;
    }
    seen.add(id);
    if (isFlow) {
      const flow = readFlow(element, id, problems);
      if (flow !== undefined) flows.push(flow);
      continue;
    }
    const node = readNode(element, id, problems);
    if (node !== undefined) {
      const declaredOutgoing = childrenNamed(element, 'outgoing')
        .map((outgoing) => outgoing.text.trim())
        .filter((flowId) => flowId !== '');
      nodes.push({ node, declaredOutgoing });
    }
  }
  return { nodes, flows };
}

function buildDefinition(
  root: XmlNode,
  process: XmlNode,
  read: ReadElements,
  problems: ProcessProblem[],
): ProcessDefinition {
  const resolved = resolveFlows(
    read.nodes.map(({ node, declaredOutgoing }) => ({ id: node.id, declaredOutgoing })),
    read.flows,
    problems,
  );
  const nodes = read.nodes.map(
    ({ node }) =>
      ({
        ...node,
        incoming: resolved.incoming.get(node.id) ?? [],
        outgoing: resolved.outgoing.get(node.id) ?? [],
      }) as FlowNode,
  );
  const definitionsId = attributeOf(root, 'id');
  return {
    ...(definitionsId === undefined ? {} : { definitionsId }),
    processId: attributeOf(process, 'id') ?? '',
    startEvents: nodes.filter((node): node is StartEvent => node.kind === 'startEvent'),
    tasks: nodes.filter((node): node is ProcessTask => node.kind === 'task'),
    gateways: nodes.filter((node): node is ExclusiveGateway => node.kind === 'exclusiveGateway'),
    endEvents: nodes.filter((node): node is EndEvent => node.kind === 'endEvent'),
    sequenceFlows: resolved.flows,
    nodes: new Map(nodes.map((node) => [node.id, node])),
    flows: new Map(resolved.flows.map((flow) => [flow.id, flow])),
  };
}

/**
 * Reads an Altinn `process.bpmn` (any namespace prefix, or none) into a `ProcessDefinition` and checks
 * its structure. The definition is returned only when there is no error; warnings come either way.
 */
export function parseProcessDefinition(xml: string): ParseProcessResult {
  const problems: ProcessProblem[] = [];
  let root: XmlNode;
  try {
    root = readXmlTree(xml);
  } catch (error) {
    return {
      problems: [{ severity: 'error', message: error instanceof Error ? error.message : String(error) }],
    };
  }
  if (root.localName !== 'definitions') {
    problems.push({
      severity: 'error',
      message: `not a BPMN document: the root element is <${root.localName}>, expected <definitions>`,
    });
    return { problems };
  }
  const [process, ...otherProcesses] = childrenNamed(root, 'process');
  if (process === undefined) {
    problems.push({ severity: 'error', message: 'the document has no <process>' });
    return { problems };
  }
  for (const other of otherProcesses) {
    problems.push({
      ...(attributeOf(other, 'id') === undefined ? {} : { elementId: attributeOf(other, 'id') }),
      severity: 'warning',
      message: 'only the first <process> is used; this one is ignored',
    });
  }
  const definition = buildDefinition(root, process, readElements(process, problems), problems);
  problems.push(...checkProcessStructure(definition));
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return hasErrors ? { problems } : { definition, problems };
}
