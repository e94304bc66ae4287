import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const BASE = '/storage/api/v1/instances';
const UNKNOWN = `${PEOPLE.mira.partyId}/6e3b6f2c-0000-4000-8000-000000000000`;
const TOKEN_HEADER = 'Altinn-Storage-Lock-Token';

function decode(token: string): { id: number; secret: string } {
  return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
}

function encode(content: unknown): string {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

describe('storage: instance lock', () => {
  let tinn: TestPlatform;
  let appId: string;
  let mira: Record<string, string>;
  let oskar: Record<string, string>;
  let owner: Record<string, string>;

  beforeAll(async () => {
    tinn = await startTestPlatform({ TESTDATA: STORAGE_TESTDATA });
    appId = await installTestApp(tinn, { app: 'lock-app' });
    mira = await userBearer(tinn, PEOPLE.mira);
    oskar = await userBearer(tinn, PEOPLE.oskar);
    owner = await serviceOwnerBearer(tinn);
  });
  afterAll(async () => {
    await tinn?.close();
  });

  async function created(process: object = processAtTask()) {
    const response = await postJson(
      tinn,
      `${BASE}?appId=${appId}`,
      { instanceOwner: { partyId: String(PEOPLE.mira.partyId) }, process },
      mira,
    );
    expect(response.status).toBe(201);
    return json(response);
  }

  const acquire = (instanceId: string, body: unknown, headers = mira) =>
    postJson(tinn, `${BASE}/${instanceId}/lock`, body, headers);

  const extend = (instanceId: string, token: string | undefined, body: unknown, headers = mira) =>
    tinn.fetch(`${BASE}/${instanceId}/lock`, {
      method: 'PATCH',
      headers: {
        ...headers,
        'content-type': 'application/json',
        ...(token === undefined ? {} : { [TOKEN_HEADER]: token }),
      },
      body: JSON.stringify(body),
    });

  async function tokenFor(instanceId: string, ttlSeconds = 60): Promise<string> {
    const response = await acquire(instanceId, { ttlSeconds });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await json(response)).lockToken;
  }

  async function lockRows(instanceId: string) {
    const result = await sql<{
      id: number;
      locked_by: string;
      secret_hash: Uint8Array;
      seconds_left: number;
      held_for: number;
    }>`select l.id, l.locked_by, l.secret_hash,
              extract(epoch from l.locked_until - clock_timestamp())::float8 as seconds_left,
              extract(epoch from l.locked_until - l.locked_at)::float8 as held_for
       from storage_instance_lock l join storage_instance i on i.id = l.instance_id
       where i.instance_guid = ${instanceId.split('/')[1]} order by l.id`.execute(tinn.platform.db);
    return result.rows.map((row) => ({ ...row, id: Number(row.id) }));
  }

  describe('POST …/lock', () => {
    it('answers a token naming the lock row, keeping only the SHA-256 of its secret', async () => {
      const instance = await created();
      const token = await tokenFor(instance.id, 90);
      const { id, secret } = decode(token);
      expect(Buffer.from(secret, 'base64')).toHaveLength(20);
      const [row, ...more] = await lockRows(instance.id);
      expect(more).toEqual([]);
      expect(row).toMatchObject({ id, locked_by: String(PEOPLE.mira.userId), held_for: 90 });
      expect(row!.seconds_left).toBeGreaterThan(80);
      const expected = createHash('sha256').update(Buffer.from(secret, 'base64')).digest();
      expect(Buffer.from(row!.secret_hash).equals(expected)).toBe(true);
    });

    it('refuses a second lock while the first is live (409), and allows one when it has expired', async () => {
      const instance = await created();
      await tokenFor(instance.id);
      const second = await acquire(instance.id, { ttlSeconds: 60 }, owner);
      expect(second.status).toBe(409);
      expect(second.headers.get('content-type')).toMatch(/problem\+json/);

      const other = await created();
      await tokenFor(other.id, 0);
      const next = await tokenFor(other.id, 30);
      expect((await lockRows(other.id)).map((row) => row.id)).toContain(decode(next).id);
    });

    it('gives exactly one of two parallel callers the lock', async () => {
      for (let round = 0; round < 3; round += 1) {
        const instance = await created();
        const answers = await Promise.all([
          acquire(instance.id, { ttlSeconds: 60 }),
          acquire(instance.id, { ttlSeconds: 60 }, owner),
        ]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
        expect(await lockRows(instance.id)).toHaveLength(1);
      }
    });

    it('answers 400 for a negative TTL, 403 without a task action, 404 for an unknown instance or another party, 401', async () => {
      const instance = await created();
      expect((await acquire(instance.id, { ttlSeconds: -1 })).status).toBe(400);
      expect((await acquire(instance.id, { ttlSeconds: 1.5 })).status).toBe(400);
      expect((await acquire(instance.id, { ttlSeconds: 60 }, oskar)).status).toBe(403);
      const review = await created(processAtTask('Task_1', 'review'));
      expect((await acquire(review.id, { ttlSeconds: 60 })).status).toBe(403);
      expect((await acquire(UNKNOWN, { ttlSeconds: 60 })).status).toBe(404);
      const guid = instance.id.split('/')[1];
      expect((await acquire(`${PEOPLE.oskar.partyId}/${guid}`, { ttlSeconds: 60 })).status).toBe(404);
      expect((await acquire(instance.id, { ttlSeconds: 60 }, {})).status).toBe(401);
      expect(await lockRows(instance.id)).toEqual([]);
      expect(await lockRows(review.id)).toEqual([]);
    });
  });

  describe('PATCH …/lock', () => {
    it('extends a live lock, and releases it with TTL 0 so another caller can lock', async () => {
      const instance = await created();
      const token = await tokenFor(instance.id, 10);
      const extended = await extend(instance.id, token, { ttlSeconds: 600 }, owner);
      expect(extended.status).toBe(204);
      expect(await extended.text()).toBe('');
      expect((await lockRows(instance.id))[0]!.seconds_left).toBeGreaterThan(590);

      expect((await extend(instance.id, token, { ttlSeconds: 0 })).status).toBe(204);
      expect((await lockRows(instance.id))[0]!.seconds_left).toBeLessThanOrEqual(0);
      await tokenFor(instance.id, 60);
      expect(await lockRows(instance.id)).toHaveLength(2);
    });

    it('answers 422 for an expired lock', async () => {
      const instance = await created();
      const token = await tokenFor(instance.id, 0);
      expect((await extend(instance.id, token, { ttlSeconds: 60 })).status).toBe(422);
      expect((await lockRows(instance.id))[0]!.seconds_left).toBeLessThanOrEqual(0);
    });

    it('answers 403 for a wrong secret, 400 for a missing or unreadable token or a negative TTL', async () => {
      const instance = await created();
      const token = await tokenFor(instance.id, 60);
      const { id } = decode(token);
      const forged = encode({ id, secret: Buffer.alloc(20, 7).toString('base64') });
      expect((await extend(instance.id, forged, { ttlSeconds: 600 })).status).toBe(403);
      for (const bad of [
        undefined,
        'not a token',
        encode({ id }),
        encode({ id: 'x', secret: 'YQ==' }),
        encode([1]),
      ]) {
        expect((await extend(instance.id, bad, { ttlSeconds: 60 })).status, String(bad)).toBe(400);
      }
      expect((await extend(instance.id, token, { ttlSeconds: -5 })).status).toBe(400);
      expect((await lockRows(instance.id))[0]!.seconds_left).toBeLessThan(61);
    });

    it('answers 404 for an unknown instance, another party, another instance’s lock or an unknown lock, and 401', async () => {
      const instance = await created();
      const other = await created();
      const token = await tokenFor(instance.id, 60);
      const guid = instance.id.split('/')[1];
      expect((await extend(UNKNOWN, token, { ttlSeconds: 60 })).status).toBe(404);
      expect((await extend(`${PEOPLE.oskar.partyId}/${guid}`, token, { ttlSeconds: 60 })).status).toBe(404);
      expect((await extend(other.id, token, { ttlSeconds: 60 })).status).toBe(404);
      const unknownLock = encode({ id: 999_999_999, secret: decode(token).secret });
      expect((await extend(instance.id, unknownLock, { ttlSeconds: 60 })).status).toBe(404);
      expect((await extend(instance.id, token, { ttlSeconds: 60 }, {})).status).toBe(401);
    });
  });
});
