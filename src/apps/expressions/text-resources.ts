import { stringify } from './coerce.ts';
import type { TextVariable } from './data-access.ts';
import { ExpressionFailure } from './errors.ts';
import { instanceContextValue } from './instance-context.ts';
import { readModel } from './read-data.ts';
import type { Scope } from './scope.ts';
import { type ExprValue, toExprValue } from './values.ts';

const DATA_MODEL_SOURCE = 'dataModel.';

/** Runs a lookup whose failure (unknown data type, unfillable row placeholder) just means "no value". */
function orNull(read: () => ExprValue): ExprValue {
  try {
    return read();
  } catch (error) {
    if (error instanceof ExpressionFailure) return null;
    throw error;
  }
}

function variableValue(scope: Scope, variable: TextVariable): ExprValue {
  const { dataSource, key } = variable;
  if (dataSource.startsWith(DATA_MODEL_SOURCE)) {
    const name = dataSource.slice(DATA_MODEL_SOURCE.length);
    // `[{0}]`, `[{1}]` … in the key stand for the row indexes of the component the text belongs to.
    const field = key.replace(/\{(\d+)\}/g, (placeholder, position: string) =>
      String(scope.rowIndices[Number(position)] ?? placeholder),
    );
    return orNull(() => readModel(scope, field, name === 'default' ? undefined : name, scope.row));
  }
  if (dataSource === 'instanceContext') return orNull(() => instanceContextValue(scope.data.instance(), key));
  if (dataSource === 'applicationSettings') return toExprValue(scope.data.frontendSetting(key));
  return null;
}

/**
 * A text resource with `{0}`, `{1}` … replaced by its variables. A variable without a value shows its
 * default value, or else its key; an unknown text id is returned as is.
 */
export function resolveText(scope: Scope, id: string): string {
  const resource = scope.data.textResource(id);
  if (resource === undefined) return id;
  return (resource.variables ?? []).reduce((text, variable, position) => {
    const value = variableValue(scope, variable);
    const shown = value === null ? (variable.defaultValue ?? variable.key) : stringify(value);
    // split/join: a replacement string would give `$` in the value a special meaning.
    return text.split(`{${position}}`).join(shown);
  }, resource.value);
}
