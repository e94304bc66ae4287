import type { Principal } from '../../../platform/authentication/index.ts';
import type { Instance } from '../../../platform/storage/index.ts';
import type { Signee, SigningService } from '../../../platform/storage/signing/index.ts';
import type { ProcessTask } from '../definition/index.ts';

function signeeOf(caller: Principal): Signee {
  switch (caller.kind) {
    case 'user':
    case 'selfIdentified':
      return { userId: String(caller.userId) };
    case 'systemUser':
      return { systemUserId: caller.systemUserId, organisationNumber: caller.orgNumber };
    default:
      return {};
  }
}

/**
 * The `sign` user action of a signing task (run before the task ends): a signature document in the task's
 * `signatureDataType` over every element of its `dataTypesToSign`, recorded by Storage with their hashes.
 */
export async function runSignAction(
  signing: SigningService,
  caller: Principal,
  task: ProcessTask,
  instance: Instance,
): Promise<void> {
  const config = task.signature;
  if (config?.signatureDataType === undefined) return;
  const toSign = new Set(config.dataTypesToSign);
  const elements = instance.data.filter(
    (element) => toSign.has(element.dataType) && element.deleteStatus?.isHardDeleted !== true,
  );
  await signing.sign(caller, instance.id.split('/')[1] ?? '', {
    signatureDocumentDataType: config.signatureDataType,
    generatedFromTask: task.id,
    dataElementSignatures: elements.map((element) => ({ dataElementId: element.id, signed: true })),
    signee: signeeOf(caller),
  });
}
