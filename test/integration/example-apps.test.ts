import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AppLoadResult, formatProblem, type LoadedApp, loadApps } from '../../src/apps/loader/index.ts';

const EXAMPLE_APPS = fileURLToPath(new URL('../../examples/apps', import.meta.url));

const tasksOf = (app: LoadedApp) =>
  app.process.tasks.map((task) => ({
    id: task.id,
    taskType: task.taskType,
    actions: task.actions.map((action) => action.id),
  }));

const roleCodesOf = (app: LoadedApp) => [
  ...new Set(
    [
      ...app.policy.xml.matchAll(
        />([A-Z]+)<\/xacml:AttributeValue>\s*<xacml:AttributeDesignator AttributeId="urn:altinn:rolecode"/g,
      ),
    ].map((match) => match[1]),
  ),
];

describe('the example apps in examples/apps', () => {
  let results: AppLoadResult[];
  const app = (id: string): LoadedApp => {
    const found = results.find((result) => result.appId === id)?.app;
    if (found === undefined) throw new Error(`${id} did not load`);
    return found;
  };

  beforeAll(async () => {
    results = await loadApps([EXAMPLE_APPS]);
  });

  it('load with no errors and no warnings', () => {
    expect(results.map((result) => result.appId).sort()).toEqual([
      'tinn/business-grant',
      'tinn/fishing-licence',
      'tinn/moving-notice',
    ]);
    for (const result of results) {
      expect(result.problems.map(formatProblem), result.dir).toEqual([]);
      expect(result.app, result.dir).toBeDefined();
    }
  });

  it('belong to the service owner tinn, with titles and texts in Norwegian and English and one form model each', () => {
    for (const result of results) {
      const loaded = app(result.appId ?? '');
      expect(loaded.org).toBe('tinn');
      expect(Object.keys(loaded.metadata.title).sort()).toEqual(['en', 'nb']);
      expect([...loaded.texts.keys()].sort()).toEqual(['en', 'nb']);
      // The placeholders are filled, so the policy names this app.
      expect(loaded.policy.xml).not.toMatch(/\[(ORG|APP)\]/i);
      expect(loaded.policy.xml).toContain(`>${loaded.app}</xacml:AttributeValue>`);
      // Each form data type has its JSON Schema and the XSD beside it.
      const formTypes = loaded.metadata.dataTypes.filter((dataType) => dataType.appLogic !== undefined);
      expect(formTypes).toHaveLength(1);
      for (const dataType of formTypes) {
        expect(loaded.dataTypeModels.get(dataType.id)?.xsdFile, dataType.id).toBeDefined();
      }
    }
  });

  describe('moving-notice', () => {
    it('fills in a form, then confirms, then ends', () => {
      const loaded = app('tinn/moving-notice');
      expect(tasksOf(loaded)).toEqual([
        { id: 'Task_Form', taskType: 'data', actions: [] },
        { id: 'Task_Confirm', taskType: 'confirmation', actions: ['confirm'] },
      ]);
      expect(loaded.process.gateways).toEqual([]);
      expect(loaded.process.endEvents.map((event) => event.id)).toEqual(['EndEvent_1']);
    });

    it('is a person app with the form and up to three optional attachments in Task_Form', () => {
      const { metadata, prefill, options, dataTypeModels } = app('tinn/moving-notice');
      expect(metadata.partyTypesAllowed).toEqual({
        bankruptcyEstate: false,
        organisation: false,
        person: true,
        subUnit: false,
      });
      expect(
        metadata.dataTypes.map(({ id, taskId, minCount, maxCount }) => ({ id, taskId, minCount, maxCount })),
      ).toEqual([
        { id: 'movingNotice', taskId: 'Task_Form', minCount: 1, maxCount: 1 },
        { id: 'attachment', taskId: 'Task_Form', minCount: 0, maxCount: 3 },
      ]);
      const attachment = metadata.dataTypes.find((dataType) => dataType.id === 'attachment');
      expect(attachment?.allowedContentTypes).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
      expect(attachment?.maxSize).toBe(10);
      expect(metadata.dataTypes[0]?.appLogic).toMatchObject({ autoCreate: true });
      expect(dataTypeModels.get('movingNotice')?.name).toBe('MovingNotice');
      expect(Object.keys(prefill.get('movingNotice')?.dsf ?? {})).toContain('SSN');
      expect([...options.keys()].sort()).toEqual(['dwelling-types', 'notify-services', 'relations']);
    });

    it('lets PRIV act', () => {
      expect(roleCodesOf(app('tinn/moving-notice'))).toEqual(['PRIV']);
    });
  });

  describe('business-grant', () => {
    it('fills in a form, then signs when the amount is above 100 000 and otherwise ends', () => {
      const loaded = app('tinn/business-grant');
      expect(tasksOf(loaded)).toEqual([
        { id: 'Task_Form', taskType: 'data', actions: [] },
        { id: 'Task_Sign', taskType: 'signing', actions: ['sign'] },
      ]);
      const [gateway] = loaded.process.gateways;
      expect(loaded.process.gateways).toHaveLength(1);
      expect(gateway).toMatchObject({
        id: 'Gateway_NeedsSignature',
        defaultFlowId: 'Flow_Gateway_End',
        connectedDataTypeId: 'grantApplication',
      });
      const flows = (gateway?.outgoing ?? []).map((id) => loaded.process.flows.get(id));
      expect(flows.map((flow) => [flow?.targetRef, flow?.condition?.expression])).toEqual([
        ['Task_Sign', ['greaterThan', ['dataModel', 'budget.amountRequested'], 100000]],
        ['EndEvent_1', undefined],
      ]);
      expect(loaded.process.tasks[1]?.signature).toMatchObject({
        dataTypesToSign: ['grantApplication', 'budget'],
        signatureDataType: 'signature',
      });
    });

    it('is an organisation app with a required budget and a signature owned by the app', () => {
      const { metadata, prefill, validationConfigs } = app('tinn/business-grant');
      expect(metadata.partyTypesAllowed).toMatchObject({ organisation: true, subUnit: true, person: false });
      expect(
        metadata.dataTypes.map(({ id, taskId, minCount, maxCount }) => ({ id, taskId, minCount, maxCount })),
      ).toEqual([
        { id: 'grantApplication', taskId: 'Task_Form', minCount: 1, maxCount: 1 },
        { id: 'budget', taskId: 'Task_Form', minCount: 1, maxCount: 2 },
        { id: 'signature', taskId: 'Task_Sign', minCount: 0, maxCount: 1 },
      ]);
      expect(metadata.dataTypes[2]?.allowedContributors).toEqual(['app:owned']);
      expect(Object.keys(prefill.get('grantApplication')?.er ?? {})).toEqual(['OrgNumber', 'Name']);
      expect(Object.keys(validationConfigs.get('grantApplication')?.validations ?? {})).toContain(
        'budget.amountRequested',
      );
    });

    it('lets DAGL and REGNA fill in and DAGL and SIGNE sign', () => {
      expect(roleCodesOf(app('tinn/business-grant')).sort()).toEqual(['DAGL', 'REGNA', 'SIGNE']);
      const signRule = app('tinn/business-grant')
        .policy.xml.split('<xacml:Rule ')
        .find((rule) => rule.includes('>Task_Sign<'));
      expect(signRule).toContain('>sign<');
      expect(signRule).toContain('>DAGL<');
      expect(signRule).toContain('>SIGNE<');
      expect(signRule).not.toContain('>REGNA<');
    });
  });

  describe('fishing-licence', () => {
    it('fills in a form, then ends', () => {
      const loaded = app('tinn/fishing-licence');
      expect(tasksOf(loaded)).toEqual([{ id: 'Task_Form', taskType: 'data', actions: [] }]);
      expect(loaded.process.gateways).toEqual([]);
      expect(roleCodesOf(loaded)).toEqual(['PRIV']);
    });

    it('ships logic/index.ts with hooks and the licence-types options provider its Dropdown uses', async () => {
      const loaded = app('tinn/fishing-licence');
      expect(loaded.logicFile).toMatch(/logic[\\/]index\.ts$/);
      const { hooks } = await import(loaded.logicFile ?? '');
      expect(Object.keys(hooks).sort()).toEqual([
        'dataProcessWrite',
        'onTaskEnd',
        'options',
        'validateData',
        'validateInstantiation',
      ]);
      const dropdown = [...(loaded.ui.layoutSets[0]?.pages.values() ?? [])]
        .flatMap((page) => page.components)
        .find((component) => component.id === 'licence-type');
      expect(dropdown?.definition.optionsId).toBe('licence-types');
      expect(loaded.options.has('licence-types')).toBe(false);
      const options = await hooks.options['licence-types']({
        language: 'en',
        queryParameters: { waters: 'sea' },
      });
      expect(options.map((option: { value: string }) => option.value)).toEqual(['sea']);
    });

    it('works out the fee on save, checks the companions and numbers the licence at task end', async () => {
      const { hooks } = await import(app('tinn/fishing-licence').logicFile ?? '');
      const instance = {
        id: '520003/6f1c0a2e-5b7d-4c3e-9a1f-2d4e6b8c0a1e',
        instanceOwner: { partyId: '520003', personNumber: '01019012345' },
      };
      const data = {
        licence: { waters: 'sea', type: 'sea', period: 'week', validFrom: '2999-07-01' },
        gear: 'rod,net',
        netCount: 2,
        boat: { uses: true, registrationMark: ' abc 123' },
        companions: [
          { name: 'Small', birthYear: 2990 },
          { name: 'Grown', birthYear: 2970 },
        ],
      };
      await hooks.dataProcessWrite({ instance, dataType: 'fishingLicence', data, language: 'nb' });
      expect(data.licence).toMatchObject({ fee: 300 + 2 * 150 });
      expect(data.boat.registrationMark).toBe('ABC 123');
      const issues = await hooks.validateData({ instance, dataType: 'fishingLicence', data, language: 'nb' });
      expect(issues.map((issue: { field: string }) => issue.field)).toEqual(['companions[1].birthYear']);
      await hooks.onTaskEnd({ taskId: 'Task_Form', instance, formData: { fishingLicence: data } });
      expect(data.licence).toMatchObject({ number: 'FL-2999-6F1C0A2E' });
      expect(
        await hooks.validateInstantiation({ instance: { id: 'x', instanceOwner: { partyId: '520101' } } }),
      ).toMatchObject({ valid: false });
    });
  });
});
