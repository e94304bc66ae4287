import { describe, expect, it } from 'vitest';
import { parseProcessDefinition } from './parse-process-definition.ts';
import type { ParseProcessResult, ProcessDefinition } from './process-definition.ts';

/** A BPMN document around `body`, with `prefix` for the BPMN namespace ('' for the default namespace). */
function bpmn(body: string, prefix = 'bpmn'): string {
  const p = prefix === '' ? '' : `${prefix}:`;
  const xmlns = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<${p}definitions ${xmlns}="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:altinn="http://altinn.no/process"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Defs">
  <${p}process id="Proc" isExecutable="false">${body.replaceAll('bpmn:', p)}</${p}process>
</${p}definitions>`;
}

const dataTask = (id: string, extra = '') => `
  <bpmn:task id="${id}" name="Task ${id}">
    <bpmn:extensionElements><altinn:taskExtension><altinn:taskType>data</altinn:taskType>${extra}</altinn:taskExtension></bpmn:extensionElements>
  </bpmn:task>`;
const flow = (id: string, from: string, to: string, condition?: string) =>
  condition === undefined
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`;

const LINEAR = `
  <bpmn:startEvent id="Start"/>
  ${dataTask('Task_1')}
  <bpmn:endEvent id="End"/>
  ${flow('f1', 'Start', 'Task_1')}
  ${flow('f2', 'Task_1', 'End')}`;

function definitionOf(result: ParseProcessResult): ProcessDefinition {
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(result.definition).toBeDefined();
  return result.definition!;
}

const errorsOf = (result: ParseProcessResult) =>
  result.problems.filter((problem) => problem.severity === 'error');
const warningsOf = (result: ParseProcessResult) =>
  result.problems.filter((problem) => problem.severity === 'warning');

describe('parseProcessDefinition: elements', () => {
  it('reads start event, task, end event and flows with their ids, names and links', () => {
    const result = parseProcessDefinition(bpmn(LINEAR));
    const definition = definitionOf(result);
    expect(result.problems).toEqual([]);
    expect(definition.definitionsId).toBe('Defs');
    expect(definition.processId).toBe('Proc');
    expect(definition.startEvents).toEqual([
      { kind: 'startEvent', id: 'Start', incoming: [], outgoing: ['f1'] },
    ]);
    expect(definition.tasks).toEqual([
      {
        kind: 'task',
        id: 'Task_1',
        name: 'Task Task_1',
        element: 'task',
        taskType: 'data',
        actions: [],
        incoming: ['f1'],
        outgoing: ['f2'],
      },
    ]);
    expect(definition.endEvents).toEqual([{ kind: 'endEvent', id: 'End', incoming: ['f2'], outgoing: [] }]);
    expect(definition.sequenceFlows.map((f) => [f.id, f.sourceRef, f.targetRef])).toEqual([
      ['f1', 'Start', 'Task_1'],
      ['f2', 'Task_1', 'End'],
    ]);
    expect(definition.nodes.get('Task_1')?.kind).toBe('task');
    expect(definition.flows.get('f2')?.targetRef).toBe('End');
  });

  it.each([
    ['bpmn', 'bpmn'],
    ['bpmn2', 'bpmn2'],
    ['no prefix (default namespace)', ''],
  ])('accepts the BPMN namespace with %s', (_label, prefix) => {
    const definition = definitionOf(parseProcessDefinition(bpmn(LINEAR, prefix)));
    expect(definition.tasks.map((task) => task.id)).toEqual(['Task_1']);
  });

  it('reads the older altinn:tasktype attribute', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:task id="Task_1" altinn:tasktype="confirmation"/>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'End')}`;
    expect(definitionOf(parseProcessDefinition(bpmn(body))).tasks[0]?.taskType).toBe('confirmation');
  });

  it('prefers <altinn:taskType> over the attribute and warns when they differ', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:task id="Task_1" altinn:tasktype="data">
        <bpmn:extensionElements><altinn:taskExtension><altinn:taskType>signing</altinn:taskType></altinn:taskExtension></bpmn:extensionElements>
      </bpmn:task>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'End')}`;
    const result = parseProcessDefinition(bpmn(body));
    expect(definitionOf(result).tasks[0]?.taskType).toBe('signing');
    expect(warningsOf(result)).toEqual([
      expect.objectContaining({ elementId: 'Task_1', message: expect.stringContaining('<taskType> wins') }),
    ]);
  });

  it('reads a serviceTask and keeps an unknown task type as custom, with a warning', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:serviceTask id="Pdf"><bpmn:extensionElements><altinn:taskExtension><altinn:taskType>pdf</altinn:taskType>
        <altinn:pdfConfig><altinn:filenameTextResourceKey>pdf.name</altinn:filenameTextResourceKey>
          <altinn:autoPdfTaskIds><altinn:taskId>Task_1</altinn:taskId></altinn:autoPdfTaskIds></altinn:pdfConfig>
      </altinn:taskExtension></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:task id="Task_1" altinn:tasktype="stamp"/>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Pdf')}${flow('f2', 'Pdf', 'Task_1')}${flow('f3', 'Task_1', 'End')}`;
    const result = parseProcessDefinition(bpmn(body));
    const [pdf, custom] = definitionOf(result).tasks;
    expect(pdf).toMatchObject({
      element: 'serviceTask',
      taskType: 'pdf',
      pdf: { filenameTextResourceKey: 'pdf.name', autoPdfTaskIds: ['Task_1'] },
    });
    expect(custom?.taskType).toBe('stamp');
    expect(warningsOf(result)).toEqual([
      expect.objectContaining({ elementId: 'Task_1', message: expect.stringContaining('custom task type') }),
    ]);
  });

  it('reads declared actions with their types, custom actions included', () => {
    const actions = `<altinn:actions>
        <altinn:action>confirm</altinn:action>
        <altinn:action type="serverAction">lookup</altinn:action>
        <altinn:action altinn:type="processAction">my-custom</altinn:action>
      </altinn:actions>`;
    const body = LINEAR.replace(dataTask('Task_1'), dataTask('Task_1', actions));
    expect(definitionOf(parseProcessDefinition(bpmn(body))).tasks[0]?.actions).toEqual([
      { id: 'confirm', type: 'processAction' },
      { id: 'lookup', type: 'serverAction' },
      { id: 'my-custom', type: 'processAction' },
    ]);
  });

  it('warns about duplicate, empty and unknown-type actions', () => {
    const actions = `<altinn:actions><altinn:action>sign</altinn:action><altinn:action>sign</altinn:action>
      <altinn:action> </altinn:action><altinn:action type="weird">go</altinn:action></altinn:actions>`;
    const result = parseProcessDefinition(
      bpmn(LINEAR.replace(dataTask('Task_1'), dataTask('Task_1', actions))),
    );
    expect(definitionOf(result).tasks[0]?.actions).toEqual([
      { id: 'sign', type: 'processAction' },
      { id: 'go', type: 'processAction' },
    ]);
    expect(warningsOf(result).map((problem) => problem.message)).toEqual([
      'action "sign" is declared twice',
      'an empty <action> is ignored',
      'action "go" has the unknown type "weird"; it is treated as a processAction',
    ]);
  });

  it('reads the signature configuration', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:task id="Sign"><bpmn:extensionElements><altinn:taskExtension>
        <altinn:taskType>signing</altinn:taskType>
        <altinn:actions><altinn:action>sign</altinn:action><altinn:action>reject</altinn:action></altinn:actions>
        <altinn:signatureConfig>
          <altinn:dataTypesToSign><altinn:dataType>model</altinn:dataType><altinn:dataType>attachment</altinn:dataType></altinn:dataTypesToSign>
          <altinn:signatureDataType>signature2</altinn:signatureDataType>
          <altinn:uniqueFromSignaturesInDataTypes><altinn:dataType>signature1</altinn:dataType></altinn:uniqueFromSignaturesInDataTypes>
          <altinn:signeeProviderId>signees</altinn:signeeProviderId>
          <altinn:signeeStatesDataTypeId>signeeState</altinn:signeeStatesDataTypeId>
          <altinn:signingPdfDataType>signing-pdf</altinn:signingPdfDataType>
          <altinn:correspondenceResource env="prod">res-prod</altinn:correspondenceResource>
          <altinn:correspondenceResource>res</altinn:correspondenceResource>
          <altinn:runDefaultValidator>true</altinn:runDefaultValidator>
        </altinn:signatureConfig>
      </altinn:taskExtension></bpmn:extensionElements></bpmn:task>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Sign')}${flow('f2', 'Sign', 'End')}`;
    const [task] = definitionOf(parseProcessDefinition(bpmn(body))).tasks;
    expect(task?.signature).toEqual({
      dataTypesToSign: ['model', 'attachment'],
      signatureDataType: 'signature2',
      uniqueFromSignaturesInDataTypes: ['signature1'],
      signeeProviderId: 'signees',
      signeeStatesDataTypeId: 'signeeState',
      signingPdfDataType: 'signing-pdf',
      correspondenceResources: [{ env: 'prod', value: 'res-prod' }, { value: 'res' }],
      runDefaultValidator: true,
    });
  });

  it('reads payment, eFormidling and subform PDF configuration', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:task id="Pay"><bpmn:extensionElements><altinn:taskExtension><altinn:taskType>payment</altinn:taskType>
        <altinn:paymentConfig><altinn:paymentDataType>payInfo</altinn:paymentDataType>
          <altinn:paymentReceiptPdfDataType>payReceipt</altinn:paymentReceiptPdfDataType></altinn:paymentConfig>
      </altinn:taskExtension></bpmn:extensionElements></bpmn:task>
      <bpmn:serviceTask id="Send"><bpmn:extensionElements><altinn:taskExtension><altinn:taskType>eFormidling</altinn:taskType>
        <altinn:eFormidlingConfig>
          <altinn:receiver env="prod">910075918</altinn:receiver><altinn:receiver>991825827</altinn:receiver>
          <altinn:process>urn:no:difi:profile:arkivmelding:administrasjon:ver1.0</altinn:process>
          <altinn:securityLevel>3</altinn:securityLevel>
          <altinn:dataTypes env="tt02"><altinn:dataType>model</altinn:dataType></altinn:dataTypes>
        </altinn:eFormidlingConfig>
      </altinn:taskExtension></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:serviceTask id="SubPdf"><bpmn:extensionElements><altinn:taskExtension><altinn:taskType>subformPdf</altinn:taskType>
        <altinn:subformPdfConfig><altinn:filename>sub.pdf</altinn:filename><altinn:subformComponentId>cars</altinn:subformComponentId>
          <altinn:subformDatatTypeId>car</altinn:subformDatatTypeId></altinn:subformPdfConfig>
      </altinn:taskExtension></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Pay')}${flow('f2', 'Pay', 'Send')}${flow('f3', 'Send', 'SubPdf')}${flow('f4', 'SubPdf', 'End')}`;
    const [pay, send, subPdf] = definitionOf(parseProcessDefinition(bpmn(body))).tasks;
    expect(pay?.payment).toEqual({ paymentDataType: 'payInfo', paymentReceiptPdfDataType: 'payReceipt' });
    expect(send?.eFormidling).toMatchObject({
      receiver: [{ env: 'prod', value: '910075918' }, { value: '991825827' }],
      process: [{ value: 'urn:no:difi:profile:arkivmelding:administrasjon:ver1.0' }],
      securityLevel: [{ value: '3' }],
      enabled: [],
      dataTypes: [{ env: 'tt02', dataTypeIds: ['model'] }],
    });
    expect(subPdf?.subformPdf).toEqual({
      filename: 'sub.pdf',
      subformComponentId: 'cars',
      subformDataTypeId: 'car',
      parallelExecution: false,
    });
  });

  it('reads an exclusive gateway with its default flow, connected data type and JSON conditions', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      ${dataTask('Task_1')}
      <bpmn:exclusiveGateway id="Gw" default="f_default">
        <bpmn:extensionElements><altinn:gatewayExtension><altinn:connectedDataTypeId>model</altinn:connectedDataTypeId></altinn:gatewayExtension></bpmn:extensionElements>
      </bpmn:exclusiveGateway>
      ${dataTask('Task_2')}
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Gw')}
      ${flow('f_back', 'Gw', 'Task_1', '\n  ["equals", ["gatewayAction"], "reject"]\n')}
      ${flow('f_data', 'Gw', 'Task_2', '<![CDATA[["equals", ["dataModel", "a.b"], true]]]>')}
      <bpmn:sequenceFlow id="f_default" sourceRef="Gw" targetRef="End"/>
      ${flow('f3', 'Task_2', 'End')}`;
    const definition = definitionOf(parseProcessDefinition(bpmn(body)));
    expect(definition.gateways).toEqual([
      {
        kind: 'exclusiveGateway',
        id: 'Gw',
        defaultFlowId: 'f_default',
        connectedDataTypeId: 'model',
        incoming: ['f2'],
        outgoing: ['f_back', 'f_data', 'f_default'],
      },
    ]);
    expect(definition.flows.get('f_back')?.condition).toEqual({
      text: '["equals", ["gatewayAction"], "reject"]',
      expression: ['equals', ['gatewayAction'], 'reject'],
      usesGatewayAction: true,
    });
    expect(definition.flows.get('f_data')?.condition).toEqual({
      text: '["equals", ["dataModel", "a.b"], true]',
      expression: ['equals', ['dataModel', 'a.b'], true],
      usesGatewayAction: false,
    });
    expect(definition.flows.get('f_default')?.condition).toBeUndefined();
  });

  it('ignores diagram information and notes without a problem', () => {
    const xml = bpmn(
      `${LINEAR}<bpmn:textAnnotation id="Note"><bpmn:text>hi</bpmn:text></bpmn:textAnnotation>`,
    ).replace(
      '</bpmn:definitions>',
      '<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="D"/></bpmn:definitions>',
    );
    expect(parseProcessDefinition(xml).problems).toEqual([]);
  });

  it('reads a document that starts with a byte order mark', () => {
    expect(definitionOf(parseProcessDefinition(`\uFEFF${bpmn(LINEAR)}`)).tasks).toHaveLength(1);
  });
});

describe('parseProcessDefinition: invalid documents', () => {
  it('reports malformed XML with its position', () => {
    const result = parseProcessDefinition('<bpmn:definitions><bpmn:process id="P"></bpmn:definitions>');
    expect(result.definition).toBeUndefined();
    expect(errorsOf(result)).toEqual([
      { severity: 'error', message: expect.stringMatching(/^malformed XML at line 1/) },
    ]);
  });

  it('reports a document that is not BPMN or has no process', () => {
    expect(errorsOf(parseProcessDefinition('<policy/>'))[0]?.message).toContain('not a BPMN document');
    expect(errorsOf(parseProcessDefinition('<definitions id="d"/>'))[0]?.message).toBe(
      'the document has no <process>',
    );
  });

  it.each([
    [
      'no start event',
      LINEAR.replace('<bpmn:startEvent id="Start"/>', '').replace(flow('f1', 'Start', 'Task_1'), ''),
      undefined,
      'the process has no start event',
    ],
    [
      'two start events',
      `${LINEAR}<bpmn:startEvent id="Start2"/>${flow('f9', 'Start2', 'Task_1')}`,
      undefined,
      'the process has 2 start events (Start, Start2); exactly one is supported',
    ],
    [
      'a duplicate task id',
      `${LINEAR}${dataTask('Task_1')}`,
      'Task_1',
      'the id "Task_1" is used by more than one element',
    ],
    [
      'a flow to an unknown element',
      LINEAR.replace(flow('f2', 'Task_1', 'End'), flow('f2', 'Task_1', 'Nowhere')),
      'f2',
      'the sequence flow\'s targetRef "Nowhere" is not a start event, task, gateway or end event of the process',
    ],
    [
      'a flow from an unknown element',
      `${LINEAR}${flow('f9', 'Ghost', 'End')}`,
      'f9',
      'the sequence flow\'s sourceRef "Ghost" is not a start event, task, gateway or end event of the process',
    ],
    [
      'a flow without targetRef',
      `${LINEAR}<bpmn:sequenceFlow id="f9" sourceRef="Task_1"/>`,
      'f9',
      'the sequence flow needs both sourceRef and targetRef',
    ],
    [
      'a task without task type',
      LINEAR.replace(dataTask('Task_1'), '<bpmn:task id="Task_1"/>'),
      'Task_1',
      'the task has no Altinn task type (<altinn:taskType> or the altinn:tasktype attribute)',
    ],
    ['an element without id', `${LINEAR}<bpmn:endEvent/>`, undefined, 'a <endEvent> has no id'],
    [
      'a start event without outgoing flow',
      LINEAR.replace(flow('f1', 'Start', 'Task_1'), ''),
      'Start',
      'the start event has no outgoing sequence flow',
    ],
  ])('rejects %s', (_label, body, elementId, message) => {
    const result = parseProcessDefinition(bpmn(body));
    expect(result.definition).toBeUndefined();
    expect(errorsOf(result)).toContainEqual({
      ...(elementId === undefined ? {} : { elementId }),
      severity: 'error',
      message,
    });
  });

  it('rejects a gateway without outgoing flows and a default flow that is not its own', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:exclusiveGateway id="Gw1"/>
      <bpmn:exclusiveGateway id="Gw2" default="f1"/>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Gw1')}${flow('f2', 'Start', 'Gw2')}${flow('f3', 'Gw2', 'End')}`;
    const result = parseProcessDefinition(bpmn(body));
    expect(errorsOf(result)).toEqual([
      { elementId: 'Gw1', severity: 'error', message: 'the gateway has no outgoing sequence flow' },
      {
        elementId: 'Gw2',
        severity: 'error',
        message: 'the default flow "f1" is not one of the gateway\'s outgoing flows (f3)',
      },
    ]);
  });

  it('rejects a condition that is not a JSON expression', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:exclusiveGateway id="Gw"/>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Gw')}${flow('f2', 'Gw', 'End', '#{approved}')}`;
    expect(errorsOf(parseProcessDefinition(bpmn(body)))).toEqual([
      {
        elementId: 'f2',
        severity: 'error',
        message: expect.stringMatching(
          /^the condition expression is not a JSON expression \(.*\): #\{approved\}$/,
        ),
      },
    ]);
  });
});

