import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppLoadResult,
  formatProblem,
  type LoadedApp,
  loadApp,
  loadApps,
} from '../../src/apps/loader/index.ts';
import { SHARED_ALTINN } from '../support/test-platform.ts';

const APPS_DIR = path.join(SHARED_ALTINN, 'apps');

interface ExpectedTask {
  readonly id: string;
  readonly type: string;
  /** Declared actions as `id` (processAction) or `id:serverAction`. */
  readonly actions?: readonly string[];
}

interface ExpectedApp {
  readonly id: string;
  readonly tasks: readonly ExpectedTask[];
  /** How many warnings the loader gives, so that a change in the checks is noticed. */
  readonly warnings: number;
}

// Read by hand from each app's process.bpmn and applicationmetadata.json.
const EXPECTED: Readonly<Record<string, ExpectedApp>> = {
  basic: { id: 'ttd/basic', tasks: [{ id: 'Task_1', type: 'data' }], warnings: 0 },
  'expression-validation-test': {
    id: 'ttd/expression-validation-test',
    tasks: [{ id: 'Task_1', type: 'data' }],
    warnings: 0,
  },
  'multiple-datamodels-test': {
    id: 'ttd/multiple-datamodels-test',
    tasks: [
      { id: 'Task_1', type: 'data', actions: ['random:serverAction'] },
      { id: 'Task_2', type: 'data' },
    ],
    warnings: 0,
  },
  'navigation-test-subform': {
    id: 'ttd/navigation-test-subform',
    tasks: [
      { id: 'Task_1', type: 'data' },
      { id: 'Task_Confirm', type: 'confirmation', actions: ['confirm'] },
    ],
    warnings: 0,
  },
  'signing-test': {
    id: 'ttd/signing-test',
    tasks: [
      { id: 'Task_1', type: 'data' },
      { id: 'Task_2', type: 'signing', actions: ['reject', 'sign'] },
      { id: 'Task_3', type: 'signing', actions: ['sign'] },
    ],
    // The gateway's two flows name a sourceRef that does not exist; Altinn follows the gateway's <outgoing>.
    warnings: 2,
  },
  'stateless-app': {
    id: 'ttd/stateless-app',
    tasks: [
      { id: 'Task_1', type: 'data' },
      { id: 'Task_2', type: 'data' },
      { id: 'Task_3', type: 'feedback' },
      { id: 'Task_4', type: 'data' },
    ],
    warnings: 0,
  },
  'tdd-contributer-restriction': {
    id: 'tdd/contributer-restriction',
    tasks: [{ id: 'Task_1', type: 'data', actions: ['reject', 'action_defined_in_bpmn_but_unauthorized'] }],
    // resource.nb.json says "nb-NO"; the data type task2DataType names Task_2, which the process lacks.
    warnings: 2,
  },
  'tdd-permissive-app': {
    id: 'tdd/permissive-app',
    tasks: [{ id: 'Task_1', type: 'data' }],
    // resource.nb.json says "nb-NO"; four form data types name the model Skjema, and the app has no models folder.
    warnings: 5,
  },
  'tdd-task-action': {
    id: 'tdd/task-action',
    tasks: [{ id: 'Task_1', type: 'data', actions: ['complete', 'lookup:serverAction'] }],
    // The form data type Scheme has no JSON Schema (the app has no models folder).
    warnings: 1,
  },
};

const describeAction = (action: { id: string; type: string }) =>
  action.type === 'serverAction' ? `${action.id}:serverAction` : action.id;

