import { describe, expect, it } from 'vitest';
import { orgOfAppId, parseAppId } from './app-id.ts';

describe('parseAppId', () => {
  it.each(['ttd/app', 'ttd/my-app-2', 'æøå/blåbær', 'digdir/a'])('accepts %s', (appId) => {
    const [org, app] = appId.split('/');
    expect(parseAppId(appId)).toEqual({ org, app });
  });

  it.each([
    undefined,
    '',
    'ttd',
    'ttd/',
    '/app',
    'ttd/app/x',
    'TTD/app',
    'ttd/App',
    't-d/app',
    '1t/app',
    'ttd/-app',
  ])('refuses %j with invalid_app_id', (appId) => {
    expect(() => parseAppId(appId)).toThrow(expect.objectContaining({ status: 400, code: 'invalid_app_id' }));
  });
});

describe('orgOfAppId', () => {
  it('takes the part before the first slash, if any', () => {
    expect(orgOfAppId('ttd/app')).toBe('ttd');
    expect(orgOfAppId('ttd')).toBeUndefined();
    expect(orgOfAppId('/app')).toBeUndefined();
    expect(orgOfAppId(['ttd/app'])).toBeUndefined();
  });
});
