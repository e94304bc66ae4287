import { describe, expect, it } from 'vitest';
import { type ProcessDefinition, parseProcessDefinition } from '../definition/index.ts';
import { expressionConditions } from './gateway-conditions.ts';
import { ProcessEngineError } from './process-engine-error.ts';
import { nextTransition, startTransition } from './process-transition.ts';
import { resolveNext } from './resolve-next.ts';
import { isAbandoning } from './task-actions.ts';

function task(id: string, type: string, actions: string[] = []): string {
  const declared = actions.map((action) => `<altinn:action>${action}</altinn:action>`).join('');
  return `<bpmn:task id="${id}"><bpmn:extensionElements><altinn:taskExtension>
    <altinn:taskType>${type}</altinn:taskType>${declared ? `<altinn:actions>${declared}</altinn:actions>` : ''}
  </altinn:taskExtension></bpmn:extensionElements></bpmn:task>`;
}

function flow(id: string, from: string, to: string, condition?: string): string {
  const body =
    condition === undefined ? '' : `<bpmn:conditionExpression>${condition}</bpmn:conditionExpression>`;
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${body}</bpmn:sequenceFlow>`;
}

function definitionOf(elements: string): ProcessDefinition {
  const xml = `<?xml version="1.0"?>
  <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:altinn="http://altinn.no/process" id="D">
    <bpmn:process id="P">${elements}</bpmn:process></bpmn:definitions>`;
  const parsed = parseProcessDefinition(xml);
  if (parsed.definition === undefined) throw new Error(JSON.stringify(parsed.problems));
  return parsed.definition;
}

// data → confirmation → gateway (reject goes back) → gateway on the data (signing when large) → end
const REJECT_LOOP = definitionOf(`
  <bpmn:startEvent id="Start"/>
  ${task('Form', 'data')}
  ${task('Confirm', 'confirmation', ['confirm', 'reject'])}
  <bpmn:exclusiveGateway id="GwConfirm" default="toAmount"/>
  <bpmn:exclusiveGateway id="GwAmount" default="toEnd">
    <bpmn:extensionElements><altinn:gatewayExtension><altinn:connectedDataTypeId>model</altinn:connectedDataTypeId></altinn:gatewayExtension></bpmn:extensionElements>
  </bpmn:exclusiveGateway>
  ${task('Sign', 'signing', ['sign'])}
  <bpmn:endEvent id="End"/>
  ${flow('f1', 'Start', 'Form')}
  ${flow('f2', 'Form', 'Confirm')}
  ${flow('f3', 'Confirm', 'GwConfirm')}
  ${flow('back', 'GwConfirm', 'Form', '["equals", ["gatewayAction"], "reject"]')}
  ${flow('toAmount', 'GwConfirm', 'GwAmount')}
  ${flow('toSign', 'GwAmount', 'Sign', '["greaterThan", ["dataModel", "amount"], 100]')}
  ${flow('toEnd', 'GwAmount', 'End')}
  ${flow('f4', 'Sign', 'End')}
`);

const NOW = '2026-01-01T00:00:00.000Z';
const conditions = (amount: number, action?: string) =>
  expressionConditions(REJECT_LOOP, [{ dataType: 'model', data: { amount } }], action);

describe('process transitions', () => {
  it('starts at the first task with a start event and a start task event', () => {
    const start = startTransition(REJECT_LOOP, NOW, conditions(0));
    expect(start.state).toEqual({
      started: NOW,
      startEvent: 'Start',
      currentTask: {
        flow: 2,
        started: NOW,
        elementId: 'Form',
        altinnTaskType: 'data',
        flowType: 'CompleteCurrentMoveToNext',
      },
    });
    expect(start.events.map((event) => event.eventType)).toEqual(['process_StartEvent', 'process_StartTask']);
    expect(start.startedTask?.id).toBe('Form');
  });

  it('follows a reject back through the gateway and marks the new task abandoned-into', () => {
    const atConfirm = {
      started: NOW,
      startEvent: 'Start',
      currentTask: { flow: 3, elementId: 'Confirm', altinnTaskType: 'confirmation' },
    };
    const confirmTask = REJECT_LOOP.tasks.find((candidate) => candidate.id === 'Confirm')!;
    expect(isAbandoning(confirmTask, 'reject')).toBe(true);
    const rejected = nextTransition(REJECT_LOOP, atConfirm, NOW, true, conditions(500, 'reject'));
    expect(rejected.state.currentTask).toMatchObject({
      elementId: 'Form',
      flow: 4,
      flowType: 'AbandonCurrentMoveToNext',
    });
    expect(rejected.events.map((event) => event.eventType)).toEqual([
      'process_AbandonTask',
      'process_StartTask',
    ]);
    expect(rejected.endedTask).toBe('Confirm');
  });

  it('chains gateways: a large amount reaches signing, a small one the end by the default flow', () => {
    expect(resolveNext(REJECT_LOOP, 'Confirm', conditions(500, 'confirm')).id).toBe('Sign');
    const atConfirm = {
      started: NOW,
      startEvent: 'Start',
      currentTask: { flow: 3, elementId: 'Confirm', altinnTaskType: 'confirmation' },
    };
    const ended = nextTransition(REJECT_LOOP, atConfirm, NOW, false, conditions(5, 'confirm'));
    expect(ended.ended).toBe(true);
    expect(ended.state).toEqual({ started: NOW, startEvent: 'Start', ended: NOW, endEvent: 'End' });
    expect(ended.events.map((event) => event.eventType)).toEqual([
      'process_EndTask',
      'process_EndEvent',
      'Submited',
    ]);
    expect(ended.events[0]?.state.currentTask).toMatchObject({ elementId: 'Confirm', ended: NOW });
  });

  it('refuses a gateway that keeps more than one flow', () => {
    const ambiguous = definitionOf(`
      <bpmn:startEvent id="Start"/>${task('A', 'data')}${task('B', 'data')}${task('C', 'data')}
      <bpmn:exclusiveGateway id="Gw"/>
      ${flow('f1', 'Start', 'A')}${flow('f2', 'A', 'Gw')}${flow('f3', 'Gw', 'B')}${flow('f4', 'Gw', 'C')}
      <bpmn:endEvent id="End"/>${flow('f5', 'B', 'End')}${flow('f6', 'C', 'End')}
    `);
    expect(() => resolveNext(ambiguous, 'A', () => true)).toThrow(ProcessEngineError);
  });
});
