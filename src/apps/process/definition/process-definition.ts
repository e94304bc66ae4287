/** A JSON value as found in a condition expression (`["equals", ["gatewayAction"], "reject"]`). */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Altinn's built-in task types; apps may also name custom (service) task types. */
export const KNOWN_TASK_TYPES = [
  'data',
  'confirmation',
  'feedback',
  'signing',
  'payment',
  'pdf',
  'eFormidling',
  'fiksArkiv',
  'subformPdf',
] as const;

export type KnownTaskType = (typeof KNOWN_TASK_TYPES)[number];

/** `processAction` may move the process (`process/next`); `serverAction` runs through `POST actions`. */
export type TaskActionType = 'processAction' | 'serverAction';

export interface TaskAction {
  readonly id: string;
  readonly type: TaskActionType;
}

/** A value that may differ per environment (`<altinn:receiver env="prod">…</altinn:receiver>`). */
export interface EnvironmentValue {
  /** Absent: applies to every environment without a value of its own. */
  readonly env?: string;
  readonly value: string;
}

export interface SignatureConfig {
  readonly dataTypesToSign: readonly string[];
  readonly signatureDataType?: string;
  /** Whoever signed one of these signature data types may not sign this one. */
  readonly uniqueFromSignaturesInDataTypes: readonly string[];
  readonly signeeProviderId?: string;
  readonly signeeStatesDataTypeId?: string;
  readonly signingPdfDataType?: string;
  readonly correspondenceResources: readonly EnvironmentValue[];
  readonly runDefaultValidator: boolean;
}

export interface PaymentConfig {
  readonly paymentDataType?: string;
  readonly paymentReceiptPdfDataType?: string;
  readonly paymentProcessorId?: string;
}

export interface PdfConfig {
  readonly filenameTextResourceKey?: string;
  readonly filename?: string;
  readonly dataTypeId?: string;
  readonly autoPdfTaskIds: readonly string[];
}

export interface EFormidlingDataTypes {
  readonly env?: string;
  readonly dataTypeIds: readonly string[];
}

export interface EFormidlingConfig {
  readonly enabled: readonly EnvironmentValue[];
  readonly receiver: readonly EnvironmentValue[];
  readonly process: readonly EnvironmentValue[];
  readonly standard: readonly EnvironmentValue[];
  readonly typeVersion: readonly EnvironmentValue[];
  readonly type: readonly EnvironmentValue[];
  readonly securityLevel: readonly EnvironmentValue[];
  readonly dpfShipmentType: readonly EnvironmentValue[];
  readonly dataTypes: readonly EFormidlingDataTypes[];
}

export interface SubformPdfConfig {
  readonly filename?: string;
  readonly subformComponentId?: string;
  readonly subformDataTypeId?: string;
  readonly parallelExecution: boolean;
}

interface FlowNodeBase {
  readonly id: string;
  readonly name?: string;
  /** Ids of the sequence flows that end here, in document order. */
  readonly incoming: readonly string[];
  /** Ids of the sequence flows that leave here, in document order. */
  readonly outgoing: readonly string[];
}

export interface StartEvent extends FlowNodeBase {
  readonly kind: 'startEvent';
}

export interface EndEvent extends FlowNodeBase {
  readonly kind: 'endEvent';
}

export interface ExclusiveGateway extends FlowNodeBase {
  readonly kind: 'exclusiveGateway';
  /** The flow taken when no condition holds. */
  readonly defaultFlowId?: string;
  /** Which data element `["dataModel", …]` reads in the conditions of this gateway's flows. */
  readonly connectedDataTypeId?: string;
}

export interface ProcessTask extends FlowNodeBase {
  readonly kind: 'task';
  /** The BPMN element it was read from. */
  readonly element: 'task' | 'serviceTask';
  /** `data`, `confirmation`, `signing`, … or a custom type. */
  readonly taskType: string;
  /** The actions declared in `<altinn:actions>`; `read` and `write` are implied and not listed. */
  readonly actions: readonly TaskAction[];
  readonly signature?: SignatureConfig;
  readonly payment?: PaymentConfig;
  readonly pdf?: PdfConfig;
  readonly eFormidling?: EFormidlingConfig;
  readonly subformPdf?: SubformPdfConfig;
}

export type FlowNode = StartEvent | ProcessTask | ExclusiveGateway | EndEvent;

export interface FlowCondition {
  /** The text of `<conditionExpression>`, trimmed. */
  readonly text: string;
  /** The parsed expression (Altinn apps write JSON expressions). */
  readonly expression: JsonValue;
  /** The expression reads `["gatewayAction"]`, i.e. it branches on the action sent to `process/next`. */
  readonly usesGatewayAction: boolean;
}

export interface SequenceFlow {
  readonly id: string;
  readonly name?: string;
  readonly sourceRef: string;
  readonly targetRef: string;
  readonly condition?: FlowCondition;
  /** Older apps' `altinn:flowtype` attribute, e.g. `AbandonCurrentReturnToNext`. */
  readonly flowType?: string;
}

export interface ProcessDefinition {
  /** `id` of `<definitions>`. */
  readonly definitionsId?: string;
  /** `id` of `<process>`. */
  readonly processId: string;
  readonly startEvents: readonly StartEvent[];
  readonly tasks: readonly ProcessTask[];
  readonly gateways: readonly ExclusiveGateway[];
  readonly endEvents: readonly EndEvent[];
  readonly sequenceFlows: readonly SequenceFlow[];
  readonly nodes: ReadonlyMap<string, FlowNode>;
  readonly flows: ReadonlyMap<string, SequenceFlow>;
}

export interface ProcessProblem {
  /** The element or flow the problem is about, when there is one. */
  readonly elementId?: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface ParseProcessResult {
  /** Present only when there are no errors. */
  readonly definition?: ProcessDefinition;
  readonly problems: readonly ProcessProblem[];
}
