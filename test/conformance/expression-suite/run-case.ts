import {
  createExpressionEngine,
  createMemoryDataAccess,
  type ExpressionEngine,
  type ExprValue,
  type MemoryDataElement,
} from '../../../src/apps/expressions/index.ts';
import type { SuiteCase, SuiteCheck } from './suite-case.ts';

function dataElements(suiteCase: SuiteCase): MemoryDataElement[] {
  if (suiteCase.dataModels !== undefined) {
    return suiteCase.dataModels.map((model) => ({
      dataType: model.dataElement.dataType,
      id: model.dataElement.id,
      data: model.data,
    }));
  }
  return [{ dataType: 'default', data: suiteCase.dataModel ?? {} }];
}

/** The engine a case describes: its data, texts, instance, settings, language and layouts. */
export function engineFor(suiteCase: SuiteCase): ExpressionEngine {
  const data = createMemoryDataAccess({
    dataElements: dataElements(suiteCase),
    textResources: suiteCase.textResources,
    language: suiteCase.profileSettings?.language,
    frontendSettings: suiteCase.frontendSettings,
    instance: suiteCase.instance,
  });
  return createExpressionEngine({ data, layouts: suiteCase.layouts });
}

/** Builds everything afresh and evaluates one check, so layout errors surface as the check's failure. */
export function runCheck(suiteCase: SuiteCase, check: SuiteCheck): ExprValue {
  return engineFor(suiteCase).evaluateJson(check.expression, {
    context: suiteCase.context,
    positionalArguments: suiteCase.positionalArguments,
  });
}

/** `*text*` patterns match anywhere; other expected messages must appear in the error message. */
export function messageMatches(actual: string, expected: string): boolean {
  if (expected.includes('*')) {
    const pattern = expected
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(pattern, 's').test(actual);
  }
  return actual.includes(expected);
}
