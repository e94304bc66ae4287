/**
 * Altinn's expression language (`["equals", ["dataModel", "a.b"], "x"]`): one implementation for the
 * process engine (gateways), server-side validation and the web UI. Pure: no I/O, no Node APIs.
 */
export { isNumberText } from './coerce.ts';
export {
  DEFAULT_LANGUAGE,
  type ExpressionDataAccess,
  type InstanceContextSource,
  type TextResource,
  type TextVariable,
} from './data-access.ts';
export {
  type DataPath,
  DataPathError,
  formatDataPath,
  type PathSegment,
  parseDataPath,
  readDataPath,
  transposeDataPath,
} from './data-path.ts';
export {
  createExpressionEngine,
  type DataRowRef,
  type EvaluateOptions,
  type EvaluationContext,
  ExpressionEngine,
  type ExpressionEngineOptions,
  evaluateExpression,
} from './engine.ts';
export {
  ExpressionEvaluationError,
  type ExpressionIssue,
  type ExpressionPath,
  ExpressionValidationError,
  LayoutError,
} from './errors.ts';
export type { CallExpression, Expression, ExpressionJson, LiteralExpression } from './expression.ts';
export {
  AUTH_CONTEXT_ACTIONS,
  type AuthContextAction,
  COMPARE_OPERATORS,
  type CompareOperator,
  FUNCTION_NAMES,
  FUNCTION_SPECS,
  type FunctionName,
  type FunctionSpec,
  isFunctionName,
} from './function-specs.ts';
export { INSTANCE_CONTEXT_KEYS, type InstanceContextKey } from './instance-context.ts';
export { type ComponentContext, contextList } from './layout/context-list.ts';
export {
  type BuildLayoutTreeOptions,
  buildLayoutTree,
  type ComponentNode,
  type ContextRef,
  type GroupRow,
  type LayoutNode,
  LayoutTree,
  type PageNode,
  type RowContext,
} from './layout/layout-tree.ts';
export type { ComponentJson, LayoutFile, LayoutSet, ResolvedBinding } from './layout/layout-types.ts';
export {
  createMemoryDataAccess,
  type MemoryDataElement,
  type MemoryDataOptions,
} from './memory-data-access.ts';
export { isExpressionCall, parseExpression, validateExpression } from './parse-expression.ts';
export type { DisplayValueHook } from './scope.ts';
export { type ExprObject, type ExprValue, type ExprValueType, toExprValue, typeOfValue } from './values.ts';
