import { afterAll, describe, expect, it } from 'vitest';
import {
  loadTestApp,
  relativeProblems,
  removeTestApps,
  TEST_DATA_TYPES,
  testMetadata,
  testProcess,
  testTask,
} from './test-app-folder.ts';

afterAll(removeTestApps);

const METADATA = 'App/config/applicationmetadata.json';
const PROCESS = 'App/config/process/process.bpmn';
const LAYOUT_SETS = 'App/ui/layout-sets.json';
const PAGE = 'App/ui/form/layouts/Page1.json';

async function problemsWith(overrides: Parameters<typeof loadTestApp>[0]) {
  const { root, result } = await loadTestApp(overrides);
  return { app: result.app, problems: relativeProblems(root, result.problems) };
}

describe('application metadata', () => {
  it('reports fields that Storage would refuse, with their JSON path', async () => {
    const { app, problems } = await problemsWith({
      [METADATA]: testMetadata([{ id: 'model', maxCount: '5', allowedContentTypes: 'application/xml' }]),
    });
    expect(app).toBeUndefined();
    expect(problems).toEqual([
      {
        file: METADATA,
        jsonPath: 'dataTypes[0].allowedContentTypes',
        severity: 'error',
        message: 'not as Storage accepts application metadata: must be array',
      },
      {
        file: METADATA,
        jsonPath: 'dataTypes[0].maxCount',
        severity: 'error',
        message: 'not as Storage accepts application metadata: must be integer',
      },
    ]);
  });

  it.each([
    [
      { id: 'ttd', org: 'ttd' },
      'id',
      'the app id "ttd" is not "org/app" in lower case letters and digits (and - in app)',
    ],
    [
      { id: 'TTD/Demo', org: 'TTD' },
      'id',
      'the app id "TTD/Demo" is not "org/app" in lower case letters and digits (and - in app)',
    ],
    [
      { org: 'ttd' },
      'id',
      'the app id null is not "org/app" in lower case letters and digits (and - in app)',
    ],
    [{ id: 'ttd/demo', org: 'digdir' }, 'org', 'org "digdir" does not match the id "ttd/demo"'],
  ])('rejects the identity %j', async (identity, jsonPath, message) => {
    const { id: _id, org: _org, ...rest } = testMetadata();
    const { app, problems } = await problemsWith({ [METADATA]: { ...rest, ...identity } });
    expect(app).toBeUndefined();
    expect(problems).toContainEqual({ file: METADATA, jsonPath, severity: 'error', message });
  });

  it('takes a missing org from the id, with a warning', async () => {
    const { org: _org, ...rest } = testMetadata();
    const { app, problems } = await problemsWith({ [METADATA]: rest });
    expect(app?.org).toBe('ttd');
    expect(problems).toEqual([
      {
        file: METADATA,
        jsonPath: 'org',
        severity: 'warning',
        message: 'org is missing; "ttd" is taken from the id',
      },
    ]);
  });

  it('rejects a metadata document that is not an object', async () => {
    const { problems } = await problemsWith({ [METADATA]: '[1, 2]' });
    expect(problems).toEqual([
      { file: METADATA, severity: 'error', message: 'the application metadata must be a JSON object' },
    ]);
  });

  it('rejects duplicate data type ids', async () => {
    const { problems } = await problemsWith({
      [METADATA]: testMetadata([...TEST_DATA_TYPES, { id: 'attachment' }]),
    });
    expect(problems).toContainEqual({
      file: METADATA,
      jsonPath: 'dataTypes[2].id',
      severity: 'error',
      message: 'the data type id "attachment" is used more than once',
    });
  });
});

