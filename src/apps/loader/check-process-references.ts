import path from 'node:path';
import type { ProcessDefinition, ProcessTask } from '../process/definition/index.ts';
import type { ProblemList } from './app-problem.ts';
import type { AppMetadata } from './loaded-app.ts';
import { PROCESS_FILE } from './read-process-file.ts';

interface Reference {
  readonly what: string;
  readonly ids: readonly (string | undefined)[];
  /** An error when the task cannot work without the data type. */
  readonly required: boolean;
}

function referencesOf(task: ProcessTask): Reference[] {
  const { signature, payment, pdf, eFormidling, subformPdf } = task;
  return [
    { what: 'a data type to sign', ids: signature?.dataTypesToSign ?? [], required: true },
    { what: 'the signature data type', ids: [signature?.signatureDataType], required: true },
    {
      what: 'a signature data type to be unique from',
      ids: signature?.uniqueFromSignaturesInDataTypes ?? [],
      required: false,
    },
    { what: 'the signee states data type', ids: [signature?.signeeStatesDataTypeId], required: false },
    { what: 'the signing PDF data type', ids: [signature?.signingPdfDataType], required: false },
    { what: 'the payment data type', ids: [payment?.paymentDataType], required: true },
    { what: 'the payment receipt data type', ids: [payment?.paymentReceiptPdfDataType], required: false },
    { what: 'the PDF data type', ids: [pdf?.dataTypeId], required: false },
    {
      what: 'an eFormidling data type',
      ids: eFormidling?.dataTypes.flatMap((list) => list.dataTypeIds) ?? [],
      required: false,
    },
    { what: 'the subform data type', ids: [subformPdf?.subformDataTypeId], required: false },
  ];
}

/** Checks that what the process names (data types, tasks) exists in the metadata and the process. */
export function checkProcessReferences(
  appDir: string,
  metadata: AppMetadata,
  process: ProcessDefinition,
  problems: ProblemList,
): void {
  const file = path.join(appDir, PROCESS_FILE);
  const dataTypeIds = new Set(metadata.dataTypes.map((dataType) => dataType.id));
  for (const task of process.tasks) {
    if (task.taskType === 'signing' && task.signature?.signatureDataType === undefined) {
      problems.error(
        file,
        `${task.id}: a signing task needs <altinn:signatureConfig> with a <altinn:signatureDataType>`,
      );
    }
    for (const reference of referencesOf(task)) {
      for (const id of reference.ids) {
        if (id === undefined || dataTypeIds.has(id)) continue;
        problems.add(
          reference.required ? 'error' : 'warning',
          file,
          `${task.id}: ${reference.what}, "${id}", is not a data type in applicationmetadata.json`,
        );
      }
    }
    for (const taskId of task.pdf?.autoPdfTaskIds ?? []) {
      if (!process.nodes.has(taskId))
        problems.warning(file, `${task.id}: the PDF task "${taskId}" is not in the process`);
    }
  }
  for (const gateway of process.gateways) {
    const id = gateway.connectedDataTypeId;
    if (id !== undefined && !dataTypeIds.has(id)) {
      problems.warning(
        file,
        `${gateway.id}: the connected data type "${id}" is not a data type in applicationmetadata.json`,
      );
    }
  }
}
