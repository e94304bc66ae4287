import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  getWith,
  json,
  startTestPlatform,
  type TestPlatform,
  userBearer,
} from '../support/test-platform.ts';

// Users and organisations from Tinn's default test set (testdata/testData.json).
const ASTRID = { userId: 20001, partyId: 520001 };
const BJORN = { userId: 20002, partyId: 520002 };
const CAMILLA = { userId: 20003, partyId: 520003 };
const DIDRIK = { userId: 20004, partyId: 520004 };

const ids = (parties: any[]) =>
  parties.map((party) =>
    party.childParties
      ? [party.partyId, party.childParties.map((child: any) => child.partyId)]
      : party.partyId,
  );

describe('authorization parties and roles API', () => {
  let tinn: TestPlatform;
  let astrid: Record<string, string>;
  let bjorn: Record<string, string>;
  let camilla: Record<string, string>;
  let didrik: Record<string, string>;
  let serviceOwner: Record<string, string>;

  const userToken = (user: { userId: number; partyId: number }, authLevel = 2) =>
    userBearer(tinn, user, authLevel);
  const get = (path: string, headers: Record<string, string> = {}) => getWith(tinn, path, headers);

  beforeAll(async () => {
    tinn = await startTestPlatform();
    astrid = await userToken(ASTRID);
    bjorn = await userToken(BJORN);
    camilla = await userToken(CAMILLA);
    didrik = await userToken(DIDRIK);
    serviceOwner = bearer(
      await tinn.platform.tokens.mint({ 'urn:altinn:org': 'ttd', 'urn:altinn:orgNumber': '405003309' }),
    );
  });
  afterAll(async () => {
    await tinn?.close();
  });

  describe('GET /authorization/api/v1/parties?userId=', () => {
    it('lists the own party first and sub-units the user holds roles for as childParties', async () => {
      const response = await get(`/authorization/api/v1/parties?userId=${ASTRID.userId}`, astrid);
      expect(response.status).toBe(200);
      const parties = await json(response);
      expect(ids(parties)).toEqual([ASTRID.partyId, [520101, [520102, 520103]]]);
      expect(parties[0]).toMatchObject({ partyTypeName: 1, name: 'Astrid Fjellheim', person: null });
      expect(parties[1]).toMatchObject({
        partyTypeName: 2,
        orgNumber: '311000002',
        onlyHierarchyElementWithNoAccess: false,
      });
      expect(parties[1].childParties[0]).toMatchObject({
        unitType: 'BEDR',
        onlyHierarchyElementWithNoAccess: false,
      });
    });

    it('lists a main unit only for its sub-unit with onlyHierarchyElementWithNoAccess', async () => {
      const parties = await json(await get(`/authorization/api/v1/parties?userId=${DIDRIK.userId}`, didrik));
      expect(ids(parties)).toEqual([DIDRIK.partyId, [520104, [520105]]]);
      expect(parties[1].onlyHierarchyElementWithNoAccess).toBe(true);
      expect(parties[1].childParties[0].onlyHierarchyElementWithNoAccess).toBe(false);
    });

    it('leaves out sub-units of a main unit the user holds no role on', async () => {
      const parties = await json(await get(`/authorization/api/v1/parties?userId=${BJORN.userId}`, bjorn));
      expect(ids(parties)).toEqual([BJORN.partyId, 520101, 520106]);
    });

    it('reads the query parameter name without regard to case', async () => {
      expect((await get(`/authorization/api/v1/parties?userid=${CAMILLA.userId}`, camilla)).status).toBe(200);
    });

    it('answers 403 when userId is not the token user, also to service owners', async () => {
      const response = await get(`/authorization/api/v1/parties?userId=${ASTRID.userId}`, camilla);
      expect(response.status).toBe(403);
      expect(await json(response)).toMatchObject({ status: 403, code: 'forbidden' });
      expect((await get(`/authorization/api/v1/parties?userId=${ASTRID.userId}`, serviceOwner)).status).toBe(
        403,
      );
    });

    it('answers 404 when the user has no parties, 400 without a valid userId, 401 without a token', async () => {
      const ghost = await userToken({ userId: 777777, partyId: 777777 });
      expect((await get('/authorization/api/v1/parties?userId=777777', ghost)).status).toBe(404);
      expect((await get('/authorization/api/v1/parties', astrid)).status).toBe(400);
      expect((await get('/authorization/api/v1/parties?userId=abc', astrid)).status).toBe(400);
      expect((await get(`/authorization/api/v1/parties?userId=${ASTRID.userId}`)).status).toBe(401);
    });
  });

  describe('GET /authorization/api/v1/parties/{partyId}/validate?userid=', () => {
    const validate = (partyId: number, userId: number, headers: Record<string, string>) =>
      get(`/authorization/api/v1/parties/${partyId}/validate?userid=${userId}`, headers);

    it('answers true for parties and sub-units the user can represent, false otherwise', async () => {
      for (const [partyId, expected] of [
        [ASTRID.partyId, true],
        [520101, true],
        [520103, true],
        [520104, false],
        [999999, false],
      ] as const) {
        const response = await validate(partyId, ASTRID.userId, astrid);
        expect(response.status).toBe(200);
        expect(await json(response), String(partyId)).toBe(expected);
      }
    });

    it('answers false for a main unit listed only for its sub-unit', async () => {
      expect(await json(await validate(520104, DIDRIK.userId, didrik))).toBe(false);
      expect(await json(await validate(520105, DIDRIK.userId, didrik))).toBe(true);
    });

    it('lets service owners ask about any user, users only about themselves', async () => {
      expect(await json(await validate(520106, BJORN.userId, serviceOwner))).toBe(true);
      expect((await validate(520106, BJORN.userId, astrid)).status).toBe(403);
    });

    it('answers 400 for malformed ids and 401 without a token', async () => {
      expect((await get('/authorization/api/v1/parties/abc/validate?userid=20001', astrid)).status).toBe(400);
      expect((await get('/authorization/api/v1/parties/520001/validate', astrid)).status).toBe(400);
      expect((await validate(ASTRID.partyId, ASTRID.userId, {})).status).toBe(401);
    });
  });

  describe('GET /authorization/api/v1/roles', () => {
    const roles = (userId: number | string, partyId: number | string, headers: Record<string, string>) =>
      get(`/authorization/api/v1/roles?coveredByUserId=${userId}&offeredByPartyId=${partyId}`, headers);

    it("returns the caller's roles for a party", async () => {
      const response = await roles(ASTRID.userId, 520102, astrid);
      expect(response.status).toBe(200);
      expect(await json(response)).toEqual([
        { type: 'altinn', value: 'DAGL' },
        { type: 'altinn', value: 'UTINN' },
      ]);
    });

    it('keeps the source of register (ccr) roles', async () => {
      const response = await roles(BJORN.userId, 520106, bjorn);
      expect(await json(response)).toContainEqual({ type: 'ccr', value: 'LEDE' });
    });

    it('answers 404 when the user holds no roles for the party', async () => {
      const response = await roles(ASTRID.userId, 520104, astrid);
      expect(response.status).toBe(404);
      expect(await json(response)).toMatchObject({ code: 'roles_not_found' });
    });

    it('answers 403 for another user, also to service owners', async () => {
      expect((await roles(BJORN.userId, 520106, astrid)).status).toBe(403);
      expect((await roles(BJORN.userId, 520106, serviceOwner)).status).toBe(403);
    });

    it('answers 400 when an id is 0, missing or malformed; 401 without a token', async () => {
      expect((await roles(0, 520101, astrid)).status).toBe(400);
      expect((await roles(ASTRID.userId, 0, astrid)).status).toBe(400);
      expect((await get(`/authorization/api/v1/roles?coveredByUserId=${ASTRID.userId}`, astrid)).status).toBe(
        400,
      );
      expect((await roles('x', 520101, astrid)).status).toBe(400);
      expect((await roles(ASTRID.userId, 520101, {})).status).toBe(401);
    });
  });

  it('offers rolesFor, reporteeList and canRepresent to other services', async () => {
    const { roles } = tinn.platform;
    expect(await roles.rolesFor(DIDRIK.userId, 520105)).toEqual([
      { type: 'altinn', value: 'DAGL' },
      { type: 'altinn', value: 'SIGNE' },
      { type: 'altinn', value: 'UTINN' },
    ]);
    expect(await roles.rolesFor(DIDRIK.userId, 520104)).toEqual([]);
    expect(ids(await roles.reporteeList(CAMILLA.userId))).toEqual([CAMILLA.partyId]);
    expect(await roles.reporteeList(777777)).toEqual([]);
    expect(await roles.canRepresent(CAMILLA.userId, CAMILLA.partyId)).toBe(true);
    expect(await roles.canRepresent(CAMILLA.userId, 520101)).toBe(false);
  });

  it('stores roles with their source, one row per user, party and code', async () => {
    const rows = await sql<{ role_code: string; source: string }>`
      select role_code, source from authorization_roles
      where covered_by_user_id = ${BJORN.userId} and offered_by_party_id = 520106 order by role_code`.execute(
      tinn.platform.db,
    );
    expect(rows.rows).toEqual([
      { role_code: 'LEDE', source: 'ccr' },
      { role_code: 'SIGNE', source: 'altinn' },
      { role_code: 'UTINN', source: 'altinn' },
    ]);
  });
});
