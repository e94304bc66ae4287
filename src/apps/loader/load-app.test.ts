import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApp } from './load-app.ts';
import {
  loadTestApp,
  relativeProblems,
  removeTestApps,
  testProcess,
  testTask,
  writeTestApp,
} from './test-app-folder.ts';

const roots: string[] = [];
afterAll(async () => {
  await removeTestApps();
  await Promise.all(roots.map((root) => fs.rm(root, { recursive: true, force: true })));
});

const loadWith = loadTestApp;
const relative = relativeProblems;

describe('loadApp: a complete app', () => {
  it('loads every part with no problem', async () => {
    const { root, result } = await loadWith();
    expect(result.problems).toEqual([]);
    const app = result.app!;
    expect(result.appId).toBe('ttd/demo');
    expect([app.id, app.org, app.app, app.dir, app.appDir]).toEqual([
      'ttd/demo',
      'ttd',
      'demo',
      root,
      path.join(root, 'App'),
    ]);
    expect(app.metadata.dataTypes.map((dataType) => dataType.id)).toEqual(['model', 'attachment']);
    expect(app.metadata.title).toEqual({ nb: 'Demo' });
    expect(app.metadata.partyTypesAllowed?.person).toBe(true);
    expect(app.metadata.document.id).toBe('ttd/demo');
    expect(app.process.tasks.map((task) => [task.id, task.taskType])).toEqual([['Task_1', 'data']]);
    expect(app.policy.xml).toContain('urn:altinn:example:ruleid:ttd:demo:1');
    expect(app.policy.xml).not.toMatch(/\[(ORG|org|APP|app)\]/);
    expect(app.policy.policy.rules).toHaveLength(1);
    expect(app.texts.get('nb')?.resources).toEqual([{ id: 'appName', value: 'Demo' }]);
    const model = app.models.get('model')!;
    expect(model.xsdFile).toBe(path.join(root, 'App/models/model.xsd'));
    expect(model.validate({ name: 'Kari' })).toBe(true);
    expect(model.validate({})).toBe(false);
    expect(app.dataTypeModels.get('model')).toBe(model);
    expect(app.ui.layoutSets.map((set) => [set.id, set.dataType, set.tasks, set.pageOrder])).toEqual([
      ['form', 'model', ['Task_1'], ['Page1']],
    ]);
    expect(app.ui.layoutSets[0]?.pages.get('Page1')?.components.map((c) => [c.id, c.type])).toEqual([
      ['name', 'Input'],
      ['attachment', 'FileUpload'],
    ]);
    expect(app.ui.singleLayout).toBeUndefined();
    expect(app.logicFile).toBeUndefined();
  });

  it('accepts the App folder itself', async () => {
    const { root } = await loadWith();
    const result = await loadApp(path.join(root, 'App'));
    expect(result.problems).toEqual([]);
    expect(result.app?.appDir).toBe(path.join(root, 'App'));
  });

  it('reads options, prefill, validation files, footer and notes the logic file', async () => {
    const { root, result } = await loadWith({
      'App/options/colours.json': [
        { value: 'r', label: 'colour.red', description: 'Red' },
        { value: 2, label: 'two' },
      ],
      'App/models/model.prefill.json': {
        $schema: 'https://altinncdn.no/schemas/json/prefill/prefill.schema.v1.json',
        allowOverwrite: true,
        ER: { OrgNumber: 'org.number' },
        UserProfile: { Email: 'contact.email' },
      },
      'App/models/model.validation.json': {
        validations: {
          name: [{ message: 'no', condition: ['equals', ['dataModel', 'name'], 'x'] }, 'notEmpty'],
        },
        definitions: { notEmpty: { message: 'empty', condition: ['equals', ['dataModel', 'name'], ''] } },
      },
      'App/ui/footer.json': { footer: [{ type: 'Text', title: 'footer.text' }] },
      'App/logic/index.ts': 'export default {};\n',
    });
    expect(result.problems).toEqual([]);
    const app = result.app!;
    expect(app.options.get('colours')?.options).toEqual([
      { value: 'r', label: 'colour.red', description: 'Red' },
      { value: 2, label: 'two' },
    ]);
    expect(app.prefill.get('model')).toEqual({
      file: path.join(root, 'App/models/model.prefill.json'),
      allowOverwrite: true,
      er: { OrgNumber: 'org.number' },
      dsf: {},
      userProfile: { Email: 'contact.email' },
      queryParameters: {},
    });
    expect(Object.keys(app.validationConfigs.get('model')?.validations ?? {})).toEqual(['name']);
    expect(app.ui.footer).toEqual({ footer: [{ type: 'Text', title: 'footer.text' }] });
    expect(app.logicFile).toBe(path.join(root, 'App/logic/index.ts'));
  });
});