function printProblems(result: AppLoadResult): void {
  if (result.problems.length === 0) return;
  console.log(
    `${result.appId ?? result.dir}:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
  );
}

function loaded(result: AppLoadResult | undefined): LoadedApp {
  expect(result?.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(result?.app).toBeDefined();
  return result!.app!;
}

describe('every shared Altinn app loads', () => {
  const results = new Map<string, AppLoadResult>();

  beforeAll(async () => {
    for (const result of await loadApps([APPS_DIR])) {
      printProblems(result);
      results.set(path.basename(result.dir), result);
    }
  });

  it('finds exactly the apps this test knows', async () => {
    const folders = (await fs.readdir(APPS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(folders);
    expect([...results.keys()].sort()).toEqual(folders);
  });

  describe.each(Object.entries(EXPECTED))('%s', (folder, expected) => {
    it('loads with no error and the expected number of warnings', () => {
      const result = results.get(folder);
      const app = loaded(result);
      expect(app.id).toBe(expected.id);
      expect(result?.problems.filter((problem) => problem.severity === 'warning')).toHaveLength(
        expected.warnings,
      );
    });

    it('has the tasks of its process.bpmn with their types and actions', () => {
      const app = loaded(results.get(folder));
      expect(
        app.process.tasks.map((task) => ({
          id: task.id,
          type: task.taskType,
          ...(task.actions.length === 0 ? {} : { actions: task.actions.map(describeAction) }),
        })),
      ).toEqual(expected.tasks);
      expect(app.process.startEvents.map((event) => event.id)).toEqual(['StartEvent_1']);
      expect(app.process.endEvents.map((event) => event.id)).toEqual(['EndEvent_1']);
    });

    it('has its policy with [ORG] and [APP] filled in, and a model for each form data type that has one', () => {
      const app = loaded(results.get(folder));
      expect(app.policy.xml).not.toMatch(/\[(ORG|APP)\]/i);
      for (const [dataTypeId, model] of app.dataTypeModels) {
        expect(app.metadata.dataTypes.some((dataType) => dataType.id === dataTypeId)).toBe(true);
        expect(typeof model.validate).toBe('function');
      }
    });
  });

  it('reads the signing configuration and the reject loop of signing-test', () => {
    const app = loaded(results.get('signing-test'));
    const [, first, second] = app.process.tasks;
    expect(first?.signature).toMatchObject({ dataTypesToSign: ['data'], signatureDataType: 'signature1' });
    expect(second?.signature).toMatchObject({ dataTypesToSign: ['data'], signatureDataType: 'signature2' });
    const gateway = app.process.gateways[0];
    expect(gateway?.id).toBe('Gateway_0');
    expect(gateway?.outgoing).toEqual(['Back_To_Task_1', 'To_Task_3']);
    expect(app.process.flows.get('Back_To_Task_1')).toMatchObject({
      sourceRef: 'Gateway_0',
      targetRef: 'Task_1',
      condition: { expression: ['equals', ['gatewayAction'], 'reject'], usesGatewayAction: true },
    });
  });

  it('reads the data-driven gateway of stateless-app and its stateless entry', () => {
    const app = loaded(results.get('stateless-app'));
    expect(app.process.flows.get('SequenceFlow_error')?.condition).toMatchObject({
      expression: ['equals', ['dataModel', 'gatewayShouldFail', 'task2'], true],
      usesGatewayAction: false,
    });
    expect(app.metadata.onEntry?.show).toBe('stateless');
    expect(app.ui.layoutSets.find((set) => set.id === 'stateless')?.tasks).toEqual([]);
    expect([...app.prefill.keys()].sort()).toEqual(['message', 'stateless']);
  });

  it('reads the options with comments and trailing commas of the tdd apps', () => {
    const app = loaded(results.get('tdd-contributer-restriction'));
    expect(app.options.get('fileSourceOptions')?.options.map((option) => option.value)).toEqual([
      null,
      'string-value',
      3,
      true,
      false,
    ]);
    expect(app.dataTypeModels.get('default')?.name).toBe('Skjema');
    expect(app.texts.get('nb')?.language).toBe('nb');
  });

  it('reads the subform layout set and the expression validations', () => {
    const navigation = loaded(results.get('navigation-test-subform'));
    expect(navigation.ui.layoutSets.map((set) => [set.id, set.type ?? 'form'])).toEqual([
      ['form', 'form'],
      ['subform', 'subform'],
    ]);
    expect([...navigation.texts.keys()].sort()).toEqual(['en', 'nb']);
    const expressions = loaded(results.get('expression-validation-test'));
    expect(expressions.validationConfigs.has('skjema')).toBe(true);
    expect(expressions.ui.layoutSets[0]?.pageOrder).toEqual(['CV', 'Skjul felter']);
  });
});

/**
 * `basic/_scenarios/*` are not complete apps: each holds only the files that differ from `basic/App`
 * (Altinn's integration tests copy them over the app). So each is loaded as basic with its files laid over.
 */
describe('the basic app with each of its scenarios laid over', () => {
  const scenariosDir = path.join(APPS_DIR, 'basic', '_scenarios');
  const temporary: string[] = [];

  afterAll(async () => {
    await Promise.all(temporary.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  });

  async function loadScenario(name: string): Promise<AppLoadResult> {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), `tinn-scenario-${name}-`));
    temporary.push(root);
    await fs.cp(path.join(APPS_DIR, 'basic', 'App'), path.join(root, 'App'), { recursive: true });
    await fs.cp(path.join(scenariosDir, name), path.join(root, 'App'), { recursive: true });
    const result = await loadApp(root);
    printProblems(result);
    return result;
  }

  it('covers every scenario folder', async () => {
    expect((await fs.readdir(scenariosDir)).sort()).toEqual([
      'binary-data-update',
      'custom-scopes',
      'custom-scopes-placeholders',
      'subunit-only',
    ]);
  });

  it('binary-data-update: a server action in the task', async () => {
    const result = await loadScenario('binary-data-update');
    expect(result.problems).toEqual([]);
    expect(loaded(result).process.tasks[0]?.actions).toEqual([
      { id: 'update-binary-data', type: 'serverAction' },
    ]);
  });

  it.each(['custom-scopes', 'custom-scopes-placeholders'])('%s: API scopes in the metadata', async (name) => {
    const result = await loadScenario(name);
    expect(result.problems).toEqual([]);
    expect(loaded(result).metadata.document.apiScopes).toMatchObject({ users: { read: expect.any(String) } });
  });

  it('subunit-only: only sub-units may instantiate', async () => {
    const result = await loadScenario('subunit-only');
    expect(result.problems).toEqual([]);
    expect(loaded(result).metadata.partyTypesAllowed).toEqual({
      bankruptcyEstate: false,
      organisation: false,
      person: false,
      subUnit: true,
    });
  });
});
