import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEST_DATA_DIR, importTestData } from '../../src/platform/register/testdata/index.ts';
import { startTestPlatform, type TestPlatform } from '../support/test-platform.ts';

const TABLES = [
  'register_parties',
  'register_partyless_organizations',
  'register_service_owners',
  'register_system_users',
  'profile_users',
  'authorization_roles',
  'authorization_party_access',
];

async function snapshot(tinn: TestPlatform): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      tinn.platform.db,
    );
    result[table] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}

describe('test data import', () => {
  let tinn: TestPlatform;
  let workDir: string;
  let defaultSet: any;

  const writeJson = async (name: string, content: unknown) => {
    const file = path.join(workDir, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
  };

  beforeAll(async () => {
    tinn = await startTestPlatform();
    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-import-'));
    defaultSet = JSON.parse(await fs.readFile(path.join(DEFAULT_TEST_DATA_DIR, 'testData.json'), 'utf8'));
  });
  afterAll(async () => {
    await tinn?.close();
    if (workDir) await fs.rm(workDir, { recursive: true, force: true });
  });

  it("imported Tinn's own set at start, without warnings", () => {
    expect(tinn.platform.testDataImport).toMatchObject({
      sources: [DEFAULT_TEST_DATA_DIR],
      counts: {
        parties: 14,
        partylessOrganizations: 1,
        users: 6,
        serviceOwners: 2,
        systemUsers: 1,
        partyAccess: 0,
      },
      warnings: [],
    });
    expect(tinn.platform.testDataImport?.changedRows).toBeGreaterThan(0);
  });

  it('changes nothing when the same data is imported again', async () => {
    const before = await snapshot(tinn);
    const result = await importTestData([DEFAULT_TEST_DATA_DIR], { db: tinn.platform.db });
    expect(result.changedRows).toBe(0);
    expect(result.warnings).toEqual([]);
    expect(await snapshot(tinn)).toEqual(before);
  });

  it("updates changed data and makes each listed user's roles exactly the new ones", async () => {
    const changed = structuredClone(defaultSet);
    const camilla = changed.persons.find((person: any) => person.userId === 20003);
    camilla.lastName = 'Nilsen-Berg';
    const astrid = changed.persons.find((person: any) => person.userId === 20001);
    delete astrid.partyRoles['520103'];
    const frode = changed.persons.find((person: any) => person.userId === 20006);
    frode.partyRoles['520100'] = [];
    const file = await writeJson('changed/testData.json', changed);

    const result = await importTestData([file], { db: tinn.platform.db });
    expect(result.changedRows).toBeGreaterThan(0);
    expect(result.counts.partyAccess).toBe(1);
    expect((await tinn.platform.register.findParty(520003))?.name).toBe('Camilla Berg Nilsen-Berg');
    expect(await tinn.platform.roles.rolesFor(20001, 520103)).toEqual([]);
    const astridList = await tinn.platform.roles.reporteeList(20001);
    expect(astridList[1]?.childParties?.map((child) => child.partyId)).toEqual([520102]);
    // A party listed with no roles stays in the party list, but grants no role.
    expect((await tinn.platform.roles.reporteeList(20006)).map((party) => party.partyId)).toEqual([
      520006, 520100, 520104,
    ]);
    expect(await tinn.platform.roles.rolesFor(20006, 520100)).toEqual([]);
    expect(await tinn.platform.roles.canRepresent(20006, 520100)).toBe(true);

    expect((await importTestData([file], { db: tinn.platform.db })).changedRows).toBe(0);
    const restored = await importTestData([DEFAULT_TEST_DATA_DIR], { db: tinn.platform.db });
    expect(restored.changedRows).toBeGreaterThan(0);
    expect(await tinn.platform.roles.rolesFor(20006, 520100)).toEqual([{ type: 'altinn', value: 'UTINN' }]);
    const access = await sql`select * from authorization_party_access`.execute(tinn.platform.db);
    expect(access.rows).toEqual([]);
  });

  it('reads an altinn-orgs.json service-owner list and a folder of JSON files, warning about unusable files', async () => {
    await writeJson('folder/orgs.json', {
      orgs: {
        SKOG: { name: { nb: 'Skogetaten', en: 'Forest Agency' }, orgnr: '311000010', environments: ['tt02'] },
      },
    });
    await writeJson('folder/people.json', {
      persons: [{ userId: 20101, partyId: 520201, ssn: '01019900101', firstName: 'Gro', lastName: 'Haugen' }],
      orgs: [
        { partyId: 520202, orgNumber: '311000011', name: 'Haugen Gård', unitType: 'ENK' },
        {
          partyId: 520203,
          orgNumber: '311000012',
          name: 'Haugen Gård avd. Nord',
          partyTypeName: 'SubUnit',
          parentPartyId: 520202,
        },
      ],
    });
    await writeJson('folder/broken.json', '{ "persons": [');
    await writeJson('folder/other.json', { something: 'else' });

    const result = await importTestData([path.join(workDir, 'folder')], { db: tinn.platform.db });
    expect(result.counts).toMatchObject({ parties: 3, users: 1, serviceOwners: 3 });
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings.join('\n')).toMatch(/broken\.json: skipped, not readable JSON/);
    expect(result.warnings.join('\n')).toMatch(/other\.json: skipped, neither/);
    expect(await tinn.platform.register.findServiceOwner('skog')).toEqual({
      org: 'skog',
      orgNumber: '311000010',
      name: { nb: 'Skogetaten', en: 'Forest Agency' },
    });
    expect((await tinn.platform.register.findParty(520203))?.partyTypeName).toBe(4);
    expect(await tinn.platform.profile.findUser(20101)).toMatchObject({
      userName: null,
      userType: 1,
      party: { name: 'Gro Haugen', person: { lastName: 'Haugen' } },
    });
    expect((await tinn.platform.roles.reporteeList(20101)).map((party) => party.partyId)).toEqual([520201]);
  });

  it('replaces an older party whose identifier the imported set gives to another party id', async () => {
    const file = await writeJson('clash/testData.json', {
      orgs: [{ partyId: 520299, orgNumber: '311000011', name: 'Haugen Gård (ny)' }],
    });
    const result = await importTestData([file], { db: tinn.platform.db });
    expect(result.warnings).toEqual(['Replaced older parties 520202']);
    expect(await tinn.platform.register.findParty(520202)).toBeUndefined();
    expect((await tinn.platform.register.findPartyByOrgNumber('311000011'))?.partyId).toBe(520299);
  });

  it('rejects a path that does not exist and leaves the database as it was', async () => {
    const before = await snapshot(tinn);
    await expect(importTestData([path.join(workDir, 'missing')], { db: tinn.platform.db })).rejects.toThrow(
      /Test data not found/,
    );
    expect(await snapshot(tinn)).toEqual(before);
  });
});

describe('test data at start', () => {
  it('imports the TESTDATA sets instead of the default one', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-start-'));
    const file = path.join(dir, 'testData.json');
    await fs.writeFile(
      file,
      JSON.stringify({
        persons: [{ userId: 30001, partyId: 530001, ssn: '02028800101', firstName: 'Ivar', lastName: 'Moe' }],
      }),
    );
    const tinn = await startTestPlatform({ TESTDATA: file });
    try {
      expect((await tinn.platform.directory.listUsers()).map((user) => user.userId)).toEqual([30001]);
      expect((await tinn.platform.directory.listServiceOwners()).map((owner) => owner.org)).toEqual([
        'tinn',
        'ttd',
      ]);
    } finally {
      await tinn.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('imports nothing in production mode without TESTDATA', async () => {
    const tinn = await startTestPlatform({ TINN_MODE: 'production' });
    try {
      expect(tinn.platform.testDataImport).toBeUndefined();
      expect(await tinn.platform.directory.listUsers()).toEqual([]);
    } finally {
      await tinn.close();
    }
  });
});