describe('data types against the process and the models', () => {
  it('warns about a task id that is not in the process', async () => {
    const { app, problems } = await problemsWith({
      [METADATA]: testMetadata([...TEST_DATA_TYPES, { id: 'later', taskId: 'Task_9' }]),
    });
    expect(app).toBeDefined();
    expect(problems).toEqual([
      {
        file: METADATA,
        jsonPath: 'dataTypes[2].taskId',
        severity: 'warning',
        message: 'the task "Task_9" is not in the process, so this data type never belongs to a task',
      },
    ]);
  });

  it('finds a model by the class name of classRef, else warns', async () => {
    const dataTypes = [
      ...TEST_DATA_TYPES,
      { id: 'copy', appLogic: { classRef: 'Altinn.App.Models.model' }, taskId: 'Task_1' },
      {
        id: 'byRef',
        appLogic: { schemaRef: 'https://example.org/models/model.schema.json' },
        taskId: 'Task_1',
      },
      { id: 'orphan', appLogic: { classRef: 'Altinn.App.Models.Nothing' }, taskId: 'Task_1' },
    ];
    const { app, problems } = await problemsWith({ [METADATA]: testMetadata(dataTypes) });
    expect(app?.dataTypeModels.get('copy')?.name).toBe('model');
    expect(app?.dataTypeModels.get('byRef')?.name).toBe('model');
    expect(app?.dataTypeModels.has('orphan')).toBe(false);
    expect(problems).toEqual([
      {
        file: METADATA,
        jsonPath: 'dataTypes[4].appLogic',
        severity: 'warning',
        message:
          'the form data type "orphan" has no JSON Schema (looked for models/orphan.schema.json, models/Nothing.schema.json), so its data cannot be validated',
      },
    ]);
  });

  it('warns about presentation and data fields of unknown data types', async () => {
    const { problems } = await problemsWith({
      [METADATA]: { ...testMetadata(), presentationFields: [{ id: 'n', path: 'name', dataTypeId: 'nope' }] },
    });
    expect(problems).toEqual([
      {
        file: METADATA,
        jsonPath: 'presentationFields[0].dataTypeId',
        severity: 'warning',
        message: '"nope" is not a data type of the app',
      },
    ]);
  });
});

describe('process against the metadata', () => {
  const signing = (config: string) =>
    testProcess([
      testTask('Task_1'),
      testTask(
        'Task_2',
        'signing',
        `<altinn:actions><altinn:action>sign</altinn:action></altinn:actions>${config}`,
      ),
    ]);

  it('accepts a signing task whose data types exist', async () => {
    const { app, problems } = await problemsWith({
      [METADATA]: testMetadata([
        ...TEST_DATA_TYPES,
        { id: 'signature', taskId: 'Task_2', allowedContributors: ['app:owned'] },
      ]),
      [PROCESS]: signing(
        '<altinn:signatureConfig><altinn:dataTypesToSign><altinn:dataType>model</altinn:dataType></altinn:dataTypesToSign><altinn:signatureDataType>signature</altinn:signatureDataType></altinn:signatureConfig>',
      ),
    });
    expect(problems).toEqual([]);
    expect(app?.process.tasks[1]?.signature?.signatureDataType).toBe('signature');
  });

  it('rejects a signing task without a signature data type, or with unknown data types', async () => {
    const missing = await problemsWith({ [PROCESS]: signing('') });
    expect(missing.problems).toEqual([
      {
        file: PROCESS,
        severity: 'error',
        message: 'Task_2: a signing task needs <altinn:signatureConfig> with a <altinn:signatureDataType>',
      },
    ]);
    const unknown = await problemsWith({
      [PROCESS]: signing(
        '<altinn:signatureConfig><altinn:dataTypesToSign><altinn:dataType>other</altinn:dataType></altinn:dataTypesToSign><altinn:signatureDataType>sig</altinn:signatureDataType><altinn:uniqueFromSignaturesInDataTypes><altinn:dataType>sig0</altinn:dataType></altinn:uniqueFromSignaturesInDataTypes></altinn:signatureConfig>',
      ),
    });
    expect(unknown.app).toBeUndefined();
    expect(unknown.problems).toEqual([
      {
        file: PROCESS,
        severity: 'error',
        message: 'Task_2: a data type to sign, "other", is not a data type in applicationmetadata.json',
      },
      {
        file: PROCESS,
        severity: 'error',
        message: 'Task_2: the signature data type, "sig", is not a data type in applicationmetadata.json',
      },
      {
        file: PROCESS,
        severity: 'warning',
        message:
          'Task_2: a signature data type to be unique from, "sig0", is not a data type in applicationmetadata.json',
      },
    ]);
  });

  it('warns about a gateway connected to an unknown data type', async () => {
    const xml = testProcess()
      .replace(
        '<bpmn:endEvent id="EndEvent_1"/>',
        '<bpmn:exclusiveGateway id="Gw"><bpmn:extensionElements><altinn:gatewayExtension><altinn:connectedDataTypeId>ghost</altinn:connectedDataTypeId></altinn:gatewayExtension></bpmn:extensionElements></bpmn:exclusiveGateway><bpmn:endEvent id="EndEvent_1"/>',
      )
      .replace(
        'targetRef="EndEvent_1"',
        'targetRef="Gw"/><bpmn:sequenceFlow id="Flow_end" sourceRef="Gw" targetRef="EndEvent_1"',
      );
    const { problems } = await problemsWith({ [PROCESS]: xml });
    expect(problems).toEqual([
      {
        file: PROCESS,
        severity: 'warning',
        message: 'Gw: the connected data type "ghost" is not a data type in applicationmetadata.json',
      },
    ]);
  });
});

