import { describe, expect, it } from 'vitest';
import { ApplicationCache } from './application-cache.ts';
import type { Application } from './application-model.ts';

const REF = { org: 'ttd', app: 'cached' };

function application(versionId: string): Application {
  return {
    id: 'ttd/cached',
    org: 'ttd',
    versionId,
    created: 'c',
    lastChanged: 'l',
    dataTypes: [{ id: 'a' }],
  };
}

describe('ApplicationCache', () => {
  it('serves the cached value until the time to live has passed, then loads again', async () => {
    let now = 0;
    let loads = 0;
    const cache = new ApplicationCache(5_000, () => now);
    const load = async () => application(String(++loads));
    expect((await cache.get(REF, load))?.versionId).toBe('1');
    now = 4_999;
    expect((await cache.get(REF, load))?.versionId).toBe('1');
    now = 5_000;
    expect((await cache.get(REF, load))?.versionId).toBe('2');
  });

  it('remembers misses, and forgets an app when it is invalidated', async () => {
    let stored: Application | undefined;
    const cache = new ApplicationCache(5_000, () => 0);
    expect(await cache.get(REF, async () => stored)).toBeUndefined();
    stored = application('1');
    expect(await cache.get(REF, async () => stored)).toBeUndefined();
    cache.invalidate(REF);
    expect((await cache.get(REF, async () => stored))?.versionId).toBe('1');
  });

  it('does not cache a load that raced with a write', async () => {
    const cache = new ApplicationCache(5_000, () => 0);
    const stale = await cache.get(REF, async () => {
      cache.invalidate(REF);
      return application('old');
    });
    expect(stale?.versionId).toBe('old');
    expect((await cache.get(REF, async () => application('new')))?.versionId).toBe('new');
  });

  it('freezes what it hands out', async () => {
    const cache = new ApplicationCache(5_000, () => 0);
    const cached = await cache.get(REF, async () => application('1'));
    expect(Object.isFrozen(cached)).toBe(true);
    expect(Object.isFrozen(cached?.dataTypes)).toBe(true);
    expect(() => {
      (cached as { versionId?: string }).versionId = '2';
    }).toThrow(TypeError);
  });
});
