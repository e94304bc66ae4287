import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instance, InstanceEvent } from '../../src/platform/storage/index.ts';
import {
  installTestApp,
  PEOPLE,
  processAtTask,
  STORAGE_TESTDATA,
  serviceOwnerBearer,
} from '../support/storage-fixtures.ts';
import {
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

const SBL = '/storage/api/v1/sbl/instances';
const STRING = 'http://www.w3.org/2001/XMLSchema#string';
const DAY = 24 * 60 * 60 * 1000;

const MESSAGE_BOX_FIELDS = [
  'allowDelete',
  'allowNewCopy',
  'appName',
  'archivedDateTime',
  'authorizedForSign',
  'authorizedForWrite',
  'createdDateTime',
  'dataValues',
  'deleteStatus',
  'deletedDateTime',
  'dueDateTime',
  'id',
  'instanceOwnerId',
  'lastChangedBy',
  'org',
  'presentationText',
  'processCurrentTask',
  'readStatus',
  'substatus',
  'title',
];

interface PolicyRule {
  readonly roles: readonly string[];
  readonly actions: readonly string[];
  readonly task?: string;
}

function match(id: string, category: string, value: string, ignoreCase = false): string {
  const fn = ignoreCase
    ? 'urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case'
    : 'urn:oasis:names:tc:xacml:1.0:function:string-equal';
  return `<xacml:Match MatchId="${fn}"><xacml:AttributeValue DataType="${STRING}">${value}</xacml:AttributeValue><xacml:AttributeDesignator AttributeId="${id}" Category="${category}" DataType="${STRING}" MustBePresent="false"/></xacml:Match>`;
}

/** A small app policy: users with the given roles may do the given actions (in a task, if given). */
function policyXml(rules: readonly PolicyRule[]): string {
  const subject = 'urn:oasis:names:tc:xacml:1.0:subject-category:access-subject';
  const resource = 'urn:oasis:names:tc:xacml:3.0:attribute-category:resource';
  const action = 'urn:oasis:names:tc:xacml:3.0:attribute-category:action';
  const body = rules
    .map(
      (rule, index) => `<xacml:Rule RuleId="rule-${index}" Effect="Permit"><xacml:Target>
<xacml:AnyOf>${rule.roles.map((role) => `<xacml:AllOf>${match('urn:altinn:rolecode', subject, role, true)}</xacml:AllOf>`).join('')}</xacml:AnyOf>
<xacml:AnyOf><xacml:AllOf>${match('urn:altinn:org', resource, '[ORG]')}${match('urn:altinn:app', resource, '[APP]')}${rule.task ? match('urn:altinn:task', resource, rule.task) : ''}</xacml:AllOf></xacml:AnyOf>
<xacml:AnyOf>${rule.actions.map((name) => `<xacml:AllOf>${match('urn:oasis:names:tc:xacml:1.0:action:action-id', action, name)}</xacml:AllOf>`).join('')}</xacml:AnyOf>
</xacml:Target></xacml:Rule>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:tinn:test:messagebox" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides"><xacml:Target/>${body}</xacml:Policy>`;
}

describe('storage: the message box (sbl) API', () => {
  let tinn: TestPlatform;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;
  let mainApp: string;
  let appCounter = 0;

  /** A fresh app per test keeps each search's answer to what that test made. */
  async function freshApp(extra: Record<string, unknown> = {}, policy?: string): Promise<string> {
    appCounter += 1;
    const appId = await installTestApp(tinn, { app: `mb-app-${appCounter}`, extra });
    if (policy !== undefined) {
      const [org, app] = appId.split('/');
      const response = await tinn.fetch(`/authorization/api/v1/policies?org=${org}&app=${app}`, {
        method: 'POST',
        headers: { ...owner, 'content-type': 'application/xml' },
        body: policy,
      });
      expect(response.status).toBe(201);
    }
    return appId;
  }

  async function putTexts(appId: string, language: string, resources: Record<string, string>) {
    const response = await postJson(
      tinn,
      `/storage/api/v1/applications/${appId}/texts`,
      { language, resources: Object.entries(resources).map(([id, value]) => ({ id, value })) },
      owner,
    );
    expect(response.status, await response.clone().text()).toBeLessThan(300);
  }

  async function create(
    headers: Record<string, string>,
    partyId: number,
    appId: string,
    extra: object = {},
  ): Promise<Instance> {
    const response = await postJson(
      tinn,
      `/storage/api/v1/instances?appId=${appId}`,
      { instanceOwner: { partyId: String(partyId) }, process: processAtTask(), ...extra },
      headers,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return json(response);
  }

  const guidOf = (instance: Instance) => instance.id.split('/')[1]!;

  /** Puts an instance in a state directly through the InstanceService (as other Storage routes would). */
  async function setState(instance: Instance, change: (current: Instance, now: string) => Instance) {
    return tinn.platform.instances.change(guidOf(instance), (current, now) => ({
      instance: change(current, now),
      events: [],
    }));
  }

  const stored = async (instance: Instance) => (await tinn.platform.instances.find(guidOf(instance)))!;

  const archive = (instance: Instance) =>
    setState(instance, (current, now) => ({
      ...current,
      process: { ...current.process, currentTask: undefined, ended: now, endEvent: 'EndEvent_1' },
      status: { ...current.status, isArchived: true, archived: now },
      lastChanged: now,
    }));

  const softDelete = (instance: Instance) =>
    setState(instance, (current, now) => ({
      ...current,
      status: { ...current.status, isSoftDeleted: true, softDeleted: now },
      lastChanged: now,
    }));

  const hardDelete = (instance: Instance) =>
    setState(instance, (current, now) => ({
      ...current,
      status: {
        ...current.status,
        isSoftDeleted: true,
        softDeleted: now,
        isHardDeleted: true,
        hardDeleted: now,
      },
      lastChanged: now,
    }));

  const search = (headers: Record<string, string>, body: unknown) =>
    postJson(tinn, `${SBL}/search`, body, headers);

  async function found(headers: Record<string, string>, body: Record<string, unknown>): Promise<any[]> {
    const response = await search(headers, body);
    expect(response.status, await response.clone().text()).toBe(200);
    return json(response);
  }

  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();
  const idsOf = (...instances: Instance[]) => instances.map(guidOf).sort();

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
    mainApp = await freshApp({ title: { nb: 'Flyttemelding', en: 'Moving notice' } });
    await putTexts(mainApp, 'nb', {
      appName: 'Flyttemelding fra tekst',
      'sub.label': 'Godkjent',
      'sub.description': 'Søknaden er godkjent',
    });
    await putTexts(mainApp, 'en', { appName: 'Moving notice from text', 'sub.label': 'Approved' });
  });
  afterAll(async () => {
    await tinn?.close();
  });

  describe('POST /sbl/instances/search', () => {
    it('lists the own party’s instances with every MessageBoxInstance field', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      const items = await found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId: mainApp });
      expect(items).toHaveLength(1);
      expect(Object.keys(items[0]).sort()).toEqual(MESSAGE_BOX_FIELDS);
      expect(items[0]).toEqual({
        id: guidOf(instance),
        instanceOwnerId: String(PEOPLE.mira.partyId),
        org: 'ttd',
        appName: mainApp.split('/')[1],
        title: 'Flyttemelding fra tekst',
        processCurrentTask: 'FormFilling',
        createdDateTime: instance.created,
        lastChangedBy: String(PEOPLE.mira.userId),
        dueDateTime: null,
        deleteStatus: 0,
        readStatus: 'Unread',
        substatus: null,
        allowDelete: true,
        allowNewCopy: false,
        authorizedForWrite: true,
        authorizedForSign: false,
        archivedDateTime: null,
        deletedDateTime: null,
        presentationText: null,
        dataValues: null,
      });
    });

    it('lists instances of organisations the user represents, newest change first', async () => {
      const appId = await freshApp();
      const ofCompany = await create(mira, PEOPLE.company.partyId, appId);
      const ofSubUnit = await create(mira, PEOPLE.subUnit.partyId, appId);
      const own = await create(mira, PEOPLE.mira.partyId, appId);
      await setState(ofCompany, (current) => ({
        ...current,
        lastChanged: new Date(Date.now() + 1000).toISOString(),
      }));
      const items = await found(mira, {
        instanceOwnerPartyIdList: [PEOPLE.company.partyId, PEOPLE.subUnit.partyId, PEOPLE.mira.partyId],
        appId,
      });
      expect(items.map((item) => item.id)).toEqual([guidOf(ofCompany), guidOf(own), guidOf(ofSubUnit)]);
      expect(items.map((item) => item.instanceOwnerId)).toEqual([
        String(PEOPLE.company.partyId),
        String(PEOPLE.mira.partyId),
        String(PEOPLE.subUnit.partyId),
      ]);
      const onlyCompany = await found(mira, { instanceOwnerPartyIdList: [PEOPLE.company.partyId], appId });
      expect(ids(onlyCompany)).toEqual(idsOf(ofCompany));
    });

    it('gives a user nothing of a party they may not represent, and only end users may search', async () => {
      const appId = await freshApp();
      const ofCompany = await create(mira, PEOPLE.company.partyId, appId);
      const ofMira = await create(mira, PEOPLE.mira.partyId, appId);
      const ofOskar = await create(oskar, PEOPLE.oskar.partyId, appId);
      expect(await found(oskar, { instanceOwnerPartyIdList: [PEOPLE.company.partyId] })).toEqual([]);
      expect(await found(oskar, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId })).toEqual([]);
      const mixed = await found(oskar, {
        instanceOwnerPartyIdList: [PEOPLE.oskar.partyId, PEOPLE.company.partyId, PEOPLE.mira.partyId],
        appId,
        includeActive: true,
        includeArchived: true,
        includeDeleted: true,
      });
      expect(ids(mixed)).toEqual(idsOf(ofOskar));
      expect(ids(await found(mira, { instanceOwnerPartyIdList: [PEOPLE.company.partyId], appId }))).toEqual(
        idsOf(ofCompany),
      );
      expect(ids(await found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId }))).toEqual(
        idsOf(ofMira),
      );

      const asOwner = await search(owner, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId] });
      expect(asOwner.status).toBe(403);
      expect(asOwner.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await search({}, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId] })).status).toBe(401);
    });

    describe('states', () => {
      let appId: string;
      let active: Instance;
      let archived: Instance;
      let deleted: Instance;
      let archivedDeleted: Instance;
      let hardDeleted: Instance;

      beforeAll(async () => {
        appId = await freshApp();
        const dueBefore = new Date(Date.now() + 30 * DAY).toISOString();
        const make = () => create(mira, PEOPLE.mira.partyId, appId, { dueBefore });
        active = await make();
        archived = await archive(await make());
        deleted = await softDelete(await make());
        archivedDeleted = await softDelete(await archive(await make()));
        hardDeleted = await hardDelete(await make());
      });

      const withFlags = (active: boolean, archived: boolean, deleted: boolean, extra: object = {}) =>
        found(mira, {
          instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
          appId,
          includeActive: active,
          includeArchived: archived,
          includeDeleted: deleted,
          ...extra,
        });

      it('maps each combination of the include flags to the instances in those states', async () => {
        const everything = idsOf(active, archived, deleted, archivedDeleted);
        const cases: [boolean, boolean, boolean, string[]][] = [
          [false, false, false, everything],
          [true, true, true, everything],
          [true, false, false, idsOf(active)],
          [false, true, false, idsOf(archived)],
          [false, false, true, idsOf(deleted, archivedDeleted)],
          [true, true, false, idsOf(active, archived)],
          [false, true, true, idsOf(archived, deleted, archivedDeleted)],
          [true, false, true, idsOf(active, deleted, archivedDeleted)],
        ];
        for (const [a, b, c, expected] of cases) {
          expect(ids(await withFlags(a, b, c)), `active=${a} archived=${b} deleted=${c}`).toEqual(expected);
        }
        expect(everything).not.toContain(guidOf(hardDeleted));
      });

      it('shows archive and delete state, and no due date once archived or deleted', async () => {
        const items = await withFlags(true, true, true);
        const byId = new Map(items.map((item) => [item.id, item]));
        const activeItem = byId.get(guidOf(active));
        expect(activeItem).toMatchObject({ processCurrentTask: 'FormFilling', deleteStatus: 0 });
        expect(activeItem.dueDateTime).toBe(active.dueBefore);
        const archivedItem = byId.get(guidOf(archived));
        expect(archivedItem).toMatchObject({
          processCurrentTask: 'Archived',
          deleteStatus: 0,
          archivedDateTime: archived.status.archived,
          deletedDateTime: null,
          dueDateTime: null,
        });
        expect(byId.get(guidOf(deleted))).toMatchObject({
          processCurrentTask: 'FormFilling',
          deleteStatus: 1,
          deletedDateTime: deleted.status.softDeleted,
          dueDateTime: null,
        });
        expect(byId.get(guidOf(archivedDeleted))).toMatchObject({
          processCurrentTask: 'Archived',
          deleteStatus: 1,
        });
        expect((await stored(archived)).dueBefore).toBe(active.dueBefore);
      });

      it('finds by archive reference among archived and deleted instances only', async () => {
        const reference = (instance: Instance) => guidOf(instance).slice(-12);
        expect(ids(await withFlags(false, false, false, { archiveReference: reference(archived) }))).toEqual(
          idsOf(archived),
        );
        expect(
          ids(await withFlags(false, false, false, { archiveReference: reference(archived).toUpperCase() })),
        ).toEqual(idsOf(archived));
        expect(await withFlags(true, false, false, { archiveReference: reference(archived) })).toEqual([]);
        expect(await withFlags(false, false, false, { archiveReference: reference(active) })).toEqual([]);
        expect(await withFlags(true, true, true, { archiveReference: reference(active) })).toEqual([]);
        expect(ids(await withFlags(true, false, true, { archiveReference: reference(deleted) }))).toEqual(
          idsOf(deleted),
        );
        expect(await withFlags(false, true, false, { archiveReference: reference(deleted) })).toEqual([]);
        expect(await withFlags(false, false, false, { archiveReference: reference(hardDeleted) })).toEqual(
          [],
        );
        expect(ids(await withFlags(false, false, false, { archiveReference: guidOf(archived) }))).toEqual(
          idsOf(archived),
        );
      });
    });

    it('filters by lastChanged, and by created (lastChanged for archived instances)', async () => {
      const appId = await freshApp();
      const dated = async (created: string, lastChanged: string, archived = false) => {
        const instance = await create(mira, PEOPLE.mira.partyId, appId, { visibleAfter: created });
        return setState(instance, (current) => ({
          ...current,
          created,
          visibleAfter: created,
          lastChanged,
          status: archived ? { ...current.status, isArchived: true, archived: lastChanged } : current.status,
        }));
      };
      const january = await dated('2024-01-01T00:00:00.000Z', '2024-01-10T00:00:00.000Z');
      const march = await dated('2024-03-01T00:00:00.000Z', '2024-03-10T00:00:00.000Z');
      const archivedInFebruary = await dated('2023-01-01T00:00:00.000Z', '2024-02-15T00:00:00.000Z', true);
      const range = (extra: object) =>
        found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId, ...extra });

      expect(ids(await range({ fromLastChanged: '2024-02-01T00:00:00Z' }))).toEqual(
        idsOf(march, archivedInFebruary),
      );
      expect(ids(await range({ toLastChanged: '2024-02-01' }))).toEqual(idsOf(january));
      expect(
        ids(
          await range({
            fromLastChanged: '2024-01-10T00:00:00',
            toLastChanged: '2024-02-15T00:00:00.000+00:00',
          }),
        ),
      ).toEqual(idsOf(january, archivedInFebruary));
      expect(ids(await range({ fromCreated: '2024-02-01', toCreated: '2024-02-28' }))).toEqual(
        idsOf(archivedInFebruary),
      );
      expect(ids(await range({ fromCreated: '2024-02-20T00:00:00Z' }))).toEqual(idsOf(march));
      expect(ids(await range({ toCreated: '2024-01-31T23:59:59+01:00' }))).toEqual(idsOf(january));
      expect((await range({ fromCreated: null, toCreated: null, fromLastChanged: null })).length).toBe(3);
    });

    it('searches app titles and presentation texts, with LIKE wildcards taken literally', async () => {
      const titled = await freshApp({
        title: { nb: 'Søknad om hundeluftingsløyve', en: 'Dog walking permit' },
      });
      const plain = await freshApp();
      const dogInstance = await create(mira, PEOPLE.mira.partyId, titled);
      const presented = await setState(await create(mira, PEOPLE.mira.partyId, plain), (current) => ({
        ...current,
        presentationTexts: { name: 'Rex Hundeluftersen', share: 'Gull_100%' },
      }));
      const other = await create(mira, PEOPLE.mira.partyId, plain);
      const text = (searchString: string, extra: object = {}) =>
        found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], searchString, ...extra });

      expect(ids(await text('HUNDELUFTINGS'))).toEqual(idsOf(dogInstance));
      expect(ids(await text('walking'))).toEqual(idsOf(dogInstance));
      expect(ids(await text('hundelufter'))).toEqual(idsOf(presented));
      expect(ids(await text('hundeluft'))).toEqual(idsOf(dogInstance, presented));
      expect(ids(await text('100%'))).toEqual(idsOf(presented));
      expect(ids(await text('l_1'))).toEqual(idsOf(presented));
      expect(await text('l%1')).toEqual([]);
      expect(await text('Gull 100')).toEqual([]);
      expect(await text('hundeluft', { appId: mainApp })).toEqual([]);
      expect(ids(await text('  rex  ', { appId: plain }))).toEqual(idsOf(presented));

      const [item] = await text('rex');
      expect(item.presentationText).toBe('Rex Hundeluftersen, Gull_100%');
      expect(item.title).toBe(`Test ${plain.split('/')[1]}, Rex Hundeluftersen, Gull_100%`);
      expect(
        ids(await found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId: plain })),
      ).toEqual(idsOf(presented, other));
    });

    it('hides instances not visible yet and those the app hides, and dates them from when they appear', async () => {
      const appId = await freshApp();
      const later = await create(mira, PEOPLE.mira.partyId, appId, {
        visibleAfter: new Date(Date.now() + DAY).toISOString(),
      });
      const appeared = await setState(await create(mira, PEOPLE.mira.partyId, appId), (current) => ({
        ...current,
        created: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
        visibleAfter: new Date(Date.now() - 60 * 1000).toISOString(),
      }));
      const items = await found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId });
      expect(ids(items)).toEqual(idsOf(appeared));
      expect(items[0].createdDateTime).toBe(appeared.visibleAfter);
      expect((await stored(later)).visibleAfter).toBe(later.visibleAfter);

      const onTask = await freshApp({ messageBoxConfig: { hideSettings: { hideOnTask: ['Task_3'] } } });
      const atTask1 = await create(mira, PEOPLE.mira.partyId, onTask);
      await create(mira, PEOPLE.mira.partyId, onTask, { process: processAtTask('Task_3') });
      expect(
        ids(await found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId: onTask })),
      ).toEqual(idsOf(atTask1));

      const always = await freshApp({ messageBoxConfig: { hideSettings: { hideAlways: true } } });
      await create(mira, PEOPLE.mira.partyId, always);
      expect(await found(mira, { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], appId: always })).toEqual(
        [],
      );
    });

    it('sets allowDelete, authorizedForWrite and authorizedForSign from the PDP and drops what may not be read', async () => {
      const readOnly = await freshApp(
        {},
        policyXml([
          { roles: ['PRIV'], actions: ['read', 'instantiate'] },
          { roles: ['DAGL'], actions: ['instantiate'] },
        ]),
      );
      const own = await create(mira, PEOPLE.mira.partyId, readOnly);
      await create(mira, PEOPLE.company.partyId, readOnly);
      const items = await found(mira, {
        instanceOwnerPartyIdList: [PEOPLE.mira.partyId, PEOPLE.company.partyId],
        appId: readOnly,
      });
      expect(ids(items)).toEqual(idsOf(own));
      expect(items[0]).toMatchObject({
        allowDelete: false,
        authorizedForWrite: false,
        authorizedForSign: false,
      });

      const signing = await create(mira, PEOPLE.mira.partyId, mainApp, {
        process: processAtTask('Task_2', 'signing'),
      });
      const confirming = await create(mira, PEOPLE.company.partyId, mainApp, {
        process: processAtTask('Task_2', 'confirmation'),
      });
      const all = await found(mira, {
        instanceOwnerPartyIdList: [PEOPLE.mira.partyId, PEOPLE.company.partyId],
        appId: mainApp,
      });
      const byId = new Map(all.map((item) => [item.id, item]));
      expect(byId.get(guidOf(signing))).toMatchObject({
        processCurrentTask: 'Signing',
        authorizedForSign: true,
        authorizedForWrite: true,
        allowDelete: true,
      });
      expect(byId.get(guidOf(confirming))).toMatchObject({
        processCurrentTask: 'Confirmation',
        authorizedForSign: false,
      });
    });

    it('resolves titles and substatus texts in the chosen language, with fallbacks', async () => {
      const instance = await setState(await create(mira, PEOPLE.mira.partyId, mainApp), (current) => ({
        ...current,
        status: { ...current.status, substatus: { label: 'sub.label', description: 'sub.description' } },
      }));
      const inLanguage = async (language: unknown) => {
        const items = await found(mira, {
          instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
          appId: mainApp,
          archiveReference: null,
          language,
        });
        return items.find((item) => item.id === guidOf(instance));
      };
      expect(await inLanguage('en')).toMatchObject({
        title: 'Moving notice from text',
        substatus: { label: 'Approved', description: 'sub.description' },
      });
      expect(await inLanguage('nb')).toMatchObject({
        title: 'Flyttemelding fra tekst',
        substatus: { label: 'Godkjent', description: 'Søknaden er godkjent' },
      });
      expect((await inLanguage('nn')).title).toBe('Flyttemelding fra tekst');
      expect((await inLanguage('de')).title).toBe('Flyttemelding fra tekst');
      expect((await inLanguage(null)).title).toBe('Flyttemelding fra tekst');

      const metadataOnly = await freshApp({ title: { nb: 'Bokmålstittel', en: 'English title' } });
      await create(mira, PEOPLE.mira.partyId, metadataOnly);
      const titleIn = async (language: string) =>
        (
          await found(mira, {
            instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
            appId: metadataOnly,
            language,
          })
        )[0].title;
      expect(await titleIn('en')).toBe('English title');
      expect(await titleIn('nn')).toBe('Bokmålstittel');
    });

    it('refuses bad input with 400 problem+json', async () => {
      const bodies: unknown[] = [
        {},
        { instanceOwnerPartyIdList: [] },
        { instanceOwnerPartyIdList: ['abc'] },
        { instanceOwnerPartyIdList: [0] },
        { instanceOwnerPartyIdList: null },
        { instanceOwnerPartyIdList: Array.from({ length: 5001 }, (_, index) => index + 1) },
        { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], includeActive: 'yes' },
        { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], fromLastChanged: 'tomorrow' },
        { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], fromCreated: '2024-13-01' },
        { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], toCreated: '2024-02-30T00:00:00Z' },
        { instanceOwnerPartyIdList: [PEOPLE.mira.partyId], searchString: 'x'.repeat(201) },
        '{"instanceOwnerPartyIdList": [',
        '[1, 2]',
      ];
      for (const body of bodies) {
        const response = await search(mira, body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      }
      const nulls = await search(mira, {
        instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
        appId: null,
        includeActive: null,
        includeArchived: null,
        includeDeleted: null,
        fromLastChanged: null,
        toLastChanged: null,
        fromCreated: null,
        toCreated: null,
        searchString: null,
        archiveReference: null,
        language: null,
        filterMigrated: null,
      });
      expect(nulls.status).toBe(200);
    });
  });

  describe('GET /sbl/instances/{p}/{g}', () => {
    it('reads one instance in the chosen language', async () => {
      const instance = await setState(await create(mira, PEOPLE.mira.partyId, mainApp), (current) => ({
        ...current,
        presentationTexts: { a: 'Oslo' },
        dataValues: { kind: 'move' },
      }));
      const response = await tinn.fetch(`${SBL}/${instance.id}?language=en`, { headers: mira });
      expect(response.status).toBe(200);
      const item = await json(response);
      expect(Object.keys(item).sort()).toEqual(MESSAGE_BOX_FIELDS);
      expect(item).toMatchObject({
        id: guidOf(instance),
        title: 'Moving notice from text, Oslo',
        presentationText: 'Oslo',
        dataValues: { kind: 'move' },
        allowDelete: true,
        authorizedForWrite: true,
        allowNewCopy: false,
      });
      const inDefault = await json(await tinn.fetch(`${SBL}/${instance.id}`, { headers: mira }));
      expect(inDefault.title).toBe('Flyttemelding fra tekst, Oslo');
    });

    it('offers a new copy of an archived instance when the app allows copies and the PDP allows instantiate', async () => {
      const copyApp = await freshApp({ copyInstanceSettings: { enabled: true } });
      const archived = await archive(await create(mira, PEOPLE.mira.partyId, copyApp));
      const active = await create(mira, PEOPLE.mira.partyId, copyApp);
      const read = async (instance: Instance) =>
        json(await tinn.fetch(`${SBL}/${instance.id}`, { headers: mira }));
      expect((await read(archived)).allowNewCopy).toBe(true);
      expect((await read(active)).allowNewCopy).toBe(false);
      const noCopies = await archive(await create(mira, PEOPLE.mira.partyId, mainApp));
      expect((await read(noCopies)).allowNewCopy).toBe(false);
    });

    it('answers 404, 403, 401 and 400', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      const get = (path: string, headers: Record<string, string>) =>
        tinn.fetch(`${SBL}/${path}`, { headers });
      expect((await get(`${PEOPLE.mira.partyId}/${randomUUID()}`, mira)).status).toBe(404);
      const gone = await hardDelete(await create(mira, PEOPLE.mira.partyId, mainApp));
      expect((await get(gone.id, mira)).status).toBe(404);
      const refused = await get(instance.id, oskar);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await get(instance.id, {})).status).toBe(401);
      expect((await get(`${PEOPLE.mira.partyId}/not-a-guid`, mira)).status).toBe(400);
      expect((await get(`abc/${guidOf(instance)}`, mira)).status).toBe(400);
    });
  });

  describe('GET /sbl/instances/{p}/{g}/events', () => {
    it('shows user-facing events, data Created as Saved, and one Saved per run by the same actor', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      const at = (seconds: number) => new Date(Date.parse(instance.created) + seconds * 1000).toISOString();
      const event = (eventType: string, seconds: number, userId: number, dataId?: string): InstanceEvent => ({
        id: randomUUID(),
        instanceId: instance.id,
        created: at(seconds),
        eventType,
        instanceOwnerPartyId: instance.instanceOwner.partyId,
        user: { userId, authenticationLevel: 2 },
        ...(dataId === undefined ? {} : { dataId }),
      });
      const dataId = randomUUID();
      const added = [
        event('Created', 1, PEOPLE.mira.userId, dataId),
        event('Saved', 2, PEOPLE.mira.userId, dataId),
        event('Saved', 3, PEOPLE.mira.userId),
        event('Saved', 4, PEOPLE.oskar.userId),
        event('Deleted', 5, PEOPLE.mira.userId, dataId),
        event('process_StartTask', 6, PEOPLE.mira.userId),
        event('Submited', 7, PEOPLE.mira.userId),
        event('Saved', 8, PEOPLE.mira.userId),
      ];
      await tinn.platform.instances.change(guidOf(instance), (current) => ({
        instance: current,
        events: added,
      }));

      const response = await tinn.fetch(`${SBL}/${instance.id}/events`, { headers: mira });
      expect(response.status).toBe(200);
      const history = await json(response);
      expect(history.map((item: any) => item.eventType)).toEqual([
        'Created',
        'Saved',
        'Saved',
        'Submited',
        'Saved',
      ]);
      expect(history[1]).toEqual({
        id: added[2]!.id,
        createdDateTime: added[2]!.created,
        eventType: 'Saved',
        user: { userId: PEOPLE.mira.userId, authenticationLevel: 2 },
        relatedUser: null,
        additionalInfo: null,
      });
      expect(history[2].id).toBe(added[3]!.id);
      expect(history[0].user.userId).toBe(PEOPLE.mira.userId);
    });

    it('answers 403 without read, 404 for no instance, 401 without a token', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      expect((await tinn.fetch(`${SBL}/${instance.id}/events`, { headers: oskar })).status).toBe(403);
      expect((await tinn.fetch(`${SBL}/1/${randomUUID()}/events`, { headers: mira })).status).toBe(404);
      expect((await tinn.fetch(`${SBL}/${instance.id}/events`)).status).toBe(401);
    });
  });

  describe('DELETE and PUT undelete', () => {
    const remove = (instance: Instance, headers: Record<string, string>, query = '') =>
      tinn.fetch(`${SBL}/${instance.id}${query}`, { method: 'DELETE', headers });
    const undelete = (instance: Instance, headers: Record<string, string>) =>
      tinn.fetch(`${SBL}/${instance.id}/undelete`, { method: 'PUT', headers });
    const eventTypes = async (instance: Instance) =>
      (await tinn.platform.db
        .selectFrom('storage_instance_event' as never)
        .select('event_type' as never)
        .where('instance_guid' as never, '=', guidOf(instance) as never)
        .orderBy('id' as never)
        .execute()) as { event_type: string }[];

    it('soft deletes, shows it among the deleted, and restores it', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      const deleted = await remove(instance, mira);
      expect(deleted.status).toBe(200);
      expect(await json(deleted)).toBe(true);
      const afterDelete = await stored(instance);
      expect(afterDelete.status).toMatchObject({ isSoftDeleted: true, isHardDeleted: false });
      expect(afterDelete.status.softDeleted).toBeDefined();
      const deletedOnly = await found(mira, {
        instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
        appId: mainApp,
        includeDeleted: true,
      });
      expect(deletedOnly.map((item) => item.id)).toContain(guidOf(instance));

      const restored = await undelete(instance, mira);
      expect(restored.status).toBe(200);
      expect(await json(restored)).toBe(true);
      const afterRestore = await stored(instance);
      expect(afterRestore.status.isSoftDeleted).toBe(false);
      expect(afterRestore.status.softDeleted).toBeUndefined();
      expect(afterRestore.lastChangedBy).toBe(String(PEOPLE.mira.userId));
      expect(Date.parse(afterRestore.lastChanged)).toBeGreaterThanOrEqual(
        Date.parse(afterDelete.lastChanged),
      );
      expect((await eventTypes(instance)).map((row) => row.event_type)).toEqual([
        'Created',
        'Deleted',
        'Undeleted',
      ]);

      const again = await undelete(instance, mira);
      expect(await json(again)).toBe(true);
      expect(await eventTypes(instance)).toHaveLength(3);
      expect((await stored(instance)).lastChanged).toBe(afterRestore.lastChanged);
    });

    it('refuses undelete without delete rights (403), of hard-deleted or unknown instances (404), without a token (401)', async () => {
      const instance = await softDelete(await create(mira, PEOPLE.mira.partyId, mainApp));
      const refused = await undelete(instance, oskar);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await stored(instance)).status.isSoftDeleted).toBe(true);
      const gone = await hardDelete(await create(mira, PEOPLE.mira.partyId, mainApp));
      expect((await undelete(gone, mira)).status).toBe(404);
      const goneForOwner = await undelete(gone, owner);
      expect(goneForOwner.status).toBe(404);
      expect((await json(goneForOwner)).detail).toBe(
        'Instance was permanently deleted and cannot be restored.',
      );
      expect((await stored(gone)).status.isHardDeleted).toBe(true);
      const unknown = { ...instance, id: `${PEOPLE.mira.partyId}/${randomUUID()}` };
      expect((await undelete(unknown, mira)).status).toBe(404);
      expect((await undelete(instance, {})).status).toBe(401);
      expect(
        (await tinn.fetch(`${SBL}/${PEOPLE.mira.partyId}/nope/undelete`, { method: 'PUT', headers: mira }))
          .status,
      ).toBe(400);
    });

    it('hard deletes: gone from the search and the single read, and kept for the app owner', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      const response = await remove(instance, mira, '?hard=true');
      expect(response.status).toBe(200);
      expect(await json(response)).toBe(true);
      expect((await stored(instance)).status).toMatchObject({ isSoftDeleted: true, isHardDeleted: true });
      const everything = await found(mira, {
        instanceOwnerPartyIdList: [PEOPLE.mira.partyId],
        appId: mainApp,
        includeActive: true,
        includeArchived: true,
        includeDeleted: true,
      });
      expect(everything.map((item) => item.id)).not.toContain(guidOf(instance));
      expect((await tinn.fetch(`${SBL}/${instance.id}`, { headers: mira })).status).toBe(404);
      expect((await remove(instance, mira)).status).toBe(404);
    });

    it('refuses delete without rights, within the retention time, for unknown instances and bad input', async () => {
      const instance = await create(mira, PEOPLE.mira.partyId, mainApp);
      expect((await remove(instance, oskar)).status).toBe(403);
      expect((await stored(instance)).status.isSoftDeleted).toBe(false);
      const kept = await freshApp({ preventInstanceDeletionForDays: 30 });
      const archived = await archive(await create(mira, PEOPLE.mira.partyId, kept));
      const early = await remove(archived, mira);
      expect(early.status).toBe(403);
      expect((await json(early)).detail).toBe(
        'Instance cannot be deleted yet due to application restrictions.',
      );
      expect((await stored(archived)).status.isSoftDeleted).toBe(false);
      const unknown = { ...instance, id: `${PEOPLE.mira.partyId}/${randomUUID()}` };
      expect((await remove(unknown, mira)).status).toBe(404);
      expect((await remove(instance, mira, '?hard=maybe')).status).toBe(400);
      expect((await remove(instance, {})).status).toBe(401);
      expect((await stored(instance)).status.isSoftDeleted).toBe(false);
    });
  });
});
