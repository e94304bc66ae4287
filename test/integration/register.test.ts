import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  getWith,
  json,
  postJson,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

// Tinn's default test set (testdata/testData.json) is imported at start in development mode.
const ASTRID = { userId: 20001, partyId: 520001, ssn: '12047800111' };
const BJORN = { userId: 20002, partyId: 520002, ssn: '23098500222' };
const CAMILLA = { userId: 20003, partyId: 520003, ssn: '04119200333' };
const DIDRIK = { userId: 20004, partyId: 520004 };
const FJELLHEIM = { partyId: 520101, orgNumber: '311000002', uuid: '5f84948e-7e30-4866-865b-3c1db0be9b40' };
const HAVBRIS = { partyId: 520104, orgNumber: '311000005' };

describe('register API', () => {
  let tinn: TestPlatform;
  let astrid: Record<string, string>;
  let camilla: Record<string, string>;
  let didrik: Record<string, string>;
  let lowLevel: Record<string, string>;
  let serviceOwner: Record<string, string>;
  let orgToken: Record<string, string>;

  const userToken = (user: { userId: number; partyId: number }, authLevel = 2) =>
    userBearer(tinn, user, authLevel);
  const get = (path: string, headers: Record<string, string> = {}) => getWith(tinn, path, headers);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    postJson(tinn, path, body, headers);

  beforeAll(async () => {
    tinn = await startTestPlatform();
    astrid = await userToken(ASTRID);
    camilla = await userToken(CAMILLA);
    didrik = await userToken(DIDRIK);
    lowLevel = await userToken(ASTRID, 1);
    serviceOwner = bearer(
      await tinn.platform.tokens.mint({
        'urn:altinn:org': 'ttd',
        'urn:altinn:orgNumber': '405003309',
        'urn:altinn:authlevel': 3,
        scope: 'altinn:serviceowner/instances.read',
      }),
    );
    orgToken = bearer(
      await tinn.platform.tokens.mint({
        'urn:altinn:orgNumber': FJELLHEIM.orgNumber,
        'urn:altinn:authlevel': 3,
        scope: 'altinn:instances.read',
      }),
    );
  });
  afterAll(async () => {
    await tinn?.close();
  });

  describe('GET /register/api/v1/parties/{partyId}', () => {
    it('returns the own person party with its person details, partyTypeName numeric', async () => {
      const response = await get(`/register/api/v1/parties/${ASTRID.partyId}`, astrid);
      expect(response.status).toBe(200);
      const party = await json(response);
      expect(party).toMatchObject({
        partyId: ASTRID.partyId,
        partyUuid: '4727a857-7600-4ec2-b62f-3546f16cbfbd',
        partyTypeName: 1,
        ssn: ASTRID.ssn,
        orgNumber: null,
        name: 'Astrid Fjellheim',
        isDeleted: false,
        onlyHierarchyElementWithNoAccess: false,
        organization: null,
        childParties: null,
      });
      expect(party.person).toMatchObject({ ssn: ASTRID.ssn, firstName: 'Astrid', lastName: 'Fjellheim' });
    });

    it('returns an organisation the user can represent, with organisation details', async () => {
      const response = await get(`/register/api/v1/parties/${FJELLHEIM.partyId}`, astrid);
      expect(response.status).toBe(200);
      const party = await json(response);
      expect(party).toMatchObject({
        partyTypeName: 2,
        orgNumber: FJELLHEIM.orgNumber,
        unitType: 'AS',
        person: null,
      });
      expect(party.organization).toMatchObject({
        orgNumber: FJELLHEIM.orgNumber,
        eMailAddress: 'post@fjellheim-snekkeri.test',
      });
    });

    it('lets a service owner read any party', async () => {
      const response = await get(`/register/api/v1/parties/${HAVBRIS.partyId}`, serviceOwner);
      expect(response.status).toBe(200);
      expect((await json(response)).name).toBe('Havbris Fiskeoppdrett AS');
    });

    it('lets an organisation token read only its own organisation', async () => {
      expect((await get(`/register/api/v1/parties/${FJELLHEIM.partyId}`, orgToken)).status).toBe(200);
      expect((await get(`/register/api/v1/parties/${HAVBRIS.partyId}`, orgToken)).status).toBe(403);
    });

    it('refuses a party the user cannot represent with 403', async () => {
      const response = await get(`/register/api/v1/parties/${FJELLHEIM.partyId}`, camilla);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await json(response)).toMatchObject({ status: 403, code: 'forbidden' });
    });

    it('refuses a main unit listed only to carry a sub-unit', async () => {
      expect((await get(`/register/api/v1/parties/${HAVBRIS.partyId}`, didrik)).status).toBe(403);
      expect((await get('/register/api/v1/parties/520105', didrik)).status).toBe(200);
    });

    it('answers 404 for an unknown party', async () => {
      const response = await get('/register/api/v1/parties/999999', serviceOwner);
      expect(response.status).toBe(404);
      expect(await json(response)).toMatchObject({ code: 'party_not_found' });
    });

    it('answers 400 for an id that is not a number or too large', async () => {
      expect((await get('/register/api/v1/parties/abc', serviceOwner)).status).toBe(400);
      expect((await get('/register/api/v1/parties/99999999999', serviceOwner)).status).toBe(400);
    });

    it('answers 401 without a token or with a bad one', async () => {
      expect((await get(`/register/api/v1/parties/${ASTRID.partyId}`)).status).toBe(401);
      const bad = await get(`/register/api/v1/parties/${ASTRID.partyId}`, {
        authorization: 'Bearer not.a.jwt',
      });
      expect(bad.status).toBe(401);
      expect(await json(bad)).toMatchObject({ status: 401, code: 'unauthorized' });
    });

    it('accepts the token as the AltinnStudioRuntime cookie', async () => {
      const token = astrid.authorization!.replace('Bearer ', '');
      const response = await get(`/register/api/v1/parties/${ASTRID.partyId}`, {
        cookie: `AltinnStudioRuntime=${token}`,
      });
      expect(response.status).toBe(200);
    });
  });

  describe('GET /register/api/v1/parties/byuuid/{partyUuid}', () => {
    it('returns the party, whatever the case of the uuid', async () => {
      const response = await get(`/register/api/v1/parties/byuuid/${FJELLHEIM.uuid.toUpperCase()}`, astrid);
      expect(response.status).toBe(200);
      expect((await json(response)).partyId).toBe(FJELLHEIM.partyId);
    });

    it('answers 403, 404 and 400 as the party-id route does', async () => {
      expect((await get(`/register/api/v1/parties/byuuid/${FJELLHEIM.uuid}`, camilla)).status).toBe(403);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await get(`/register/api/v1/parties/byuuid/${unknown}`, serviceOwner)).status).toBe(404);
      expect((await get('/register/api/v1/parties/byuuid/not-a-uuid', serviceOwner)).status).toBe(400);
      expect((await get(`/register/api/v1/parties/byuuid/${FJELLHEIM.uuid}`)).status).toBe(401);
    });
  });

  describe('POST /register/api/v1/parties/lookup', () => {
    const lookup = '/register/api/v1/parties/lookup';

    it('finds a party by national identity number or by organisation number', async () => {
      const bySsn = await post(lookup, { ssn: ASTRID.ssn }, astrid);
      expect(bySsn.status).toBe(200);
      expect((await json(bySsn)).partyId).toBe(ASTRID.partyId);
      const byOrg = await post(lookup, { orgNo: FJELLHEIM.orgNumber }, astrid);
      expect(byOrg.status).toBe(200);
      expect(await json(byOrg)).toMatchObject({
        partyId: FJELLHEIM.partyId,
        organization: { unitType: 'AS' },
      });
    });

    it('reads property names without regard to the case of the first letter', async () => {
      const response = await post(lookup, { OrgNo: FJELLHEIM.orgNumber }, astrid);
      expect(response.status).toBe(200);
    });

    it('answers 400 for both keys, neither key, wrong types and malformed JSON', async () => {
      const both = await post(lookup, { ssn: ASTRID.ssn, orgNo: FJELLHEIM.orgNumber }, serviceOwner);
      expect(both.status).toBe(400);
      expect(await json(both)).toMatchObject({ status: 400, code: 'validation_failed' });
      expect((await post(lookup, {}, serviceOwner)).status).toBe(400);
      expect((await post(lookup, { ssn: true }, serviceOwner)).status).toBe(400);
      expect((await post(lookup, { orgNo: { x: 1 } }, serviceOwner)).status).toBe(400);
      expect((await post(lookup, { ssn: '123' }, serviceOwner)).status).toBe(400);
      const malformed = await post(lookup, '{"ssn":', serviceOwner);
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('refuses users a person they cannot represent, known or not, and 404s service owners for unknown ones', async () => {
      expect((await post(lookup, { ssn: BJORN.ssn }, astrid)).status).toBe(403);
      expect((await post(lookup, { ssn: '01010100000' }, astrid)).status).toBe(403);
      expect((await post(lookup, { ssn: '01010100000' }, serviceOwner)).status).toBe(404);
      expect((await post(lookup, { orgNo: '399999999' }, astrid)).status).toBe(404);
      expect((await post(lookup, { orgNo: HAVBRIS.orgNumber }, astrid)).status).toBe(403);
      expect((await post(lookup, { ssn: BJORN.ssn }, serviceOwner)).status).toBe(200);
    });

    it('answers 401 before it looks at the body', async () => {
      expect((await post(lookup, '{"ssn":')).status).toBe(401);
    });
  });

  describe('POST /register/api/v1/parties/partylist', () => {
    const partyList = '/register/api/v1/parties/partylist';

    it('returns the known parties in the order asked, skipping unknown ids', async () => {
      const response = await post(partyList, [FJELLHEIM.partyId, 999999, ASTRID.partyId], astrid);
      expect(response.status).toBe(200);
      const parties = await json(response);
      expect(parties.map((party: any) => party.partyId)).toEqual([FJELLHEIM.partyId, ASTRID.partyId]);
      expect(parties[0].childParties).toBeNull();
      expect(parties[0].organization).toBeNull();
    });

    it('adds sub-units as childParties with fetchSubUnits=true', async () => {
      const response = await post(`${partyList}?fetchSubUnits=true`, [FJELLHEIM.partyId], astrid);
      const [party] = await json(response);
      expect(party.childParties.map((child: any) => child.partyId)).toEqual([520102, 520103]);
      expect(party.childParties[0]).toMatchObject({ unitType: 'BEDR', childParties: null });
    });

    it('reads the query parameter name without regard to case', async () => {
      const response = await post(`${partyList}?FETCHSUBUNITS=true`, [FJELLHEIM.partyId], astrid);
      expect((await json(response))[0].childParties).toHaveLength(2);
    });

    it('answers 403 when the list names a party the user cannot represent', async () => {
      expect((await post(partyList, [FJELLHEIM.partyId], camilla)).status).toBe(403);
      expect((await post(partyList, [FJELLHEIM.partyId, HAVBRIS.partyId], serviceOwner)).status).toBe(200);
    });

    it('answers 400 for a body that is not a list of ids', async () => {
      expect((await post(partyList, { partyIds: [1] }, astrid)).status).toBe(400);
      expect((await post(partyList, ['abc'], astrid)).status).toBe(400);
      expect((await post(`${partyList}?fetchSubUnits=maybe`, [1], astrid)).status).toBe(400);
    });
  });

  describe('POST /register/api/v1/parties/nameslookup', () => {
    const namesLookup = '/register/api/v1/parties/nameslookup';

    it('gives service owners names of persons and organisations, with name components on request', async () => {
      const body = {
        parties: [{ ssn: CAMILLA.ssn }, { orgNo: FJELLHEIM.orgNumber }, { orgNo: '399999999' }],
      };
      const response = await post(`${namesLookup}?partyComponentOption=NameComponents`, body, serviceOwner);
      expect(response.status).toBe(200);
      expect((await json(response)).partyNames).toEqual([
        {
          ssn: CAMILLA.ssn,
          orgNo: null,
          name: 'Camilla Berg Nilsen',
          personName: { firstName: 'Camilla', middleName: 'Berg', lastName: 'Nilsen' },
        },
        { ssn: null, orgNo: FJELLHEIM.orgNumber, name: 'Fjellheim Snekkeri AS', personName: null },
        { ssn: null, orgNo: '399999999', name: null, personName: null },
      ]);
    });

    it('gives users organisation names and their own name, but no other person', async () => {
      const own = await post(
        namesLookup,
        { parties: [{ ssn: ASTRID.ssn }, { orgNo: HAVBRIS.orgNumber }] },
        astrid,
      );
      expect(own.status).toBe(200);
      expect((await json(own)).partyNames.map((entry: any) => entry.name)).toEqual([
        'Astrid Fjellheim',
        'Havbris Fiskeoppdrett AS',
      ]);
      expect((await post(namesLookup, { parties: [{ ssn: CAMILLA.ssn }] }, astrid)).status).toBe(403);
    });

    it('answers 400 for an entry with both keys or a missing list', async () => {
      const both = { parties: [{ ssn: ASTRID.ssn, orgNo: FJELLHEIM.orgNumber }] };
      expect((await post(namesLookup, both, serviceOwner)).status).toBe(400);
      expect((await post(namesLookup, {}, serviceOwner)).status).toBe(400);
    });
  });

  describe('GET /register/api/v1/organizations/{orgNr}', () => {
    it('lets any authenticated caller read an organisation, also one without a party', async () => {
      const response = await get(`/register/api/v1/organizations/${FJELLHEIM.orgNumber}`, camilla);
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({
        orgNumber: FJELLHEIM.orgNumber,
        name: 'Fjellheim Snekkeri AS',
      });
      const partyless = await get('/register/api/v1/organizations/311000009', camilla);
      expect(partyless.status).toBe(200);
      expect((await json(partyless)).name).toBe('Nordlys Regnskap AS');
    });

    it('answers 404 for an unknown number, 400 for a malformed one, 401 without a token', async () => {
      expect((await get('/register/api/v1/organizations/399999999', camilla)).status).toBe(404);
      expect((await get('/register/api/v1/organizations/12345', camilla)).status).toBe(400);
      expect((await get(`/register/api/v1/organizations/${FJELLHEIM.orgNumber}`)).status).toBe(401);
    });
  });

  describe('GET /register/api/v1/persons', () => {
    const persons = '/register/api/v1/persons';
    const personHeaders = (ssn: string, lastName: string) => ({
      'x-ai-nationalidentitynumber': ssn,
      'x-ai-lastname': lastName,
    });
    const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

    it('finds a person by national identity number and the first four letters of the last name', async () => {
      const response = await get(persons, { ...astrid, ...personHeaders(BJORN.ssn, 'åsheimsen') });
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({ ssn: BJORN.ssn, firstName: 'Bjørn', lastName: 'Åsheim' });
    });

    it('accepts base64-encoded header values', async () => {
      const response = await get(persons, {
        ...astrid,
        ...personHeaders(base64(BJORN.ssn), base64('Åsheim')),
      });
      expect(response.status).toBe(200);
    });

    it('counts misses in the database and answers 429 after two', async () => {
      const frode = await userToken({ userId: 20006, partyId: 520006 });
      // Å is kept (not reduced to A), so "Asheim" does not match "Åsheim".
      expect((await get(persons, { ...frode, ...personHeaders(BJORN.ssn, 'Asheim') })).status).toBe(404);
      expect((await get(persons, { ...frode, ...personHeaders('01010100000', 'Nobody') })).status).toBe(404);
      const blocked = await get(persons, { ...frode, ...personHeaders(BJORN.ssn, 'Åsheim') });
      expect(blocked.status).toBe(429);
      expect(await json(blocked)).toMatchObject({ status: 429, code: 'too_many_requests' });
      const stored = await sql<{ failed_attempts: number }>`
        select failed_attempts from register_person_lookup_failures where caller_key = 'user:20006'`.execute(
        tinn.platform.db,
      );
      expect(stored.rows).toEqual([{ failed_attempts: 2 }]);
      // Another caller is not affected.
      expect((await get(persons, { ...astrid, ...personHeaders(BJORN.ssn, 'Åsheim') })).status).toBe(200);
    });

    it('requires authentication level 2', async () => {
      expect((await get(persons, { ...lowLevel, ...personHeaders(BJORN.ssn, 'Åsheim') })).status).toBe(403);
    });

    it('answers 400 for missing headers or a malformed number, 401 without a token', async () => {
      expect((await get(persons, { ...astrid, 'x-ai-lastname': 'Åsheim' })).status).toBe(400);
      expect((await get(persons, { ...astrid, ...personHeaders('12345', 'Åsheim') })).status).toBe(400);
      expect((await get(persons, personHeaders(BJORN.ssn, 'Åsheim'))).status).toBe(401);
    });
  });

  describe('POST /register/api/v1/organizations/contactpoint/lookup', () => {
    const contactPoints = '/register/api/v1/organizations/contactpoint/lookup';

    it("gives service owners organisations' e-mail and mobile contact points", async () => {
      const body = { organizationNumbers: [FJELLHEIM.orgNumber, '311000009', '399999999'] };
      const response = await post(contactPoints, body, serviceOwner);
      expect(response.status).toBe(200);
      expect((await json(response)).contactPointsList).toEqual([
        {
          organizationNumber: FJELLHEIM.orgNumber,
          partyId: FJELLHEIM.partyId,
          emailList: ['post@fjellheim-snekkeri.test'],
          mobileNumberList: ['+4741000101'],
        },
        {
          organizationNumber: '311000009',
          partyId: null,
          emailList: ['post@nordlys-regnskap.test'],
          mobileNumberList: [],
        },
      ]);
    });

    it('answers 403 to users and 400 to a malformed body', async () => {
      expect((await post(contactPoints, { organizationNumbers: [FJELLHEIM.orgNumber] }, astrid)).status).toBe(
        403,
      );
      expect((await post(contactPoints, { organizationNumbers: 'x' }, serviceOwner)).status).toBe(400);
    });
  });

  it('stores what the default test set describes', async () => {
    const parties = await sql<{ party_id: number; party_type: number; parent_party_id: number | null }>`
      select party_id, party_type, parent_party_id from register_parties
      where party_id in (520005, 520102, 520105) order by party_id`.execute(tinn.platform.db);
    expect(parties.rows).toEqual([
      { party_id: 520005, party_type: 3, parent_party_id: null },
      { party_id: 520102, party_type: 2, parent_party_id: 520101 },
      { party_id: 520105, party_type: 2, parent_party_id: 520104 },
    ]);
    const owners = await sql<{ org: string; org_number: string }>`
      select org, org_number from register_service_owners order by org`.execute(tinn.platform.db);
    expect(owners.rows).toEqual([
      { org: 'tinn', org_number: '311000001' },
      { org: 'ttd', org_number: '405003309' },
    ]);
  });

  it('describes every register route in the OpenAPI document', async () => {
    const document = await json(await get('/swagger/json'));
    for (const path of [
      '/register/api/v1/parties/{partyId}',
      '/register/api/v1/parties/byuuid/{partyUuid}',
      '/register/api/v1/parties/lookup',
      '/register/api/v1/parties/partylist',
      '/register/api/v1/parties/nameslookup',
      '/register/api/v1/organizations/{orgNr}',
      '/register/api/v1/persons',
      '/register/api/v1/organizations/contactpoint/lookup',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});
