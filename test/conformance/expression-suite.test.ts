import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineFor, messageMatches, runCheck } from './expression-suite/run-case.ts';
import { loadSuite, type SuiteCase, type SuiteCheck } from './expression-suite/suite-case.ts';

/**
 * Altinn's language-neutral expression suite (shared/altinn/expression-tests): one test per file, with
 * the file's `name`; a file's `testCases` are checked inside the same test.
 */
const SUITE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/altinn/expression-tests');

/** Files not run yet, each with the reason. */
const SKIPPED: Readonly<Record<string, string>> = {};

/**
 * Checks that fail as expected but with our own wording, keyed `file` or `file#testCaseNumber`.
 * The failure itself is still required.
 */
const OWN_WORDING: Readonly<Record<string, string>> = {
  'functions/frontendSettings/null.json':
    'expects .NET\'s "Value cannot be null. (Parameter \'key\')"; we say "Cannot lookup frontendSettings null", as for dataModel and component',
};

function checkKey(suiteCase: SuiteCase, check: SuiteCheck): string {
  return check.index === 0 ? suiteCase.file : `${suiteCase.file}#${check.index}`;
}

function verify(suiteCase: SuiteCase, check: SuiteCheck): void {
  const label = `${suiteCase.file}${check.index === 0 ? '' : ` test case ${check.index} (${check.name})`}`;
  if (check.expectation.kind === 'value') {
    expect(runCheck(suiteCase, check), label).toEqual(check.expectation.value);
    return;
  }
  let error: unknown;
  try {
    const value = runCheck(suiteCase, check);
    expect.fail(`${label}: expected failure "${check.expectation.message}", got ${JSON.stringify(value)}`);
  } catch (thrown) {
    error = thrown;
  }
  if (!(error instanceof Error) || error.name === 'AssertionError') throw error;
  if (OWN_WORDING[checkKey(suiteCase, check)] === undefined) {
    expect(messageMatches(error.message, check.expectation.message), `${label}: "${error.message}"`).toBe(
      true,
    );
  }
}

const cases = loadSuite(SUITE);
const folders = [...new Set(cases.map((suiteCase) => dirname(suiteCase.file)))];

describe('Altinn shared expression suite', () => {
  it('finds the suite', () => {
    expect(cases.length).toBeGreaterThan(600);
  });

  for (const folder of folders) {
    describe(folder, () => {
      for (const suiteCase of cases.filter((candidate) => dirname(candidate.file) === folder)) {
        const title = `${suiteCase.name} [${suiteCase.file.slice(folder.length + 1)}]`;
        const skipped = SKIPPED[suiteCase.file];
        if (skipped !== undefined) {
          it.skip(`${title} — skipped: ${skipped}`, () => {});
          continue;
        }
        it(title, () => {
          if (suiteCase.expectedContexts !== undefined) {
            expect(engineFor(suiteCase).contexts()).toEqual(suiteCase.expectedContexts);
          }
          for (const check of suiteCase.checks) verify(suiteCase, check);
        });
      }
    });
  }
});