describe('loadApp: tolerance', () => {
  it('reads JSON with comments, trailing commas and a byte order mark everywhere', async () => {
    const { result } = await loadWith({
      'App/config/applicationmetadata.json': `\uFEFF{
        // the app
        "id": "ttd/demo", "org": "ttd", "title": { "nb": "Demo", },
        "dataTypes": [
          { "id": "model", "appLogic": { "classRef": "Altinn.App.Models.model" }, "taskId": "Task_1", }, /* done */
        ],
      }`,
      'App/config/texts/resource.nb.json':
        '{ "language": "nb", "resources": [ { "id": "a", "value": "A" }, ], }',
      'App/ui/layout-sets.json':
        '{ "sets": [ { "id": "form", "dataType": "model", "tasks": ["Task_1",], }, ] }',
      'App/ui/form/layouts/Page1.json':
        '{ "data": { "layout": [ { "id": "name", "type": "Input", }, ] } } // end',
      'App/ui/form/Settings.json': '{ "pages": { "order": ["Page1",] } }',
      'App/options/list.json':
        '[\n  // Comment is valid\n  { "value": null, "label": "" },\n  { "value": true, "label": "yes", },\n]',
    });
    expect(result.problems).toEqual([]);
    expect(result.app?.options.get('list')?.options).toEqual([
      { value: null, label: '' },
      { value: true, label: 'yes' },
    ]);
  });

  it('takes the old spelling allowedContributers and drops null properties', async () => {
    const { result } = await loadWith({
      'App/config/applicationmetadata.json': {
        id: 'ttd/demo',
        org: 'ttd',
        title: { nb: 'Demo' },
        onEntry: null,
        dataTypes: [
          { id: 'model', appLogic: { classRef: 'X.model' }, taskId: 'Task_1', maxSize: null },
          { id: 'attachment', allowedContributers: ['app:owned'], taskId: 'Task_1' },
        ],
      },
    });
    expect(result.problems).toEqual([]);
    const [model, attachment] = result.app!.metadata.dataTypes;
    expect(model).toEqual({ id: 'model', appLogic: { classRef: 'X.model' }, taskId: 'Task_1' });
    expect(attachment?.allowedContributors).toEqual(['app:owned']);
    expect(result.app!.metadata.onEntry).toBeUndefined();
  });

  it('reads the older single ui/layouts folder and the altinn:tasktype attribute', async () => {
    const { result } = await loadWith({
      'App/config/process/process.bpmn': testProcess(['<bpmn:task id="Task_1" altinn:tasktype="data"/>']),
      'App/ui/layout-sets.json': null,
      'App/ui/form/Settings.json': null,
      'App/ui/form/layouts/Page1.json': null,
      'App/ui/Settings.json': { pages: { order: ['B', 'A'] } },
      'App/ui/layouts/A.json': { data: { layout: [{ id: 'a', type: 'Input' }] } },
      'App/ui/layouts/B.json': { data: { layout: [{ id: 'b', type: 'Paragraph' }] } },
    });
    expect(result.problems).toEqual([]);
    const ui = result.app!.ui;
    expect(ui.layoutSets).toEqual([]);
    expect(ui.layoutSetsDocument).toBeUndefined();
    expect(ui.singleLayout?.pageOrder).toEqual(['B', 'A']);
    expect([...(ui.singleLayout?.pages.keys() ?? [])]).toEqual(['A', 'B']);
    expect(result.app!.process.tasks[0]?.taskType).toBe('data');
  });

  it('orders pages of navigation groups and sorts pages when no order is given', async () => {
    const { result } = await loadWith({
      'App/ui/form/Settings.json': {
        pages: { groups: [{ order: ['Page2'] }, { name: 'g', order: ['Page1'] }] },
      },
      'App/ui/form/layouts/Page2.json': { data: { layout: [] } },
    });
    expect(result.problems).toEqual([]);
    expect(result.app!.ui.layoutSets[0]?.pageOrder).toEqual(['Page2', 'Page1']);

    const unordered = await loadWith({
      'App/ui/form/Settings.json': null,
      'App/ui/form/layouts/Page0.json': { data: { layout: [] } },
    });
    expect(unordered.result.app!.ui.layoutSets[0]?.pageOrder).toEqual(['Page0', 'Page1']);
  });
});

