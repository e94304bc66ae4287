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

// Users from Tinn's default test set (testdata/testData.json).
const ASTRID = {
  userId: 20001,
  partyId: 520001,
  ssn: '12047800111',
  uuid: '4727a857-7600-4ec2-b62f-3546f16cbfbd',
};
const BJORN = {
  userId: 20002,
  partyId: 520002,
  ssn: '23098500222',
  uuid: '0b60a3c6-d780-4216-912d-9b24ba5172ad',
};
const EIRA = { userId: 20005, partyId: 520005 };

describe('profile API', () => {
  let tinn: TestPlatform;
  let astrid: Record<string, string>;
  let eira: Record<string, string>;
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
    eira = await userToken(EIRA, 0);
    serviceOwner = bearer(
      await tinn.platform.tokens.mint({
        'urn:altinn:org': 'tinn',
        'urn:altinn:orgNumber': '311000001',
        'urn:altinn:authlevel': 3,
        scope: 'altinn:serviceowner/instances.read',
      }),
    );
    orgToken = bearer(
      await tinn.platform.tokens.mint({ 'urn:altinn:orgNumber': '311000002', 'urn:altinn:authlevel': 3 }),
    );
  });
  afterAll(async () => {
    await tinn?.close();
  });

  describe('GET /profile/api/v1/users/current', () => {
    it("returns the caller's profile with its party and person", async () => {
      const response = await get('/profile/api/v1/users/current', astrid);
      expect(response.status).toBe(200);
      const profile = await json(response);
      expect(profile).toMatchObject({
        userId: ASTRID.userId,
        userUuid: ASTRID.uuid,
        userName: 'AstridFjellheim',
        isReserved: false,
        phoneNumber: '+4741000001',
        email: 'astrid.fjellheim@tinn.test',
        partyId: ASTRID.partyId,
        userType: 1,
        profileSettingPreference: { language: 'nb', preSelectedPartyId: 0, doNotPromptForParty: false },
      });
      expect(profile.party).toMatchObject({ partyId: ASTRID.partyId, partyTypeName: 1, ssn: ASTRID.ssn });
      expect(profile.party.person).toMatchObject({ lastName: 'Fjellheim', addressCity: 'Voss' });
    });

    it('returns a self-identified user with a party of type 3 and no person', async () => {
      const response = await get('/profile/api/v1/users/current', eira);
      expect(response.status).toBe(200);
      const profile = await json(response);
      expect(profile).toMatchObject({ userId: EIRA.userId, userName: 'eira.selvik', userType: 2 });
      expect(profile.party).toMatchObject({ partyTypeName: 3, ssn: null, person: null, name: 'Eira Selvik' });
    });

    it('answers 400 to a token without a user id and 401 without a token', async () => {
      const response = await get('/profile/api/v1/users/current', serviceOwner);
      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ code: 'no_user_id' });
      expect((await get('/profile/api/v1/users/current')).status).toBe(401);
      expect((await get('/profile/api/v1/users/current', { authorization: 'Bearer x.y.z' })).status).toBe(
        401,
      );
    });

    it('answers 404 for a valid token of a user who is not in the profile store', async () => {
      const ghost = await userToken({ userId: 777777, partyId: 777777 });
      expect((await get('/profile/api/v1/users/current', ghost)).status).toBe(404);
    });
  });

  describe('GET /profile/api/v1/users/{userId}', () => {
    it('returns the own profile and lets service owners read any', async () => {
      expect((await get(`/profile/api/v1/users/${ASTRID.userId}`, astrid)).status).toBe(200);
      const other = await get(`/profile/api/v1/users/${BJORN.userId}`, serviceOwner);
      expect(other.status).toBe(200);
      expect(await json(other)).toMatchObject({
        userId: BJORN.userId,
        phoneNumber: '55000002',
        profileSettingPreference: { language: 'nn' },
      });
    });

    it("refuses another user's profile with 403, also to organisation tokens", async () => {
      const response = await get(`/profile/api/v1/users/${BJORN.userId}`, astrid);
      expect(response.status).toBe(403);
      expect(await json(response)).toMatchObject({ status: 403, code: 'forbidden' });
      expect((await get(`/profile/api/v1/users/${BJORN.userId}`, orgToken)).status).toBe(403);
    });

    it('answers 404 for an unknown user and 400 for a malformed id', async () => {
      expect((await get('/profile/api/v1/users/999999', serviceOwner)).status).toBe(404);
      expect((await get('/profile/api/v1/users/abc', serviceOwner)).status).toBe(400);
      expect((await get('/profile/api/v1/users/-5', serviceOwner)).status).toBe(400);
    });
  });

  describe('GET /profile/api/v1/users/byuuid/{userUuid}', () => {
    it("returns the own profile; a person's user uuid is their party uuid", async () => {
      const response = await get(`/profile/api/v1/users/byuuid/${ASTRID.uuid}`, astrid);
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({
        userId: ASTRID.userId,
        party: { partyUuid: ASTRID.uuid },
      });
    });

    it('answers 403 for another user, 404 for an unknown uuid, 400 for a malformed one', async () => {
      expect((await get(`/profile/api/v1/users/byuuid/${BJORN.uuid}`, astrid)).status).toBe(403);
      expect((await get(`/profile/api/v1/users/byuuid/${BJORN.uuid}`, serviceOwner)).status).toBe(200);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await get(`/profile/api/v1/users/byuuid/${unknown}`, serviceOwner)).status).toBe(404);
      expect((await get('/profile/api/v1/users/byuuid/123', serviceOwner)).status).toBe(400);
    });
  });

  describe('POST /profile/api/v1/users', () => {
    it('finds a profile by the national identity number sent as a JSON string', async () => {
      const own = await post('/profile/api/v1/users', JSON.stringify(ASTRID.ssn), astrid);
      expect(own.status).toBe(200);
      expect((await json(own)).userId).toBe(ASTRID.userId);
      const other = await post('/profile/api/v1/users', JSON.stringify(BJORN.ssn), serviceOwner);
      expect(other.status).toBe(200);
      expect((await json(other)).userId).toBe(BJORN.userId);
    });

    it('refuses users anyone else, known or not; service owners get 404 for unknown', async () => {
      expect((await post('/profile/api/v1/users', JSON.stringify(BJORN.ssn), astrid)).status).toBe(403);
      expect((await post('/profile/api/v1/users', JSON.stringify('01010100000'), astrid)).status).toBe(403);
      expect((await post('/profile/api/v1/users', JSON.stringify('01010100000'), serviceOwner)).status).toBe(
        404,
      );
    });

    it('answers 400 for a body that is not an 11-digit string, and for malformed JSON', async () => {
      expect((await post('/profile/api/v1/users', { ssn: ASTRID.ssn }, serviceOwner)).status).toBe(400);
      expect((await post('/profile/api/v1/users', JSON.stringify('abc'), serviceOwner)).status).toBe(400);
      expect((await post('/profile/api/v1/users', '"0101', serviceOwner)).status).toBe(400);
    });
  });

  describe('POST /profile/api/v1/users/contactpoint/lookup', () => {
    const lookup = '/profile/api/v1/users/contactpoint/lookup';

    it('gives service owners the contact points of known persons', async () => {
      const body = { nationalIdentityNumbers: [ASTRID.ssn, '01010100000'], useStaleContactInfo: false };
      const response = await post(lookup, body, serviceOwner);
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({
        contactPointsList: [
          {
            userId: ASTRID.userId,
            nationalIdentityNumber: ASTRID.ssn,
            isReserved: false,
            mobileNumber: '+4741000001',
            mobileNumberIsOutdated: false,
            email: 'astrid.fjellheim@tinn.test',
            emailIsOutdated: false,
          },
        ],
      });
    });

    it('answers 403 to users and 400 to a malformed body', async () => {
      expect((await post(lookup, { nationalIdentityNumbers: [ASTRID.ssn] }, astrid)).status).toBe(403);
      expect((await post(lookup, { nationalIdentityNumbers: ['x'] }, serviceOwner)).status).toBe(400);
      expect((await post(lookup, '[', serviceOwner)).status).toBe(400);
    });
  });

  describe('POST /profile/api/v1/units/contactpoint/lookup', () => {
    const lookup = '/profile/api/v1/units/contactpoint/lookup';

    it('gives service owners each known organisation with its (empty) user-registered contact points', async () => {
      const body = { organizationNumbers: ['311000002', '399999999'], resourceId: 'app_tinn_demo' };
      const response = await post(lookup, body, serviceOwner);
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({
        contactPointsList: [{ organizationNumber: '311000002', partyId: 520101, userContactPoints: [] }],
      });
    });

    it('answers 403 to users and 400 to a malformed body', async () => {
      expect((await post(lookup, { organizationNumbers: ['311000002'] }, astrid)).status).toBe(403);
      expect((await post(lookup, { organizationNumbers: [42] }, serviceOwner)).status).toBe(400);
    });
  });

  it('stores users with their settings and custom claims', async () => {
    const rows = await sql<{ user_id: number; language: string; user_type: number; custom_claims: unknown }>`
      select user_id, language, user_type, custom_claims from profile_users
      where user_id in (20001, 20003, 20005) order by user_id`.execute(tinn.platform.db);
    expect(rows.rows).toEqual([
      {
        user_id: 20001,
        language: 'nb',
        user_type: 1,
        custom_claims: [
          { type: 'tinn:test:claim', value: 'astrid', valueType: 'http://www.w3.org/2001/XMLSchema#string' },
        ],
      },
      { user_id: 20003, language: 'en', user_type: 1, custom_claims: [] },
      { user_id: 20005, language: 'nb', user_type: 2, custom_claims: [] },
    ]);
  });

  it('serves the identity directory other services use', async () => {
    const { directory } = tinn.platform;
    expect(await directory.userByName('astridfjellheim')).toMatchObject({
      userId: ASTRID.userId,
      partyUuid: ASTRID.uuid,
      ssn: ASTRID.ssn,
      name: 'Astrid Fjellheim',
      customClaims: [{ type: 'tinn:test:claim', value: 'astrid' }],
    });
    expect((await directory.userByPersonId(BJORN.ssn))?.userId).toBe(BJORN.userId);
    expect((await directory.listUsers()).map((user) => user.userId)).toEqual([
      20001, 20002, 20003, 20004, 20005, 20006,
    ]);
    expect(await directory.serviceOwnerByCode('TINN')).toEqual({
      org: 'tinn',
      orgNumber: '311000001',
      name: 'Tinn testetat',
    });
    expect((await directory.serviceOwnerByOrgNumber('405003309'))?.org).toBe('ttd');
    expect(await directory.organizationByNumber('311000009')).toEqual({
      orgNumber: '311000009',
      name: 'Nordlys Regnskap AS',
      partyId: undefined,
    });
    expect(await directory.systemUser('311000008_tinnsys', 'c5f98d1a-9195-41ce-a0b6-9170f39f77ae')).toEqual({
      systemId: '311000008_tinnsys',
      systemUserId: 'c5f98d1a-9195-41ce-a0b6-9170f39f77ae',
      orgNumber: '311000002',
    });
    const parties = await directory.partiesOf(20004);
    expect(parties.map((party) => [party.partyId, party.onlyHierarchyElementWithNoAccess])).toEqual([
      [520004, false],
      [520104, true],
    ]);
    expect(parties[1]?.childParties.map((child) => child.partyId)).toEqual([520105]);
  });
});
