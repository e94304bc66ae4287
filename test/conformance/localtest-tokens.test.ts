import fs from 'node:fs/promises';
import path from 'node:path';
import { createLocalJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  json,
  SHARED_ALTINN,
  startTestPlatform,
  type TestPlatform,
} from '../support/test-platform.ts';

const TESTDATA = path.join(SHARED_ALTINN, 'localtest-testdata');
const JWKS = '/authentication/api/v1/openid/.well-known/openid-configuration/jwks';

interface LocaltestUser {
  readonly UserId: number;
  readonly UserName: string;
  readonly PartyId: number;
  readonly UserType: number;
}

async function readJsonFiles<T>(folder: string): Promise<T[]> {
  const names = (await fs.readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => JSON.parse(await fs.readFile(path.join(folder, name), 'utf8')) as T),
  );
}

async function extraClaims(userId: number): Promise<Record<string, string>> {
  try {
    const claims = JSON.parse(
      await fs.readFile(path.join(TESTDATA, 'authorization/claims', `${userId}.json`), 'utf8'),
    ) as { type: string; value: string }[];
    return Object.fromEntries(claims.map((claim) => [claim.type, claim.value]));
  } catch {
    return {};
  }
}

describe('tokens for the app-localtest test data', async () => {
  const users = await readJsonFiles<LocaltestUser>(path.join(TESTDATA, 'Profile/User'));
  const organisations = await readJsonFiles<{ OrgNumber: string }>(path.join(TESTDATA, 'Register/Org'));
  let tinn: TestPlatform;
  let verify: (token: string) => Promise<JWTPayload>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA });
    const jwks = createLocalJWKSet(await json(await tinn.fetch(JWKS)));
    verify = async (token) => (await jwtVerify(token, jwks, { issuer: tinn.platform.tokens.issuer })).payload;
  });
  afterAll(async () => {
    await tinn?.close();
  });

  it('covers every user file', () => {
    expect(users.map((user) => user.UserId).sort((a, b) => a - b)).toEqual([
      1001, 1002, 1003, 1004, 1337, 2001, 2002, 12345,
    ]);
  });

  for (const user of users) {
    it(`GetTestUserToken for user ${user.UserId} (${user.UserName}) verifies and identifies the user`, async () => {
      const response = await tinn.fetch(`/Home/GetTestUserToken/${user.UserId}?authenticationLevel=2`);
      expect(response.status).toBe(200);
      const token = await response.text();
      const claims = await verify(token);
      expect(claims).toMatchObject({
        'urn:altinn:userid': String(user.UserId),
        'urn:altinn:username': user.UserName,
        'urn:altinn:partyid': user.PartyId,
        'urn:altinn:authlevel': 2,
        ...(await extraClaims(user.UserId)),
      });
      const profile = await tinn.fetch('/profile/api/v1/users/current', { headers: bearer(token) });
      expect(profile.status).toBe(200);
      expect((await json(profile)).userId).toBe(user.UserId);
    });

    it(`auth/user for user ${user.UserId} acts for each party in the user's party list`, async () => {
      const partyList = JSON.parse(
        await fs.readFile(path.join(TESTDATA, 'authorization/partylist', `${user.UserId}.json`), 'utf8'),
      ) as { partyId: number | string }[];
      for (const party of partyList) {
        const response = await tinn.fetch(`/Home/auth/user?userId=${user.UserId}&partyId=${party.partyId}`);
        expect(response.status, `party ${party.partyId}`).toBe(200);
        const claims = await verify(await response.text());
        expect(claims['urn:altinn:partyid']).toBe(String(party.partyId));
      }
    });
  }

  it('self-identified users get level-0 tokens by user name', async () => {
    const selfIdentified = users.filter((user) => user.UserType === 2);
    expect(selfIdentified.length).toBeGreaterThan(0);
    for (const user of selfIdentified) {
      const response = await tinn.fetch(`/Home/auth/selfidentifieduser?username=${user.UserName}`);
      expect(response.status).toBe(200);
      expect((await verify(await response.text()))['urn:altinn:authlevel']).toBe(0);
    }
  });

  it('every organisation gets an organisation token', async () => {
    for (const organisation of organisations) {
      const response = await tinn.fetch(`/Home/auth/org?orgNumber=${organisation.OrgNumber}`);
      // Register/Org/910423495.json holds OrgNumber 923609016; the importer files it under its file name.
      if (organisation.OrgNumber === '923609016') {
        expect(response.status).toBe(404);
        continue;
      }
      expect(response.status, organisation.OrgNumber).toBe(200);
      expect((await verify(await response.text()))['urn:altinn:orgNumber']).toMatch(/^\d{9}$/);
    }
  });

  it('the system user gets a system-user token', async () => {
    const response = await tinn.fetch(
      '/Home/auth/systemuser?systemId=913312465_sbs&systemUserId=d111dbab-d619-4f15-bf29-58fe570a9ae6',
    );
    expect(response.status).toBe(200);
    const claims = await verify(await response.text());
    expect(claims.authorization_details).toMatchObject({
      systemuser_id: ['d111dbab-d619-4f15-bf29-58fe570a9ae6'],
      systemuser_org: { ID: '0192:950474084' },
    });
    expect(claims['urn:altinn:orgNumber']).toBe('913312465');
  });

  it('the service owner ttd gets a token with its organisation number', async () => {
    const response = await tinn.fetch('/Home/GetTestOrgToken/ttd');
    expect((await verify(await response.text()))['urn:altinn:orgNumber']).toBe('405003309');
  });
});
