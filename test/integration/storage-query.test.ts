import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  installTestApp,
  OWNER_SCOPES,
  PEOPLE,
  processAtTask,
  STORAGE_POLICY,
  STORAGE_TESTDATA,
  serviceOwnerBearer,
} from '../support/storage-fixtures.ts';
import {
  bearer,
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

const BASE = '/storage/api/v1/instances';
const QUERY_APP = 'ttd/query-app';
const LOCKED_APP = 'ttd/locked-app';
const PAGING_APP = 'ttd/paging-app';
const CROSS_APP = 'ttd/cross-app';

type Headers = Record<string, string>;

interface Fixture {
  readonly party: number;
  readonly app?: string;
  readonly created: string;
  readonly lastChanged: string;
  readonly template?: Record<string, unknown>;
}

const ended = (at: string) => ({
  process: {
    started: '2024-03-01T00:00:00.000Z',
    startEvent: 'StartEvent_1',
    ended: at,
    endEvent: 'EndEvent_1',
  },
  status: { isArchived: true, archived: at },
});

/** The instances of query-app (and one of locked-app), each made to match some filters and not others. */
const FIXTURES = {
  a: {
    party: PEOPLE.mira.partyId,
    created: '2024-01-10T08:00:00.000Z',
    lastChanged: '2024-01-10T10:00:00.000Z',
  },
  b: {
    party: PEOPLE.mira.partyId,
    created: '2024-02-01T00:00:00.000Z',
    lastChanged: '2024-02-10T12:00:00.000Z',
    template: {
      process: processAtTask('Task_2', 'confirmation'),
      dueBefore: '2024-03-01T00:00:00.000Z',
      visibleAfter: '2024-02-05T00:00:00.000Z',
    },
  },
  c: {
    party: PEOPLE.mira.partyId,
    created: '2024-03-01T00:00:00.000Z',
    lastChanged: '2024-03-10T09:00:00.000Z',
    template: ended('2024-03-09T09:00:00.000Z'),
  },
  d: {
    party: PEOPLE.mira.partyId,
    created: '2024-03-02T00:00:00.000Z',
    // The same lastChanged as c: ties are broken by the internal id.
    lastChanged: '2024-03-10T09:00:00.000Z',
    template: ended('2024-03-10T08:00:00.000Z'),
  },
  e: {
    party: PEOPLE.oskar.partyId,
    created: '2024-04-01T00:00:00.000Z',
    lastChanged: '2024-04-01T00:00:00.123456Z',
  },
  f: {
    party: PEOPLE.company.partyId,
    created: '2024-05-01T00:00:00.000Z',
    lastChanged: '2024-05-01T00:00:00.000Z',
  },
  g: {
    party: PEOPLE.company.partyId,
    created: '2024-05-02T00:00:00.000Z',
    lastChanged: '2024-05-02T00:00:00.000Z',
  },
  h: {
    party: PEOPLE.mira.partyId,
    created: '2024-06-01T00:00:00.000Z',
    lastChanged: '2024-06-01T00:00:00.000Z',
    template: { process: undefined },
  },
  locked: {
    party: PEOPLE.mira.partyId,
    app: LOCKED_APP,
    created: '2024-01-15T00:00:00.000Z',
    lastChanged: '2024-01-15T00:00:00.000Z',
  },
  cross: {
    party: PEOPLE.oskar.partyId,
    app: CROSS_APP,
    created: '2024-01-20T00:00:00.000Z',
    lastChanged: '2024-01-20T00:00:00.000Z',
  },
} satisfies Record<string, Fixture>;

type Name = keyof typeof FIXTURES;
const QUERY_APP_DESC: Name[] = ['h', 'g', 'f', 'e', 'd', 'c', 'b', 'a'];

/** Paging fixtures: lastChanged per instance in creation order, with ties. */
const PAGING_TIMES = [
  '2024-07-02T00:00:00.000Z',
  '2024-07-04T00:00:00.000Z',
  '2024-07-01T00:00:00.000Z',
  '2024-07-02T00:00:00.000Z',
  '2024-07-04T00:00:00.000Z',
  '2024-07-03T00:00:00.000Z',
  '2024-07-02T00:00:00.000Z',
];

/** The storage policy with user rights given to a role nobody holds, or the owner's rights also given to `tinn`. */
async function policyVariant(kind: 'noUsers' | 'readForTinn'): Promise<string> {
  const xml = await fs.readFile(STORAGE_POLICY, 'utf8');
  if (kind === 'noUsers') return xml.replace(/>(PRIV|DAGL|REGNA)</g, '>NOBODY<');
  const start = xml.indexOf('<xacml:Rule RuleId="owner"');
  const end = xml.indexOf('</xacml:Rule>', start) + '</xacml:Rule>'.length;
  const ownerRule = xml.slice(start, end);
  const forTinn = ownerRule.replace('RuleId="owner"', 'RuleId="other-owner"').replace('[ORG]', 'tinn');
  return `${xml.slice(0, end)}${forTinn}${xml.slice(end)}`;
}

describe('storage: GET /instances', () => {
  let tinn: TestPlatform;
  let owner: Headers;
  let mira: Headers;
  let oskar: Headers;
  const ids = {} as Record<Name, string>;
  const names = new Map<string, Name>();
  const pagingIds: string[] = [];

  async function create(app: string, party: number, template: Record<string, unknown> = {}) {
    const response = await postJson(
      tinn,
      `${BASE}?appId=${app}`,
      { instanceOwner: { partyId: String(party) }, process: processAtTask(), ...template },
      owner,
    );
    expect(response.status, await response.clone().text()).toBe(201);
    return (await json(response)).id as string;
  }

  async function setDates(instanceId: string, created: string, lastChanged: string) {
    const guid = instanceId.split('/')[1]!;
    await sql`update storage_instance
      set created = ${created}::timestamptz, last_changed = ${lastChanged}::timestamptz,
        instance = instance || jsonb_build_object('created', ${created}::text, 'lastChanged', ${lastChanged}::text)
      where instance_guid = ${guid}::uuid`.execute(tinn.platform.db);
  }

  async function send(method: string, path: string, headers: Headers, body?: string) {
    const response = await tinn.fetch(path, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'text/plain' },
      body,
    });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return json(response);
  }

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    owner = await serviceOwnerBearer(tinn);
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    for (const app of [QUERY_APP, LOCKED_APP, PAGING_APP, CROSS_APP]) {
      await installTestApp(tinn, { app: app.split('/')[1]! });
    }
    for (const [app, kind] of [
      ['locked-app', 'noUsers'],
      ['cross-app', 'readForTinn'],
    ] as const) {
      const upload = await tinn.fetch(`/authorization/api/v1/policies?org=ttd&app=${app}`, {
        method: 'POST',
        headers: { ...owner, 'content-type': 'application/xml' },
        body: await policyVariant(kind),
      });
      expect(upload.status).toBe(201);
    }

    for (const [name, fixture] of Object.entries(FIXTURES) as [Name, Fixture][]) {
      const template = { visibleAfter: fixture.created, ...fixture.template };
      ids[name] = await create(fixture.app ?? QUERY_APP, fixture.party, template);
      names.set(ids[name], name);
    }
    await send('POST', `${BASE}/${ids.c}/complete`, owner);
    await send('DELETE', `${BASE}/${ids.f}`, owner);
    await send('DELETE', `${BASE}/${ids.g}?hard=true`, owner);
    const texts = await tinn.fetch(`${BASE}/${ids.b}/presentationtexts`, {
      method: 'PUT',
      headers: { ...mira, 'content-type': 'application/json' },
      body: JSON.stringify({ texts: { title: 'Søknad om 100% støtte' } }),
    });
    expect(texts.status).toBe(200);
    for (const content of ['kept', 'hard deleted']) {
      await send('POST', `${BASE}/${ids.a}/data?dataType=attachment`, owner, content);
    }
    await sql`update storage_data_element
      set is_hard_deleted = true,
        element = element || '{"deleteStatus": {"isHardDeleted": true, "hardDeleted": "2024-01-11T00:00:00Z"}}'::jsonb
      where id = (select max(id) from storage_data_element)`.execute(tinn.platform.db);
    for (const [name, fixture] of Object.entries(FIXTURES) as [Name, Fixture][]) {
      await setDates(ids[name], fixture.created, fixture.lastChanged);
    }

    for (const lastChanged of PAGING_TIMES) {
      const id = await create(PAGING_APP, PEOPLE.company.partyId);
      await setDates(id, lastChanged, lastChanged);
      pagingIds.push(id);
    }
  });
  afterAll(async () => {
    await tinn?.close();
  });

  const query = (headers: Headers, queryString: string) => tinn.fetch(`${BASE}?${queryString}`, { headers });

  async function found(headers: Headers, queryString: string): Promise<Name[]> {
    const response = await query(headers, queryString);
    expect(response.status, await response.clone().text()).toBe(200);
    const body = await json(response);
    expect(body.count).toBe(body.instances.length);
    return body.instances.map((instance: { id: string }) => names.get(instance.id) ?? instance.id);
  }

  const ownerFinds = (filters: string) => found(owner, `appId=${QUERY_APP}&${filters}`);
  const only = (...wanted: Name[]) => QUERY_APP_DESC.filter((name) => wanted.includes(name));
  const except = (...unwanted: Name[]) => QUERY_APP_DESC.filter((name) => !unwanted.includes(name));

  describe('filters (as the service owner)', () => {
    it('answers every instance of the app, newest change first, ties by internal id', async () => {
      expect(await ownerFinds('')).toEqual(QUERY_APP_DESC);
      expect(await ownerFinds('order=desc:lastChanged')).toEqual(QUERY_APP_DESC);
      expect(await ownerFinds('order=asc:lastChanged')).toEqual([...QUERY_APP_DESC].reverse());
    });

    it('filters by org, app and party', async () => {
      expect(await found(owner, `org=ttd&instanceOwner.partyId=${PEOPLE.oskar.partyId}`)).toEqual([
        'e',
        'cross',
      ]);
      expect(await ownerFinds(`instanceOwner.partyId=${PEOPLE.mira.partyId}`)).toEqual(
        only('a', 'b', 'c', 'd', 'h'),
      );
      expect(await found(owner, `appId=${LOCKED_APP}`)).toEqual(['locked']);
      expect(await found(owner, 'appId=ttd/no-such-app')).toEqual([]);
      expect(await found(owner, `org=ttd&appId=${QUERY_APP}&instanceOwner.partyId=1`)).toEqual([]);
    });

    it('filters by process state', async () => {
      expect(await ownerFinds('process.currentTask=Task_2')).toEqual(['b']);
      expect(await ownerFinds('process.currentTask=Task_9')).toEqual([]);
      expect(await ownerFinds('process.isComplete=true')).toEqual(['d', 'c']);
      // Not started (h) is neither complete nor at a task.
      expect(await ownerFinds('process.isComplete=false')).toEqual(only('a', 'b', 'e', 'f', 'g'));
      expect(await ownerFinds('process.ended=gte:2024-03-10')).toEqual(['d']);
      expect(await ownerFinds('process.ended=lt:2024-03-10')).toEqual(['c']);
      expect(await ownerFinds('process.ended=eq:2024-03-10T08:00:00Z')).toEqual(['d']);
      // Dates are compared as instants: 09:00+01:00 is 08:00Z.
      expect(await ownerFinds('process.ended=eq:2024-03-10T09:00:00%2B01:00')).toEqual(['d']);
      expect(await ownerFinds('process.endEvent=EndEvent_1')).toEqual(QUERY_APP_DESC);
    });

    it('filters by lastChanged and created ranges, to the microsecond', async () => {
      expect(await ownerFinds('lastChanged=gte:2024-03-10&lastChanged=lt:2024-05-01')).toEqual([
        'e',
        'd',
        'c',
      ]);
      expect(await ownerFinds('lastChanged=eq:2024-03-10T09:00:00Z')).toEqual(['d', 'c']);
      expect(await ownerFinds('lastChanged=lte:2024-01-10T10:00:00Z')).toEqual(['a']);
      expect(await ownerFinds('lastChanged=gt:2024-04-01T00:00:00.123456Z')).toEqual(['h', 'g', 'f']);
      expect(await ownerFinds('lastChanged=gt:2024-04-01T00:00:00.123455Z')).toEqual(['h', 'g', 'f', 'e']);
      expect(await ownerFinds('created=gte:2024-02-01&created=lt:2024-03-02')).toEqual(['c', 'b']);
      expect(await ownerFinds('created=gte:2024-05-01')).toEqual(['h', 'g', 'f']);
      expect(await ownerFinds('created=lt:2024-01-11&order=asc:lastChanged')).toEqual(['a']);
    });

    it('filters by visibleAfter and dueBefore as timestamps', async () => {
      expect(await ownerFinds('visibleAfter=lt:2024-02-06')).toEqual(['b', 'a']);
      expect(await ownerFinds('visibleAfter=gt:2024-05-01T00:00:00Z')).toEqual(['h', 'g']);
      expect(await ownerFinds('dueBefore=lt:2024-03-02')).toEqual(['b']);
      expect(await ownerFinds('dueBefore=gt:2024-03-02')).toEqual([]);
    });

    it('filters by confirmations', async () => {
      expect(await ownerFinds('excludeConfirmedBy=ttd')).toEqual(except('c'));
      expect(await ownerFinds('excludeConfirmedBy=TTD')).toEqual(except('c'));
      expect(await ownerFinds('excludeConfirmedBy=skd')).toEqual(QUERY_APP_DESC);
      expect(await ownerFinds('excludeConfirmedBy=skd&excludeConfirmedBy=ttd')).toEqual(except('c'));
      expect(await ownerFinds('confirmed=true')).toEqual(['c']);
      expect(await ownerFinds('confirmed=false')).toEqual(except('c'));
      // Service-owner polling: finished and not yet confirmed, by app and by org.
      expect(await ownerFinds('process.isComplete=true&excludeConfirmedBy=ttd')).toEqual(['d']);
      expect(await found(owner, 'org=ttd&process.isComplete=true&excludeConfirmedBy=ttd')).toEqual(['d']);
      expect(await ownerFinds('status.isArchived=true&excludeConfirmedBy=ttd')).toEqual(['d']);
    });

    it('filters by status', async () => {
      expect(await ownerFinds('status.isArchived=true')).toEqual(['d', 'c']);
      expect(await ownerFinds('status.isArchived=false')).toEqual(except('c', 'd'));
      expect(await ownerFinds('status.isSoftDeleted=true')).toEqual(['g', 'f']);
      expect(await ownerFinds('status.isSoftDeleted=false')).toEqual(except('f', 'g'));
      expect(await ownerFinds('status.isHardDeleted=true')).toEqual(['g']);
      expect(await ownerFinds('status.isHardDeleted=false')).toEqual(except('g'));
      expect(await ownerFinds('status.isArchived=True&status.isSoftDeleted=FALSE')).toEqual(['d', 'c']);
    });

    it('finds an instance by the end of its guid (archiveReference, A3Ref)', async () => {
      const guid = ids.e.split('/')[1]!;
      const last12 = guid.slice(-12);
      expect(await ownerFinds(`archiveReference=${last12}`)).toEqual(['e']);
      expect(await ownerFinds(`archiveReference=${last12.toUpperCase()}`)).toEqual(['e']);
      expect(await ownerFinds(`archiveReference=${guid}`)).toEqual(['e']);
      expect(await ownerFinds(`A3Ref=${last12}`)).toEqual(['e']);
      expect(await ownerFinds('archiveReference=000000000000')).toEqual([]);
    });

    it('searches presentation texts without treating % and _ as wildcards', async () => {
      expect(await ownerFinds('searchString=OM%20100')).toEqual(['b']);
      expect(await ownerFinds('searchString=100%25')).toEqual(['b']);
      expect(await ownerFinds('searchString=om_100')).toEqual([]);
      expect(await ownerFinds('searchString=%25')).toEqual(['b']);
    });

    it('answers nothing for Altinn 1/2 archive filters, as Tinn holds only Altinn 3 instances', async () => {
      expect(await ownerFinds('mainVersionInclude=3')).toEqual(QUERY_APP_DESC);
      expect(await ownerFinds('mainVersionInclude=2')).toEqual([]);
      expect(await ownerFinds('mainVersionExclude=3')).toEqual([]);
      expect(await ownerFinds('dataValues.A2ArchRef=12345')).toEqual([]);
    });

    it('matches parameter names without regard to case', async () => {
      expect(await found(owner, `APPID=${QUERY_APP}&Process.IsComplete=true&EXCLUDECONFIRMEDBY=ttd`)).toEqual(
        ['d'],
      );
    });

    it('joins data elements, oldest first, hard-deleted ones for the owner only; none when asked not to', async () => {
      const asOwner = await json(
        await query(owner, `appId=${QUERY_APP}&lastChanged=lte:2024-01-10T10:00:00Z`),
      );
      const instance = asOwner.instances[0];
      expect(instance.data).toHaveLength(2);
      expect(instance.data[0].deleteStatus).toBeUndefined();
      expect(instance.data[1].deleteStatus.isHardDeleted).toBe(true);
      expect(instance.data[0].selfLinks.platform).toBe(
        `${tinn.baseUrl}${BASE}/${ids.a}/data/${instance.data[0].id}`,
      );
      expect(instance.selfLinks.platform).toBe(`${tinn.baseUrl}${BASE}/${ids.a}`);
      const asMira = await json(
        await query(
          mira,
          `instanceOwner.partyId=${PEOPLE.mira.partyId}&lastChanged=lte:2024-01-10T10:00:00Z`,
        ),
      );
      expect(asMira.instances[0].data.map((element: { id: string }) => element.id)).toEqual([
        instance.data[0].id,
      ]);
      const without = await json(
        await query(
          owner,
          `appId=${QUERY_APP}&lastChanged=lte:2024-01-10T10:00:00Z&includeDataElements=false`,
        ),
      );
      expect(without.instances[0].data).toEqual([]);
    });

    it('answers the instance as a single read does', async () => {
      const listed = (await json(await query(owner, `appId=${QUERY_APP}&process.currentTask=Task_2`)))
        .instances[0];
      const single = await json(await tinn.fetch(`${BASE}/${ids.b}`, { headers: owner }));
      expect(listed).toEqual(single);
      expect(listed.presentationTexts).toEqual({ title: 'Søknad om 100% støtte' });
    });
  });

  describe('paging', () => {
    async function internalOrder(order: 'asc' | 'desc'): Promise<string[]> {
      const rows = await sql<{ id: number; party_id: number; instance_guid: string }>`
        select id, party_id, instance_guid from storage_instance where app_id = ${PAGING_APP}
        order by last_changed ${sql.raw(order)}, id ${sql.raw(order)}`.execute(tinn.platform.db);
      return rows.rows.map((row) => `${row.party_id}/${row.instance_guid}`);
    }

    async function walk(headers: Headers, first: string) {
      const seen: string[] = [];
      const counts: number[] = [];
      let url: string | undefined = `${tinn.baseUrl}${BASE}?${first}`;
      while (url !== undefined) {
        const response = await fetch(url, { headers });
        expect(response.status, await response.clone().text()).toBe(200);
        const body = await json(response);
        expect(body.count).toBe(body.instances.length);
        counts.push(body.count);
        seen.push(...body.instances.map((instance: { id: string }) => instance.id));
        url = body.next;
        expect(counts.length).toBeLessThan(20);
      }
      return { seen, counts };
    }

    it.each(['desc', 'asc'] as const)(
      'walks %s through pages of 2, every instance once, ties included',
      async (order) => {
        const expected = await internalOrder(order);
        expect(new Set(PAGING_TIMES).size).toBeLessThan(PAGING_TIMES.length);
        const { seen, counts } = await walk(owner, `appId=${PAGING_APP}&size=2&order=${order}:lastChanged`);
        expect(seen).toEqual(expected);
        expect(counts).toEqual([2, 2, 2, 1]);
        expect(new Set(seen).size).toBe(pagingIds.length);
      },
    );

    it('gives self and next as full URLs; next only when the page is full', async () => {
      const first = await json(await query(owner, `appId=${PAGING_APP}&size=3`));
      expect(first.self).toBe(`${tinn.baseUrl}${BASE}?appId=${PAGING_APP}&size=3`);
      expect(first.next).toMatch(
        new RegExp(`^${tinn.baseUrl}${BASE}\\?appId=${PAGING_APP}&size=3&continuationToken=[A-Za-z0-9_-]+$`),
      );
      const second = await json(await fetch(first.next, { headers: owner }));
      expect(second.self).toBe(first.next);
      expect(second.next.match(/continuationToken=/g)).toHaveLength(1);
      const all = await json(await query(owner, `appId=${PAGING_APP}&size=7`));
      expect(all.count).toBe(7);
      expect(all.next).toBeDefined();
      const rest = await json(await fetch(all.next, { headers: owner }));
      expect(rest).toMatchObject({ count: 0, instances: [] });
      expect(rest.next).toBeUndefined();
      expect((await json(await query(owner, `appId=${PAGING_APP}&size=8`))).next).toBeUndefined();
      expect((await json(await query(owner, `appId=${PAGING_APP}&size=5000`))).count).toBe(7);
    });

    it('refuses a continuation token it did not give out with 400', async () => {
      const first = await json(await query(owner, `appId=${PAGING_APP}&size=2`));
      const token = new URL(first.next).searchParams.get('continuationToken')!;
      const forged = (document: unknown) => Buffer.from(JSON.stringify(document)).toString('base64url');
      for (const bad of [
        'garbage!',
        'abc',
        token.slice(0, -3),
        `${token.slice(0, 10)}x${token.slice(11)}`,
        forged({ v: 1, t: 'yesterday', i: 5 }),
        forged({ v: 1, t: '2024-02-30T00:00:00.000000Z', i: 5 }),
        forged({ v: 1, t: '2024-01-01T00:00:00.000000Z', i: -1 }),
        forged({ v: 2, t: '2024-01-01T00:00:00.000000Z', i: 5 }),
        forged([1, 2]),
      ]) {
        const response = await query(
          owner,
          `appId=${PAGING_APP}&size=2&continuationToken=${encodeURIComponent(bad)}`,
        );
        expect(response.status, bad).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/problem\+json/);
        expect((await json(response)).code).toBe('invalid_continuation_token');
      }
      const position = forged({ v: 1, t: '2024-07-03T00:00:00.000000Z', i: Number.MAX_SAFE_INTEGER });
      const fromThere = await found(owner, `appId=${PAGING_APP}&continuationToken=${position}`);
      expect(fromThere).toHaveLength(5);
    });
  });

  describe('caller rules', () => {
    const problem = async (response: Response, status: number) => {
      expect(response.status, await response.clone().text()).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      return json(response);
    };

    it('needs a token', async () => {
      expect((await query({}, `appId=${QUERY_APP}`)).status).toBe(401);
    });

    it('refuses a party id together with the owner identifier header (400)', async () => {
      const response = await query(
        { ...mira, 'X-Ai-InstanceOwnerIdentifier': 'Person:13057311111' },
        `instanceOwner.partyId=${PEOPLE.mira.partyId}`,
      );
      await problem(response, 400);
    });

    it('holds service owners to the read scope, org or appId, and their own org unless the PDP permits', async () => {
      const writeOnly = bearer(
        await tinn.platform.tokens.mint({
          'urn:altinn:org': 'ttd',
          'urn:altinn:orgNumber': '405003309',
          'urn:altinn:authlevel': 3,
          scope: 'altinn:serviceowner/instances.write',
        }),
      );
      await problem(await query(writeOnly, `appId=${QUERY_APP}`), 403);
      await problem(await query(owner, `instanceOwner.partyId=${PEOPLE.mira.partyId}`), 400);
      const otherOwner = await serviceOwnerBearer(tinn, 'tinn', '310000009');
      await problem(await query(otherOwner, 'org=ttd'), 400);
      await problem(await query(otherOwner, `appId=${QUERY_APP}`), 403);
      expect(await found(otherOwner, `appId=${CROSS_APP}`)).toEqual(['cross']);
      expect(await found(otherOwner, 'org=tinn')).toEqual([]);
    });

    it('lets the sync adapter read every org, hard-deleted instances included', async () => {
      const syncAdapter = bearer(
        await tinn.platform.tokens.mint({
          'urn:altinn:org': 'digdir',
          'urn:altinn:orgNumber': '991825827',
          'urn:altinn:authlevel': 3,
          scope: 'altinn:storage/instances.syncadapter',
        }),
      );
      expect(await found(syncAdapter, `org=ttd&appId=${QUERY_APP}&status.isHardDeleted=true`)).toEqual(['g']);
    });

    it('makes users and system users name a party, and refuses other callers', async () => {
      await problem(await query(mira, `appId=${QUERY_APP}`), 400);
      const system = await (
        await tinn.fetch(
          '/Home/auth/systemuser?systemId=310000009_tinnsys&systemUserId=0f6f5d3a-8a1b-4c2d-9e3f-000000000001',
        )
      ).text();
      await problem(await query(bearer(system), `appId=${QUERY_APP}`), 400);
      expect((await query(bearer(system), `instanceOwner.partyId=${PEOPLE.company.partyId}`)).status).toBe(
        200,
      );
      const organisation = bearer(
        await tinn.platform.tokens.mint({
          'urn:altinn:orgNumber': PEOPLE.company.orgNumber,
          'urn:altinn:authlevel': 3,
          scope: OWNER_SCOPES,
        }),
      );
      await problem(await query(organisation, `instanceOwner.partyId=${PEOPLE.company.partyId}`), 400);
    });

    it('resolves X-Ai-InstanceOwnerIdentifier to a party', async () => {
      const mirasOwn = ['h', 'd', 'c', 'b', 'a'];
      const withHeader = (value: string) => found({ ...mira, 'X-Ai-InstanceOwnerIdentifier': value }, '');
      expect(await withHeader('Person:13057311111')).toEqual(mirasOwn);
      expect(await withHeader('person: 130573 11111')).toEqual(mirasOwn);
      const company = { ...mira, 'X-Ai-InstanceOwnerIdentifier': `Organisation:${PEOPLE.company.orgNumber}` };
      expect(await found(company, `appId=${QUERY_APP}`)).toEqual(['f']);
      expect(await withHeader('Person:01010112345')).toEqual([]);
      for (const bad of ['Person:123', 'Organisation:13057311111', 'Party:700101', '13057311111']) {
        const response = await query({ ...mira, 'X-Ai-InstanceOwnerIdentifier': bad }, '');
        expect((await problem(response, 400)).code).toBe('invalid_instance_owner_identifier');
      }
    });
  });

  describe('what users see', () => {
    it('only what the PDP lets them read, with a count that does not leak the rest', async () => {
      const own = await json(await query(mira, `instanceOwner.partyId=${PEOPLE.mira.partyId}`));
      expect(own.count).toBe(5);
      expect(own.instances.map((instance: { id: string }) => names.get(instance.id))).toEqual([
        'h',
        'd',
        'c',
        'b',
        'a',
      ]);
      expect(await found(owner, `appId=${LOCKED_APP}&instanceOwner.partyId=${PEOPLE.mira.partyId}`)).toEqual([
        'locked',
      ]);
      expect(await found(mira, `appId=${LOCKED_APP}&instanceOwner.partyId=${PEOPLE.mira.partyId}`)).toEqual(
        [],
      );
      expect(await found(oskar, `instanceOwner.partyId=${PEOPLE.mira.partyId}`)).toEqual([]);
      expect(
        await found(mira, `instanceOwner.partyId=${PEOPLE.company.partyId}&appId=${PAGING_APP}`),
      ).toHaveLength(7);
    });

    it('pages by the database page, so a page emptied by the PDP still has a next', async () => {
      const seen: (Name | undefined)[] = [];
      const counts: number[] = [];
      let url: string | undefined =
        `${tinn.baseUrl}${BASE}?instanceOwner.partyId=${PEOPLE.mira.partyId}&size=1&order=asc:lastChanged`;
      while (url !== undefined) {
        const body = await json(await fetch(url, { headers: mira }));
        counts.push(body.count);
        seen.push(...body.instances.map((instance: { id: string }) => names.get(instance.id)));
        url = body.next;
      }
      expect(seen).toEqual(['a', 'b', 'c', 'd', 'h']);
      // a, locked (filtered out), b, c, d, h, and the empty page after the last full one.
      expect(counts).toEqual([1, 0, 1, 1, 1, 1, 0]);
    });

    it('never hard-deleted instances', async () => {
      const company = `instanceOwner.partyId=${PEOPLE.company.partyId}&appId=${QUERY_APP}`;
      expect(await found(mira, company)).toEqual(['f']);
      expect(await found(mira, `${company}&status.isHardDeleted=true`)).toEqual([]);
      expect(await found(mira, `${company}&status.isHardDeleted=false`)).toEqual(['f']);
      expect(await found(owner, company)).toEqual(['g', 'f']);
    });
  });

  describe('malformed parameters', () => {
    it.each([
      ['lastChanged', 'lastChanged=foo:2024-01-01'],
      ['lastChanged', 'lastChanged=2024-01-01'],
      ['lastChanged', 'lastChanged=gt:2024-01-01&lastChanged=gt:2024-02-01'],
      ['created', 'created=gt:2024-13-01'],
      ['process.ended', 'process.ended=gte:2024-02-30'],
      ['visibleAfter', 'visibleAfter=lt:yesterday'],
      ['dueBefore', 'dueBefore=eq:'],
      ['process.isComplete', 'process.isComplete=yes'],
      ['status.isArchived', 'status.isArchived=1'],
      ['status.isSoftDeleted', 'status.isSoftDeleted=ja'],
      ['confirmed', 'confirmed=maybe'],
      ['size', 'size=0'],
      ['size', 'size=-1'],
      ['size', 'size=abc'],
      ['instanceOwner.partyId', 'instanceOwner.partyId=abc'],
      ['instanceOwner.partyId', 'instanceOwner.partyId=99999999999'],
      ['order', 'order=sideways'],
      ['appId', 'appId=noslash'],
      ['appId', `appId=${QUERY_APP}&appId=ttd/other`],
      ['archiveReference', 'archiveReference=xyz!'],
      ['A3Ref', 'A3Ref=abc'],
      ['mainVersionInclude', 'mainVersionInclude=4'],
      ['includeDataElements', 'includeDataElements=no'],
      ['org', 'org=tt%00d'],
      ['searchString', 'searchString=%00'],
      ['process.currentTask', 'process.currentTask=Task_1%00'],
      ['excludeConfirmedBy', 'excludeConfirmedBy=%00'],
    ])('%s: %s → 400 naming it', async (parameter, queryString) => {
      const filters = queryString.startsWith('appId=') ? queryString : `appId=${QUERY_APP}&${queryString}`;
      const response = await query(owner, filters);
      expect(response.status, await response.clone().text()).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(JSON.stringify(await json(response))).toContain(parameter);
    });
  });
});
