import {
  type DataPath,
  DataPathError,
  formatDataPath,
  parseDataPath,
  transposeDataPath,
} from './data-path.ts';
import { ExpressionFailure } from './errors.ts';
import type { RowContext } from './layout/layout-tree.ts';
import type { Scope } from './scope.ts';
import { type ExprValue, toExprValue } from './values.ts';

function sameDataType(scope: Scope, a: string | undefined, b: string | undefined): boolean {
  const fallback = scope.data.defaultDataType();
  return (a ?? fallback) === (b ?? fallback);
}

/**
 * Reads a model path, filling in row indexes it leaves out from `row` when `row` is in the same data type.
 * `dataType` undefined means the default data type; an unknown data type is an error, a missing field null.
 */
export function readModel(
  scope: Scope,
  field: string,
  dataType: string | undefined,
  row: RowContext | undefined,
): ExprValue {
  const resolvedType = dataType ?? scope.data.defaultDataType();
  if (resolvedType === undefined) return null;
  if (!scope.data.hasDataType(resolvedType))
    throw new ExpressionFailure(`Data type ${resolvedType} not found`);
  let path: DataPath;
  try {
    path = parseDataPath(field);
  } catch (error) {
    if (error instanceof DataPathError) throw new ExpressionFailure(error.message);
    throw error;
  }
  const context = row !== undefined && sameDataType(scope, row.dataType, dataType) ? row.path : undefined;
  return toExprValue(scope.data.readField(resolvedType, formatDataPath(transposeDataPath(path, context))));
}