describe('parseProcessDefinition: tolerated oddities', () => {
  it('attaches a flow whose sourceRef names nothing to the gateway that lists it as outgoing', () => {
    // As in Altinn's signing-test app: the flows name a gateway id that does not exist.
    const body = `
      <bpmn:startEvent id="Start"/>
      ${dataTask('Task_1')}
      <bpmn:exclusiveGateway id="Gw"><bpmn:outgoing>f_back</bpmn:outgoing><bpmn:outgoing>f_on</bpmn:outgoing></bpmn:exclusiveGateway>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Task_1')}${flow('f2', 'Task_1', 'Gw')}
      ${flow('f_back', 'Old_Gw', 'Task_1', '["equals", ["gatewayAction"], "reject"]')}
      ${flow('f_on', 'Old_Gw', 'End', '["notEquals", ["gatewayAction"], "reject"]')}`;
    const result = parseProcessDefinition(bpmn(body));
    const definition = definitionOf(result);
    expect(definition.gateways[0]?.outgoing).toEqual(['f_back', 'f_on']);
    expect(definition.flows.get('f_back')?.sourceRef).toBe('Gw');
    expect(warningsOf(result).map((problem) => problem.elementId)).toEqual(['f_back', 'f_on']);
  });

  it('warns about unsupported elements, dead ends, unreachable elements and ignored conditions', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      ${dataTask('Task_1')}
      ${dataTask('Island')}
      <bpmn:userTask id="Human"/>
      <bpmn:endEvent id="End"/>
      ${flow('f1', 'Start', 'Task_1', '["equals", 1, 1]')}
      ${flow('f2', 'Island', 'End')}`;
    const result = parseProcessDefinition(bpmn(body));
    expect(result.definition).toBeDefined();
    expect(warningsOf(result).map((problem) => [problem.elementId, problem.message])).toEqual([
      [
        'Human',
        '<userTask> is not supported (only startEvent, task, serviceTask, exclusiveGateway, endEvent and sequenceFlow are) and is ignored',
      ],
      [
        'f1',
        'the flow has a condition but leaves "Start", which is not an exclusive gateway; the condition is ignored',
      ],
      ['Task_1', 'the task has no outgoing sequence flow; process/next can never leave it'],
      ['Island', 'no path from the start event reaches this element'],
      ['End', 'no path from the start event reaches this element'],
    ]);
  });

  it('warns about a gateway that cannot choose and a process without end event', () => {
    const body = `
      <bpmn:startEvent id="Start"/>
      <bpmn:exclusiveGateway id="Gw"/>
      ${dataTask('A')}${dataTask('B')}
      ${flow('f1', 'Start', 'Gw')}${flow('f2', 'Gw', 'A')}${flow('f3', 'Gw', 'B')}${flow('f4', 'A', 'B')}${flow('f5', 'B', 'A')}`;
    const result = parseProcessDefinition(bpmn(body));
    expect(warningsOf(result).map((problem) => problem.message)).toEqual([
      'the process has no end event, so an instance can never complete',
      'the gateway has several outgoing flows but no conditions and no default flow; only custom gateway logic can choose',
    ]);
  });

  it('warns when an <outgoing> list disagrees with the flows', () => {
    const body = LINEAR.replace(
      '<bpmn:startEvent id="Start"/>',
      '<bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing><bpmn:outgoing>fx</bpmn:outgoing></bpmn:startEvent>',
    );
    expect(warningsOf(parseProcessDefinition(bpmn(body))).map((problem) => problem.message)).toEqual([
      '<outgoing> names "f2", but that flow leaves "Task_1"',
      '<outgoing> names "fx", which is not a sequence flow; it is ignored',
    ]);
  });

  it('keeps the older altinn:flowtype attribute of a flow', () => {
    const body = LINEAR.replace(
      flow('f2', 'Task_1', 'End'),
      '<bpmn:sequenceFlow id="f2" sourceRef="Task_1" targetRef="End" altinn:flowtype="CompleteCurrentMoveToNext"/>',
    );
    expect(definitionOf(parseProcessDefinition(bpmn(body))).flows.get('f2')?.flowType).toBe(
      'CompleteCurrentMoveToNext',
    );
  });
});
