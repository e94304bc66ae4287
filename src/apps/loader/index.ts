export { type AppProblem, formatProblem, type ProblemSeverity } from './app-problem.ts';
export { compileJsonSchema, type SchemaCompileResult } from './compile-json-schema.ts';
export type { JsonObject, JsonValue } from './json-value.ts';
export { loadApp } from './load-app.ts';
export { loadApps } from './load-apps.ts';
export type {
  AppDataField,
  AppDataType,
  AppDataTypeLogic,
  AppLoadResult,
  AppMetadata,
  AppModel,
  AppOption,
  AppOptions,
  AppPolicy,
  AppTexts,
  AppUi,
  LayoutComponent,
  LayoutFolder,
  LayoutPage,
  LayoutSet,
  LoadedApp,
  PrefillConfig,
  TextResource,
  ValidationConfig,
} from './loaded-app.ts';
export { parseTolerantJson } from './read-json-file.ts';
export { fillPolicyPlaceholders } from './read-policy-file.ts';
