import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  json,
  REPO_ROOT,
  SHARED_ALTINN,
  startTestPlatform,
  type TestPlatform,
} from '../support/test-platform.ts';

/**
 * Runs Tinn on app-localtest's own test data folder and checks every API answer against the files,
 * read here directly (not through Tinn's importer).
 */
const TESTDATA = path.join(SHARED_ALTINN, 'localtest-testdata');

type Json = Record<string, any>;

function readJson(...segments: string[]): any {
  return JSON.parse(fs.readFileSync(path.join(TESTDATA, ...segments), 'utf8').replace(/^\uFEFF/, ''));
}

function jsonFiles(...segments: string[]): { stem: string; content: any }[] {
  const dir = path.join(TESTDATA, ...segments);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ stem: name.slice(0, -5), content: readJson(...segments, name) }));
}

/** A property matched without regard to case, as localtest reads these files. */
function get(record: Json | null | undefined, name: string): any {
  if (record == null) return undefined;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

const orNull = (value: unknown) => (value === undefined || value === '' ? null : value);

const users = jsonFiles('Profile', 'User').map(({ content }) => content);
const parties = new Map(
  jsonFiles('Register', 'Party').map(({ content }) => [Number(get(content, 'partyId')), content]),
);
const persons = jsonFiles('Register', 'Person');
const orgs = jsonFiles('Register', 'Org');
const partyLists = new Map(
  jsonFiles('authorization', 'partylist').map(({ stem, content }) => [Number(stem), content]),
);

function roleFiles(): { userId: number; partyId: number; roles: Json[] }[] {
  const root = path.join(TESTDATA, 'authorization', 'roles');
  return fs.readdirSync(root).flatMap((userDir) =>
    fs.readdirSync(path.join(root, userDir)).map((partyDir) => ({
      userId: Number(userDir.replace(/^user_/i, '')),
      partyId: Number(partyDir.replace(/^party_/i, '')),
      roles: readJson('authorization', 'roles', userDir, partyDir, 'roles.json'),
    })),
  );
}

const sortedById = (list: Json[]) => [...list].sort((a, b) => Number(a.partyId) - Number(b.partyId));

describe('app-localtest test data served by Tinn', () => {
  let tinn: TestPlatform;
  let serviceOwner: Record<string, string>;
  const tokens = new Map<number, Record<string, string>>();
  const fetchJson = async (pathAndQuery: string, headers: Record<string, string>) => {
    const response = await tinn.fetch(pathAndQuery, { headers });
    return { status: response.status, body: response.status === 200 ? await json(response) : undefined };
  };

  beforeAll(async () => {
    // Given as the environment would give it: relative to the repository root.
    tinn = await startTestPlatform({ TESTDATA: path.relative(REPO_ROOT, TESTDATA) });
    serviceOwner = bearer(
      await tinn.platform.tokens.mint({
        'urn:altinn:org': 'ttd',
        'urn:altinn:authlevel': 3,
        scope: 'altinn:serviceowner',
      }),
    );
    for (const user of users) {
      const userId = get(user, 'userId');
      tokens.set(
        userId,
        bearer(
          await tinn.platform.tokens.mint({
            'urn:altinn:userid': String(userId),
            'urn:altinn:partyid': get(user, 'partyId'),
            'urn:altinn:authlevel': 2,
            scope: 'altinn:portal/enduser',
          }),
        ),
      );
    }
  });
  afterAll(async () => {
    await tinn?.close();
  });

  it('imports the folder, reporting its known quirks as warnings', () => {
    const result = tinn.platform.testDataImport!;
    expect(result.sources).toEqual([TESTDATA]);
    expect(result.counts).toMatchObject({ parties: parties.size, users: users.length });
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(/910423495\.json: OrgNumber 923609016 differs from the file name/);
    expect(warnings).toMatch(/names party 500000 "DDG Fitness AS", Register\/Party says "DDG Fitness"/);
    expect(warnings).toMatch(/Register\/Party\/512002: person party without a Register\/Person file/);
  });

  describe.each(users.map((user) => [get(user, 'userId') as number, user]))('user %i', (userId, user) => {
    it('has the profile of Profile/User', async () => {
      const { status, body } = await fetchJson(`/profile/api/v1/users/${userId}`, tokens.get(userId)!);
      expect(status).toBe(200);
      const settings = get(user, 'profileSettingPreference') ?? {};
      expect(body).toMatchObject({
        userId,
        userName: get(user, 'userName'),
        phoneNumber: orNull(get(user, 'phoneNumber')),
        email: orNull(get(user, 'email')),
        partyId: get(user, 'partyId'),
        userType: get(user, 'userType'),
        profileSettingPreference: {
          language: get(settings, 'language'),
          doNotPromptForParty: get(settings, 'doNotPromptForParty') ?? false,
        },
      });
      expect(body.party.partyId).toBe(get(user, 'partyId'));
    });

    it('has the reportee list of authorization/partylist', async () => {
      const expected: Json[] = partyLists.get(userId)!;
      const { status, body } = await fetchJson(
        `/authorization/api/v1/parties?userId=${userId}`,
        tokens.get(userId)!,
      );
      expect(status).toBe(200);
      expect(body[0].partyId).toBe(get(user, 'partyId'));
      const shape = (entry: Json, register: Json | undefined) => ({
        partyId: Number(get(entry, 'partyId')),
        partyUuid: orNull(get(entry, 'partyUuid')),
        partyTypeName: get(entry, 'partyTypeName'),
        orgNumber: orNull(get(entry, 'orgNumber')),
        ssn: orNull(get(entry, 'ssn')),
        unitType: orNull(get(entry, 'unitType')),
        // Party lists name 500000 "DDG Fitness AS"; the register's name is the one served.
        name: get(register, 'name'),
        isDeleted: false,
        onlyHierarchyElementWithNoAccess: false,
      });
      const expectedList = (list: Json[] | null): Json[] =>
        sortedById(list ?? []).map((entry) => ({
          ...shape(entry, parties.get(Number(get(entry, 'partyId')))),
          childParties: get(entry, 'childParties') ? expectedList(get(entry, 'childParties')) : null,
        }));
      const actualList = (list: Json[] | null): Json[] =>
        sortedById(list ?? []).map((entry) => ({
          ...shape(entry, entry),
          childParties: entry.childParties ? actualList(entry.childParties) : null,
        }));
      expect(actualList(body)).toEqual(expectedList(expected));
    });

    it('can represent every party and sub-unit of its party list', async () => {
      const all = (partyLists.get(userId) as Json[]).flatMap((entry) => [
        entry,
        ...(get(entry, 'childParties') ?? []),
      ]);
      for (const entry of all) {
        const partyId = get(entry, 'partyId');
        const { body } = await fetchJson(
          `/authorization/api/v1/parties/${partyId}/validate?userid=${userId}`,
          tokens.get(userId)!,
        );
        expect(body, `party ${partyId}`).toBe(true);
      }
    });

    it('has the roles of authorization/roles, and none for listed parties without a roles file', async () => {
      const files = roleFiles().filter((file) => file.userId === userId);
      for (const file of files) {
        const { status, body } = await fetchJson(
          `/authorization/api/v1/roles?coveredByUserId=${userId}&offeredByPartyId=${file.partyId}`,
          tokens.get(userId)!,
        );
        expect(status).toBe(200);
        const expected = file.roles.map((role) => ({
          type: String(get(role, 'type')).toLowerCase(),
          value: get(role, 'value'),
        }));
        expect(sortedRoles(body), `party ${file.partyId}`).toEqual(sortedRoles(expected));
      }
      const withRoles = new Set(files.map((file) => file.partyId));
      for (const entry of partyLists.get(userId) as Json[]) {
        const partyId = Number(get(entry, 'partyId'));
        if (withRoles.has(partyId)) continue;
        const { status } = await fetchJson(
          `/authorization/api/v1/roles?coveredByUserId=${userId}&offeredByPartyId=${partyId}`,
          tokens.get(userId)!,
        );
        expect(status, `party ${partyId}`).toBe(404);
      }
    });

    it('carries the custom claims of authorization/claims', async () => {
      const file = path.join(TESTDATA, 'authorization', 'claims', `${userId}.json`);
      const expected = fs.existsSync(file) ? readJson('authorization', 'claims', `${userId}.json`) : [];
      expect((await tinn.platform.directory.userById(userId))?.customClaims).toEqual(expected);
    });
  });

  it('serves every Register/Party file, with person and organisation details', async () => {
    for (const [partyId, file] of parties) {
      const { status, body } = await fetchJson(`/register/api/v1/parties/${partyId}`, serviceOwner);
      expect(status, `party ${partyId}`).toBe(200);
      expect(body).toMatchObject({
        partyId,
        partyUuid: orNull(get(file, 'partyUuid')) ?? null,
        partyTypeName: get(file, 'partyTypeName'),
        orgNumber: orNull(get(file, 'orgNumber')),
        ssn: orNull(get(file, 'ssn')),
        unitType: orNull(get(file, 'unitType')),
        name: get(file, 'name'),
        isDeleted: get(file, 'isDeleted'),
      });
      const person = persons.find(({ stem }) => stem === get(file, 'ssn'));
      expect(body.person?.lastName ?? null).toBe(person ? get(person.content, 'lastName') : null);
      const org = orgs.find(({ stem }) => stem === get(file, 'orgNumber'));
      expect(body.organization?.eMailAddress ?? null).toBe(org ? get(org.content, 'eMailAddress') : null);
    }
  });

  it('finds every Register/Person by national identity number and last name', async () => {
    for (const { stem, content } of persons) {
      const { status, body } = await fetchJson('/register/api/v1/persons', {
        ...serviceOwner,
        'x-ai-nationalidentitynumber': stem,
        'x-ai-lastname': Buffer.from(get(content, 'lastName'), 'utf8').toString('base64'),
      });
      expect(status, stem).toBe(200);
      for (const field of [
        'firstName',
        'lastName',
        'mailingAddress',
        'addressStreetName',
        'addressPostalCode',
        'addressCity',
      ]) {
        expect(body[field], `${stem} ${field}`).toBe(get(content, field) ?? null);
      }
    }
  });

  it('serves every Register/Org file by the number in its file name', async () => {
    for (const { stem, content } of orgs) {
      const { status, body } = await fetchJson(`/register/api/v1/organizations/${stem}`, serviceOwner);
      expect(status, stem).toBe(200);
      expect(body).toMatchObject({
        orgNumber: stem,
        name: get(content, 'name'),
        // Details are served as the files hold them, empty strings included.
        mobileNumber: get(content, 'mobileNumber') ?? null,
        eMailAddress: get(content, 'eMailAddress') ?? null,
        businessPostalCity: get(content, 'businessPostalCity') ?? null,
      });
    }
  });

  it('knows the system users of authorization/systems', async () => {
    const root = path.join(TESTDATA, 'authorization', 'systems');
    for (const systemDir of fs.readdirSync(root)) {
      const system = readJson('authorization', 'systems', systemDir, 'system.json');
      for (const { content } of jsonFiles('authorization', 'systems', systemDir, 'systemusers')) {
        expect(await tinn.platform.directory.systemUser(get(system, 'id'), get(content, 'id'))).toEqual({
          systemId: get(system, 'id'),
          systemUserId: get(content, 'id'),
          orgNumber: get(content, 'orgNumber'),
        });
      }
    }
  });

  describe('facts from the reference notes (auth.md §6.2–6.4)', () => {
    it('has the users of §6.2', async () => {
      const sophie = await fetchJson('/profile/api/v1/users/current', tokens.get(1337)!);
      expect(sophie.body).toMatchObject({
        userName: 'SophieDDG',
        partyId: 501337,
        phoneNumber: '90001337',
        email: '1337@altinnstudiotestusers.com',
        userType: 1,
        profileSettingPreference: { language: 'nn', doNotPromptForParty: true },
        party: {
          ssn: '01039012345',
          name: 'Sophie Salt',
          person: { addressStreetName: 'Grev Wedels Plass' },
        },
      });
      const selfIdentified = await fetchJson('/profile/api/v1/users/current', tokens.get(1004)!);
      expect(selfIdentified.body).toMatchObject({
        userName: 'SelvRegistrert',
        userType: 2,
        phoneNumber: null,
        profileSettingPreference: { doNotPromptForParty: false },
        party: { partyId: 510004, partyTypeName: 3, ssn: null, name: 'Selvregistrert Bruker' },
      });
      const ola = await tinn.platform.directory.userByPersonId('01017512345');
      expect(ola).toMatchObject({ userId: 12345, userName: 'OlaNordmann', partyId: 512345 });
      expect(ola?.customClaims).toEqual([
        {
          type: 'some:extra:claim',
          value: 'claimValue',
          valueType: 'http://www.w3.org/2001/XMLSchema#string',
        },
      ]);
    });

    it('has the organisations of §6.3', async () => {
      const { body } = await fetchJson('/register/api/v1/parties/500002', serviceOwner);
      expect(body).toMatchObject({ orgNumber: '897069652', name: 'DDG Fitness Bergen', unitType: 'BEDR' });
      expect(body.partyUuid.startsWith('cae55382')).toBe(true);
      const svolvaer = await fetchJson('/register/api/v1/organizations/910423495', serviceOwner);
      expect(svolvaer.body).toMatchObject({ orgNumber: '910423495', name: 'EAS Health Consulting Svolvær' });
      const kari = await fetchJson('/register/api/v1/organizations/900000001', serviceOwner);
      expect(kari.body).toMatchObject({ name: 'Kari Consulting' });
      const lookup = await tinn.fetch('/register/api/v1/parties/lookup', {
        method: 'POST',
        headers: { ...serviceOwner, 'content-type': 'application/json' },
        body: JSON.stringify({ orgNo: '900000001' }),
      });
      expect(lookup.status).toBe(404);
      expect(await tinn.platform.directory.serviceOwnerByCode('ttd')).toMatchObject({
        orgNumber: '405003309',
      });
      expect((await tinn.platform.register.findParty(500005))?.name).toBe('Testdepartementet');
    });

    it('has the reportee lists and roles of §6.4', async () => {
      const { body } = await fetchJson('/authorization/api/v1/parties?userId=1337', tokens.get(1337)!);
      expect(body.map((party: Json) => party.partyId)).toEqual([
        501337, 500000, 500004, 500600, 500700, 500800, 500801, 500802,
      ]);
      expect(body[1].childParties.map((party: Json) => party.partyId)).toEqual([500001, 500002, 500003]);
      for (const user of [1337, 1001, 1002, 1003, 1004, 12345, 2001, 2002]) {
        const list = (await tinn.platform.roles.reporteeList(user)).flatMap((party) => [
          party.partyId,
          ...(party.childParties ?? []).map((child) => child.partyId),
        ]);
        expect(list, `user ${user}`).not.toContain(500005);
      }
      const codes = async (userId: number, partyId: number) =>
        (await tinn.platform.roles.rolesFor(userId, partyId)).map((role) => role.value).sort();
      expect(await codes(1337, 500600)).toContain('LEDE');
      expect(await codes(1337, 500600)).not.toContain('DAGL');
      expect(await codes(1337, 500004)).toEqual(['DAGL']);
      expect(await codes(1001, 500000)).toEqual(['A0239', 'A0240', 'A0241']);
      expect(await codes(1002, 500000)).toEqual(['A0237', 'A0238']);
      expect(await codes(1004, 510004)).toEqual(['seln']);
      expect(await codes(12345, 512345)).toEqual(['dagl', 'priv', 'regna']);
    });

    it('has the system user of §6.4', async () => {
      const [systemUser] = await tinn.platform.register.listSystemUsers();
      expect(systemUser).toEqual({
        systemUserId: 'd111dbab-d619-4f15-bf29-58fe570a9ae6',
        systemId: '913312465_sbs',
        systemName: 'Sluttbrukersystem',
        orgNumber: '950474084',
        actions: ['read', 'write', 'instantiate', 'sign', 'confirm', 'reject', 'delete'],
      });
    });
  });
});

function sortedRoles(roles: Json[]): Json[] {
  return [...roles].sort((a, b) => `${a.type}:${a.value}`.localeCompare(`${b.type}:${b.value}`));
}
