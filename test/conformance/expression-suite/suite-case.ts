import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type {
  ComponentContext,
  ContextRef,
  ExprValue,
  InstanceContextSource,
  LayoutSet,
  TextResource,
} from '../../../src/apps/expressions/index.ts';

/** What one case (or one entry of its `testCases`) expects. */
export type Expectation =
  | { readonly kind: 'value'; readonly value: ExprValue }
  | { readonly kind: 'failure'; readonly message: string };

export interface SuiteCheck {
  /** Position in `testCases` (1-based), or 0 for the file's own expression. */
  readonly index: number;
  readonly name: string;
  readonly expression: unknown;
  readonly expectation: Expectation;
}

export interface SuiteDataModel {
  readonly dataElement: { readonly id?: string; readonly dataType: string };
  readonly data: unknown;
}

/** One JSON file of Altinn's shared expression suite. */
export interface SuiteCase {
  /** Path below the suite folder, e.g. `functions/if/simple.json`. */
  readonly file: string;
  readonly name: string;
  readonly checks: readonly SuiteCheck[];
  readonly expectedContexts?: readonly ComponentContext[];
  readonly layouts?: LayoutSet;
  readonly dataModel?: unknown;
  readonly dataModels?: readonly SuiteDataModel[];
  readonly context?: ContextRef;
  readonly instance?: InstanceContextSource;
  readonly frontendSettings?: Readonly<Record<string, unknown>>;
  readonly textResources?: readonly TextResource[];
  readonly profileSettings?: { readonly language?: string };
  readonly positionalArguments?: readonly ExprValue[];
}

type Json = Record<string, unknown>;

function expectation(source: Json): Expectation | undefined {
  if (typeof source.expectsFailure === 'string') return { kind: 'failure', message: source.expectsFailure };
  if ('expects' in source) return { kind: 'value', value: source.expects as ExprValue };
  return undefined;
}

function readCase(root: string, path: string): SuiteCase {
  const json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Json;
  const file = relative(root, path);
  const checks: SuiteCheck[] = [];
  const own = expectation(json);
  if ('expression' in json) {
    if (own === undefined) throw new Error(`${file}: expression without expects/expectsFailure`);
    checks.push({ index: 0, name: String(json.name), expression: json.expression, expectation: own });
  }
  const testCases = Array.isArray(json.testCases) ? (json.testCases as Json[]) : [];
  testCases.forEach((testCase, position) => {
    const expected = expectation(testCase);
    if (expected === undefined) throw new Error(`${file}: test case ${position + 1} has no expectation`);
    checks.push({
      index: position + 1,
      name: typeof testCase.name === 'string' ? testCase.name : `test case ${position + 1}`,
      expression: testCase.expression,
      expectation: expected,
    });
  });
  return { ...(json as Partial<SuiteCase>), file, name: String(json.name), checks };
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return jsonFiles(path);
      return entry.endsWith('.json') ? [path] : [];
    });
}

export function loadSuite(root: string): SuiteCase[] {
  return jsonFiles(root).map((path) => readCase(root, path));
}