describe('UI against the metadata and the process', () => {
  it('rejects a layout set whose data type does not exist and warns about unknown tasks', async () => {
    const { app, problems } = await problemsWith({
      [LAYOUT_SETS]: {
        sets: [
          { id: 'form', dataType: 'model', tasks: ['Task_1'] },
          { id: 'receipt', dataType: 'model', tasks: ['CustomReceipt'] },
          { id: 'other', dataType: 'missing', tasks: ['Task_7', 'Task_1'] },
        ],
      },
      'App/ui/receipt/layouts/Receipt.json': { data: { layout: [] } },
      'App/ui/other/layouts/Other.json': { data: { layout: [] } },
    });
    expect(app).toBeUndefined();
    expect(problems).toEqual([
      {
        file: LAYOUT_SETS,
        jsonPath: 'sets[2].dataType',
        severity: 'error',
        message: 'the data type "missing" is not in applicationmetadata.json',
      },
      {
        file: LAYOUT_SETS,
        jsonPath: 'sets[2].tasks[0]',
        severity: 'warning',
        message: 'the task "Task_7" is not in the process',
      },
      {
        file: LAYOUT_SETS,
        jsonPath: 'sets[2].tasks[1]',
        severity: 'warning',
        message: 'the task "Task_1" already has the layout set "form"; this one is not used for it',
      },
    ]);
  });

  it('checks layout-sets.json itself', async () => {
    const { problems } = await problemsWith({
      [LAYOUT_SETS]: {
        sets: [
          { id: 'form', dataType: 'model', tasks: 'Task_1' },
          { dataType: 'model' },
          { id: 'form' },
          { id: 'empty' },
          { id: 'empty' },
        ],
      },
    });
    expect(problems).toEqual([
      {
        file: LAYOUT_SETS,
        jsonPath: 'sets[0].tasks',
        severity: 'error',
        message: 'must be a list of task ids',
      },
      { file: LAYOUT_SETS, jsonPath: 'sets[1].id', severity: 'error', message: 'a layout set needs an "id"' },
      {
        file: LAYOUT_SETS,
        jsonPath: 'sets[3].id',
        severity: 'warning',
        message: 'the layout set "empty" has no empty/layouts folder',
      },
      {
        file: LAYOUT_SETS,
        jsonPath: 'sets[4].id',
        severity: 'error',
        message: 'the layout set id "empty" is used more than once',
      },
    ]);
  });

  it('rejects an entry page that is not a layout set', async () => {
    const { problems } = await problemsWith({
      [METADATA]: { ...testMetadata(), onEntry: { show: 'stateless' } },
    });
    expect(problems).toEqual([
      {
        file: METADATA,
        jsonPath: 'onEntry.show',
        severity: 'error',
        message:
          '"stateless" is neither new-instance, select-instance nor a layout set, so the app has no entry page',
      },
    ]);
  });

  it('rejects component ids used twice in a layout set and components without id or type', async () => {
    const { app, problems } = await problemsWith({
      [PAGE]: {
        data: {
          layout: [
            { id: 'name', type: 'Input' },
            { type: 'Input' },
            { id: 'typeless' },
            { id: 'name', type: 'Paragraph' },
          ],
        },
      },
      'App/ui/form/layouts/Page2.json': { data: { layout: [{ id: 'name', type: 'Input' }] } },
      'App/ui/form/Settings.json': { pages: { order: ['Page1', 'Page2'] } },
    });
    expect(app).toBeUndefined();
    expect(problems).toEqual([
      { file: PAGE, jsonPath: 'data.layout[1].id', severity: 'error', message: 'the component has no id' },
      {
        file: PAGE,
        jsonPath: 'data.layout[2].type',
        severity: 'error',
        message: 'component "typeless" has no type',
      },
      {
        file: PAGE,
        jsonPath: 'data.layout[3].id',
        severity: 'error',
        message: 'the component id "name" is also used on this page; ids must be unique in a layout set',
      },
      {
        file: 'App/ui/form/layouts/Page2.json',
        jsonPath: 'data.layout[0].id',
        severity: 'error',
        message: 'the component id "name" is also used on page "Page1"; ids must be unique in a layout set',
      },
    ]);
  });

  it('rejects a page without data.layout', async () => {
    const { problems } = await problemsWith({ [PAGE]: { layout: [] } });
    expect(problems).toContainEqual({
      file: PAGE,
      jsonPath: 'data.layout',
      severity: 'error',
      message: 'a layout page must be { "data": { "layout": [components] } }',
    });
  });

  it('warns about bindings, children, subforms and uploads that point nowhere', async () => {
    const { app, problems } = await problemsWith({
      [PAGE]: {
        data: {
          layout: [
            {
              id: 'name',
              type: 'Input',
              dataModelBindings: { simpleBinding: { dataType: 'other', field: 'a' } },
            },
            { id: 'group', type: 'RepeatingGroup', children: ['name', '0:ghost'] },
            { id: 'sub', type: 'Subform', layoutSet: 'nowhere' },
            { id: 'upload', type: 'FileUpload' },
          ],
        },
      },
    });
    expect(app).toBeDefined();
    expect(problems).toEqual([
      {
        file: PAGE,
        jsonPath: 'data.layout[0].dataModelBindings.simpleBinding.dataType',
        severity: 'warning',
        message: 'binds to the data type "other", which the app does not have',
      },
      {
        file: PAGE,
        jsonPath: 'data.layout[1].children',
        severity: 'warning',
        message: 'the child "ghost" is not a component of this layout set',
      },
      {
        file: PAGE,
        jsonPath: 'data.layout[2].layoutSet',
        severity: 'warning',
        message: 'the subform\'s layout set "nowhere" does not exist',
      },
      {
        file: PAGE,
        jsonPath: 'data.layout[3].id',
        severity: 'warning',
        message: 'uploads go to the data type named by the component id, and "upload" is not a data type',
      },
    ]);
  });
});

