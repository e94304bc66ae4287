// Test support: writes small app folders into temporary directories.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AppProblem } from './app-problem.ts';
import { loadApp } from './load-app.ts';
import type { AppLoadResult } from './loaded-app.ts';

/** File content: text as is, anything else as JSON, null to leave the file out. */
export type TestFile = string | null | object;

const POLICY = `<?xml version="1.0" encoding="utf-8"?>
<xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:example:policyid:1"
  Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
  <xacml:Target/>
  <xacml:Rule RuleId="urn:altinn:example:ruleid:[ORG]:[APP]:1" Effect="Permit">
    <xacml:Target>
      <xacml:AnyOf><xacml:AllOf>
        <xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case">
          <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">DAGL</xacml:AttributeValue>
          <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
        </xacml:Match>
      </xacml:AllOf></xacml:AnyOf>
      <xacml:AnyOf><xacml:AllOf>
        <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
          <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">[org]</xacml:AttributeValue>
          <xacml:AttributeDesignator AttributeId="urn:altinn:org" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
        </xacml:Match>
        <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
          <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">[app]</xacml:AttributeValue>
          <xacml:AttributeDesignator AttributeId="urn:altinn:app" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
        </xacml:Match>
      </xacml:AllOf></xacml:AnyOf>
      <xacml:AnyOf><xacml:AllOf>
        <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
          <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">read</xacml:AttributeValue>
          <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
        </xacml:Match>
      </xacml:AllOf></xacml:AnyOf>
    </xacml:Target>
  </xacml:Rule>
</xacml:Policy>
`;

export const testTask = (id: string, type = 'data', extension = '') =>
  `<bpmn:task id="${id}"><bpmn:extensionElements><altinn:taskExtension><altinn:taskType>${type}</altinn:taskType>${extension}</altinn:taskExtension></bpmn:extensionElements></bpmn:task>`;

/** A process with the given tasks in a row between a start and an end event. */
export function testProcess(tasks: readonly string[] = [testTask('Task_1')]): string {
  const ids = ['StartEvent_1', ...tasks.map((task) => /id="([^"]+)"/.exec(task)?.[1] ?? ''), 'EndEvent_1'];
  const flows = ids
    .slice(1)
    .map(
      (target, index) =>
        `<bpmn:sequenceFlow id="Flow_${index}" sourceRef="${ids[index]}" targetRef="${target}"/>`,
    );
  return `<?xml version="1.0" encoding="utf-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:altinn="http://altinn.no/process" id="D">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1"/>
    ${tasks.join('\n    ')}
    <bpmn:endEvent id="EndEvent_1"/>
    ${flows.join('\n    ')}
  </bpmn:process>
</bpmn:definitions>`;
}

export const testMetadata = (dataTypes: readonly object[] = TEST_DATA_TYPES) => ({
  id: 'ttd/demo',
  org: 'ttd',
  title: { nb: 'Demo' },
  dataTypes,
  partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: true, subUnit: false },
});

export const TEST_DATA_TYPES: readonly object[] = [
  {
    id: 'model',
    allowedContentTypes: ['application/xml'],
    appLogic: { autoCreate: true, classRef: 'Altinn.App.Models.model' },
    taskId: 'Task_1',
    maxCount: 1,
    minCount: 1,
  },
  { id: 'attachment', allowedContentTypes: ['application/pdf'], taskId: 'Task_1', maxCount: 2, minCount: 0 },
];

/** A small complete app: one data task, one model, one layout set with one page. */
export function baseTestApp(): Record<string, TestFile> {
  return {
    'App/config/applicationmetadata.json': testMetadata(),
    'App/config/process/process.bpmn': testProcess(),
    'App/config/authorization/policy.xml': POLICY,
    'App/config/texts/resource.nb.json': { language: 'nb', resources: [{ id: 'appName', value: 'Demo' }] },
    'App/models/model.schema.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'model.schema.json',
      type: 'object',
      '@xsdRootElement': 'model',
      properties: { name: { type: 'string', '@xsdType': 'string' } },
      required: ['name'],
    },
    'App/models/model.xsd': '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>',
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
    'App/ui/form/Settings.json': { pages: { order: ['Page1'] } },
    'App/ui/form/layouts/Page1.json': {
      data: {
        layout: [
          { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } },
          { id: 'attachment', type: 'FileUpload', maxNumberOfAttachments: 2 },
        ],
      },
    },
  };
}

/** Writes `files` (relative paths) into a new temporary folder and returns the folder. */
export async function writeTestApp(files: Record<string, TestFile>, into?: string): Promise<string> {
  const root = into ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-app-')));
  for (const [relative, content] of Object.entries(files)) {
    if (content === null) continue;
    const file = path.join(root, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

const written: string[] = [];

/** Writes the base app with `overrides` (null removes a file) and loads it. */
export async function loadTestApp(
  overrides: Record<string, TestFile> = {},
): Promise<{ readonly root: string; readonly result: AppLoadResult }> {
  const root = await writeTestApp({ ...baseTestApp(), ...overrides });
  written.push(root);
  return { root, result: await loadApp(root) };
}

/** Removes the folders `loadTestApp` wrote. */
export async function removeTestApps(): Promise<void> {
  await Promise.all(written.splice(0).map((root) => fs.rm(root, { recursive: true, force: true })));
}

/** Problems with their file relative to the app root, for readable expectations. */
export const relativeProblems = (root: string, problems: readonly AppProblem[]): AppProblem[] =>
  problems.map((problem) => ({ ...problem, file: path.relative(root, problem.file) }));
