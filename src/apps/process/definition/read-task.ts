import type { ProcessProblem, ProcessTask, TaskAction, TaskActionType } from './process-definition.ts';
import { KNOWN_TASK_TYPES } from './process-definition.ts';
import {
  readEFormidlingConfig,
  readPaymentConfig,
  readPdfConfig,
  readSignatureConfig,
  readSubformPdfConfig,
} from './read-task-configs.ts';
import { attributeOf, childrenNamed, childText, firstChild, type XmlNode } from './xml-element-tree.ts';

export type TaskWithoutFlows = Omit<ProcessTask, 'incoming' | 'outgoing'>;

const KNOWN = new Set<string>(KNOWN_TASK_TYPES);

function readActions(
  taskId: string,
  extension: XmlNode | undefined,
  problems: ProcessProblem[],
): TaskAction[] {
  const list = firstChild(extension, 'actions');
  if (list === undefined) return [];
  const actions: TaskAction[] = [];
  for (const element of childrenNamed(list, 'action')) {
    const id = element.text.trim();
    if (id === '') {
      problems.push({ elementId: taskId, severity: 'warning', message: 'an empty <action> is ignored' });
      continue;
    }
    const declaredType = attributeOf(element, 'type');
    let type: TaskActionType = 'processAction';
    if (declaredType === 'serverAction') type = 'serverAction';
    else if (declaredType !== undefined && declaredType !== 'processAction') {
      problems.push({
        elementId: taskId,
        severity: 'warning',
        message: `action "${id}" has the unknown type "${declaredType}"; it is treated as a processAction`,
      });
    }
    if (actions.some((action) => action.id === id)) {
      problems.push({ elementId: taskId, severity: 'warning', message: `action "${id}" is declared twice` });
      continue;
    }
    actions.push({ id, type });
  }
  return actions;
}

function readTaskType(node: XmlNode, extension: XmlNode | undefined, problems: ProcessProblem[]) {
  const id = attributeOf(node, 'id') ?? '';
  const fromElement = childText(extension, 'taskType');
  // Older apps write the type as an attribute on the task: altinn:tasktype="data".
  const fromAttribute = attributeOf(node, 'tasktype') ?? attributeOf(node, 'taskType');
  if (fromElement !== undefined && fromAttribute !== undefined && fromElement !== fromAttribute) {
    problems.push({
      elementId: id,
      severity: 'warning',
      message: `the task type is "${fromElement}" in <taskType> but "${fromAttribute}" in the tasktype attribute; <taskType> wins`,
    });
  }
  return fromElement ?? fromAttribute;
}

/** Reads a `<task>` or `<serviceTask>` with its Altinn extension; undefined when it has no task type. */
export function readTask(
  node: XmlNode,
  element: 'task' | 'serviceTask',
  problems: ProcessProblem[],
): TaskWithoutFlows | undefined {
  const id = attributeOf(node, 'id') ?? '';
  const extensionElements = firstChild(node, 'extensionElements');
  // Very old apps wrap the settings in <altinn:properties> instead of <altinn:taskExtension>.
  const extension =
    firstChild(extensionElements, 'taskExtension') ?? firstChild(extensionElements, 'properties');
  const taskType = readTaskType(node, extension, problems);
  if (taskType === undefined) {
    problems.push({
      elementId: id,
      severity: 'error',
      message: 'the task has no Altinn task type (<altinn:taskType> or the altinn:tasktype attribute)',
    });
    return undefined;
  }
  if (!KNOWN.has(taskType)) {
    problems.push({
      elementId: id,
      severity: 'warning',
      message: `"${taskType}" is not one of Altinn's task types (${KNOWN_TASK_TYPES.join(', ')}); it is kept as a custom task type`,
    });
  }
  const name = attributeOf(node, 'name');
  const signature = firstChild(extension, 'signatureConfig');
  const payment = firstChild(extension, 'paymentConfig');
  const pdf = firstChild(extension, 'pdfConfig');
  const eFormidling = firstChild(extension, 'eFormidlingConfig');
  const subformPdf = firstChild(extension, 'subformPdfConfig');
  return {
    kind: 'task',
    id,
    ...(name === undefined ? {} : { name }),
    element,
    taskType,
    actions: readActions(id, extension, problems),
    ...(signature === undefined ? {} : { signature: readSignatureConfig(signature) }),
    ...(payment === undefined ? {} : { payment: readPaymentConfig(payment) }),
    ...(pdf === undefined ? {} : { pdf: readPdfConfig(pdf) }),
    ...(eFormidling === undefined ? {} : { eFormidling: readEFormidlingConfig(eFormidling) }),
    ...(subformPdf === undefined ? {} : { subformPdf: readSubformPdfConfig(subformPdf) }),
  };
}