describe('texts, options, prefill and validation files', () => {
  it('goes by the language of the file name and checks text resources as Storage does', async () => {
    const { app, problems } = await problemsWith({
      'App/config/texts/resource.nb.json': {
        language: 'nb-NO',
        resources: [
          { id: 'a', value: 'A' },
          { id: 'a', value: 'B' },
        ],
      },
      'App/config/texts/resource.en.json': { language: 'en', resources: [{ id: 'a' }] },
      'App/config/texts/resource.nb-NO.json': { language: 'nb-NO', resources: [] },
      'App/config/texts/notes.json': {},
    });
    expect(app).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'App/config/texts/notes.json',
        severity: 'warning',
        message: 'not a text resource file (resource.{language}.json); it is ignored',
      },
      {
        file: 'App/config/texts/resource.en.json',
        jsonPath: 'resources[0]',
        severity: 'error',
        message: 'not as Storage accepts text resources: must have required properties value',
      },
      {
        file: 'App/config/texts/resource.nb-NO.json',
        severity: 'warning',
        message: '"nb-NO" is not a two-letter language code, so the texts are never served',
      },
      {
        file: 'App/config/texts/resource.nb.json',
        jsonPath: 'language',
        severity: 'warning',
        message: 'the language "nb-NO" differs from the file name\'s "nb"; the file name wins',
      },
      {
        file: 'App/config/texts/resource.nb.json',
        jsonPath: 'resources[1].id',
        severity: 'warning',
        message: 'the text id "a" is used more than once; the last wins',
      },
    ]);
  });

  it('rejects an options file that is not a list and leaves out malformed options', async () => {
    const { problems } = await problemsWith({
      'App/options/a.json': { value: 'x' },
      'App/options/b.json': [{ value: 'ok', label: 'ok' }, { value: [1], label: 'x' }, { value: 'y' }],
    });
    expect(problems).toEqual([
      {
        file: 'App/options/a.json',
        severity: 'error',
        message: 'an options file must be a JSON array of { "value", "label" }',
      },
      ...[1, 2].map((index) => ({
        file: 'App/options/b.json',
        jsonPath: `[${index}]`,
        severity: 'warning',
        message:
          'an option needs a "value" (text, number, boolean or null) and a "label" text; it is left out',
      })),
    ]);
  });

  it('warns about prefill and validation files of unknown data types and odd prefill entries', async () => {
    const { app, problems } = await problemsWith({
      'App/models/ghost.prefill.json': { ER: { Name: 'name', OrgNumber: 7 }, Register: {} },
      'App/ui/form/ghost.validation.json': { validations: { name: ['missingDefinition'] } },
    });
    expect(app).toBeDefined();
    expect(problems).toEqual([
      {
        file: 'App/models/ghost.prefill.json',
        jsonPath: 'Register',
        severity: 'warning',
        message: '"Register" is not a prefill source (ER, DSF, UserProfile, QueryParameters); it is ignored',
      },
      {
        file: 'App/models/ghost.prefill.json',
        jsonPath: 'ER.OrgNumber',
        severity: 'warning',
        message: 'the model path must be a non-empty string; the entry is ignored',
      },
      {
        file: 'App/ui/form/ghost.validation.json',
        jsonPath: 'validations.name[0]',
        severity: 'warning',
        message: 'refers to "missingDefinition", which is not in "definitions"',
      },
      {
        file: 'App/models/ghost.prefill.json',
        severity: 'warning',
        message: '"ghost" is not a data type of the app, so this prefill is never used',
      },
      {
        file: 'App/ui/form/ghost.validation.json',
        severity: 'warning',
        message: '"ghost" is not a data type of the app, so these validations never run',
      },
    ]);
    expect(app?.prefill.get('ghost')?.er).toEqual({ Name: 'name' });
  });

  it('rejects a validation file whose validations are not lists', async () => {
    const { problems } = await problemsWith({
      'App/models/model.validation.json': { validations: { name: { message: 'x' } } },
    });
    expect(problems).toEqual([
      {
        file: 'App/models/model.validation.json',
        jsonPath: 'validations.name',
        severity: 'error',
        message: 'must be a list of validations',
      },
    ]);
  });
});
