import { describe, expect, it } from 'vitest';
import { parseProcessDefinition } from './parse-process-definition.ts';
import type { ProcessDefinition } from './process-definition.ts';
import {
  firstTask,
  flowById,
  isEndEvent,
  isGateway,
  isStartEvent,
  isTask,
  nextElements,
  nodeById,
  outgoingFlows,
  startEvent,
  taskById,
  tasksOfType,
} from './process-navigation.ts';

const task = (id: string, type: string) =>
  `<task id="${id}"><extensionElements><altinn:taskExtension><altinn:taskType>${type}</altinn:taskType></altinn:taskExtension></extensionElements></task>`;

/** data → confirmation → gateway (reject loops back, default goes on) → signing → end; no namespace prefix. */
const XML = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:altinn="http://altinn.no/process">
  <process id="P">
    <startEvent id="Start"/>
    <exclusiveGateway id="GwIn"/>
    ${task('Form', 'data')}
    ${task('Confirm', 'confirmation')}
    <exclusiveGateway id="Gw" default="to_sign"/>
    ${task('Sign', 'signing')}
    <endEvent id="End"/>
    <sequenceFlow id="s0" sourceRef="Start" targetRef="GwIn"/>
    <sequenceFlow id="s1" sourceRef="GwIn" targetRef="Form"/>
    <sequenceFlow id="s2" sourceRef="Form" targetRef="Confirm"/>
    <sequenceFlow id="s3" sourceRef="Confirm" targetRef="Gw"/>
    <sequenceFlow id="back" sourceRef="Gw" targetRef="Form"><conditionExpression>["equals", ["gatewayAction"], "reject"]</conditionExpression></sequenceFlow>
    <sequenceFlow id="to_sign" sourceRef="Gw" targetRef="Sign"/>
    <sequenceFlow id="s4" sourceRef="Sign" targetRef="End"/>
  </process>
</definitions>`;

function load(xml: string): ProcessDefinition {
  const result = parseProcessDefinition(xml);
  expect(result.problems).toEqual([]);
  return result.definition!;
}

describe('process navigation helpers', () => {
  const definition = load(XML);

  it('finds elements, tasks and flows by id', () => {
    expect(nodeById(definition, 'Gw')?.kind).toBe('exclusiveGateway');
    expect(taskById(definition, 'Confirm')?.taskType).toBe('confirmation');
    expect(taskById(definition, 'Gw')).toBeUndefined();
    expect(taskById(definition, 'Nope')).toBeUndefined();
    expect(flowById(definition, 'back')?.condition?.usesGatewayAction).toBe(true);
    expect(tasksOfType(definition, 'signing').map((t) => t.id)).toEqual(['Sign']);
  });

  it('tells element kinds apart', () => {
    expect(isStartEvent(nodeById(definition, 'Start'))).toBe(true);
    expect(isTask(nodeById(definition, 'Form'))).toBe(true);
    expect(isGateway(nodeById(definition, 'Gw'))).toBe(true);
    expect(isEndEvent(nodeById(definition, 'End'))).toBe(true);
    expect(isTask(undefined)).toBe(false);
  });

  it('lists outgoing flows and next elements without evaluating gateways', () => {
    expect(outgoingFlows(definition, 'Gw').map((flow) => flow.id)).toEqual(['back', 'to_sign']);
    expect(nextElements(definition, 'Gw').map((node) => node.id)).toEqual(['Form', 'Sign']);
    expect(nextElements(definition, 'Sign').map((node) => node.id)).toEqual(['End']);
    expect(nextElements(definition, 'End')).toEqual([]);
    expect(nextElements(definition, 'Unknown')).toEqual([]);
  });

  it('finds the start event and the first task through a pass-through gateway', () => {
    expect(startEvent(definition).id).toBe('Start');
    expect(firstTask(definition)?.id).toBe('Form');
  });

  it('has no first task when reaching one needs a gateway decision', () => {
    const branching = load(
      XML.replace(
        '<sequenceFlow id="s1" sourceRef="GwIn" targetRef="Form"/>',
        '<sequenceFlow id="s1" sourceRef="GwIn" targetRef="Form"><conditionExpression>true</conditionExpression></sequenceFlow><sequenceFlow id="s1b" sourceRef="GwIn" targetRef="Sign"/>',
      ),
    );
    expect(firstTask(branching)).toBeUndefined();
  });
});
