import type { Instance } from '../../../platform/storage/index.ts';
import type { AppDataType } from '../../loader/index.ts';

/** A ValidationIssue as Altinn's app API writes it (severity 1 = Error). */
export interface ValidationIssue {
  readonly severity: number;
  readonly code: string;
  readonly description: string;
  readonly field?: string;
  readonly dataElementId?: string;
  readonly source: string;
}

const SOURCE = 'Altinn.App.Core.Features.Validation.Default.DefaultTaskValidator';

/**
 * A first validation gate for `process/next`: every data type bound to the task needs at least `minCount`
 * live elements. Schema, required fields and expression rules are left to the full validation.
 */
export function minCountIssues(
  dataTypes: readonly AppDataType[],
  instance: Instance,
  taskId: string,
): ValidationIssue[] {
  return dataTypes.flatMap((dataType) => {
    if (dataType.taskId !== taskId || (dataType.minCount ?? 0) <= 0) return [];
    const count = instance.data.filter(
      (element) => element.dataType === dataType.id && element.deleteStatus?.isHardDeleted !== true,
    ).length;
    if (count >= (dataType.minCount ?? 0)) return [];
    return [
      {
        severity: 1,
        code: 'TooFewDataElementsOfType',
        field: dataType.id,
        description: `At least ${dataType.minCount} data elements of type ${dataType.id} are required, found ${count}`,
        source: SOURCE,
      },
    ];
  });
}