describe('loadApp: missing and broken files', () => {
  it('reports a folder that is not an app', async () => {
    const root = await writeTestApp({ 'readme.txt': 'hello' });
    roots.push(root);
    const result = await loadApp(root);
    expect(result.app).toBeUndefined();
    expect(result.problems).toEqual([
      {
        file: root,
        severity: 'error',
        message: 'not an app folder: expected App/config/applicationmetadata.json',
      },
    ]);
  });

  it.each([
    ['App/config/applicationmetadata.json', 'cannot be read: ENOENT'],
    ['App/config/process/process.bpmn', 'the app has no process definition'],
    [
      'App/config/authorization/policy.xml',
      'the app has no authorization policy, so every request would be denied',
    ],
  ])('reports a missing %s as an error', async (file, message) => {
    const { root, result } = await loadWith({ [file]: null });
    expect(result.app).toBeUndefined();
    expect(relative(root, result.problems)).toContainEqual({
      file,
      severity: 'error',
      message: expect.stringContaining(message),
    });
  });

  it('warns when there are no texts', async () => {
    const { root, result } = await loadWith({ 'App/config/texts/resource.nb.json': null });
    expect(result.app).toBeDefined();
    expect(relative(root, result.problems)).toEqual([
      { file: 'App/config/texts', severity: 'warning', message: 'the app has no text resources' },
    ]);
  });

  it('reports broken JSON with the file and the position, and keeps reading the rest', async () => {
    const { root, result } = await loadWith({
      'App/ui/form/layouts/Page1.json':
        '{\n  "data": {\n    "layout": [ { "id": "a" "type": "Input" } ]\n  }\n}',
      'App/options/empty.json': '  ',
    });
    expect(result.app).toBeUndefined();
    expect(result.appId).toBe('ttd/demo');
    expect(relative(root, result.problems)).toEqual([
      { file: 'App/options/empty.json', severity: 'error', message: 'the file is empty' },
      {
        file: 'App/ui/form/layouts/Page1.json',
        severity: 'error',
        message: expect.stringMatching(/^not valid JSON at line 3, column 29: invalid character/),
      },
      {
        file: 'App/ui/form/Settings.json',
        severity: 'warning',
        jsonPath: 'pages',
        message: 'the page "Page1" in the page order has no layout file; it is left out',
      },
    ]);
  });

  it('reports a process error with the element id', async () => {
    const { root, result } = await loadWith({
      'App/config/process/process.bpmn': testProcess([
        testTask('Task_1'),
        testTask('Task_1', 'confirmation'),
      ]),
    });
    expect(result.app).toBeUndefined();
    expect(relative(root, result.problems)).toContainEqual({
      file: 'App/config/process/process.bpmn',
      severity: 'error',
      message: 'Task_1: the id "Task_1" is used by more than one element',
    });
  });

  it('still checks the other files when the metadata is broken', async () => {
    const { root, result } = await loadWith({
      'App/config/applicationmetadata.json': '{',
      'App/config/authorization/policy.xml': '<Policy>',
      'App/options/x.json': '{}',
    });
    expect(result.appId).toBeUndefined();
    expect(relative(root, result.problems).map((problem) => problem.file)).toEqual([
      'App/config/applicationmetadata.json',
      'App/config/authorization/policy.xml',
      'App/options/x.json',
    ]);
  });

  it('reports a policy the PDP cannot read', async () => {
    const { root, result } = await loadWith({ 'App/config/authorization/policy.xml': '<Policy><Rule>' });
    expect(result.app).toBeUndefined();
    expect(relative(root, result.problems)).toEqual([
      {
        file: 'App/config/authorization/policy.xml',
        severity: 'error',
        message: expect.stringMatching(/^the policy cannot be used: malformed XML/),
      },
    ]);
  });

  it('reports a JSON Schema that does not compile', async () => {
    const { root, result } = await loadWith({
      'App/models/model.schema.json': { type: 'object', properties: { a: { type: 'text' } } },
    });
    expect(result.app).toBeUndefined();
    expect(relative(root, result.problems)).toEqual([
      {
        file: 'App/models/model.schema.json',
        severity: 'error',
        message: expect.stringMatching(
          /^the JSON Schema does not compile: schema is invalid: data\/properties\/a\/type/,
        ),
      },
      {
        file: 'App/config/applicationmetadata.json',
        jsonPath: 'dataTypes[0].appLogic',
        severity: 'warning',
        message:
          'the form data type "model" has no JSON Schema (looked for models/model.schema.json), so its data cannot be validated',
      },
    ]);
  });

  it('never throws, even for a folder it cannot read', async () => {
    const result = await loadApp(path.join('/nonexistent', 'app'));
    expect(result.app).toBeUndefined();
    expect(result.problems[0]?.severity).toBe('error');
  });
});
