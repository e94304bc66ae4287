import { describe, expect, it } from 'vitest';
import { dotnetCamelCase, frontendSettingsOf } from './frontend-settings.ts';

describe('dotnetCamelCase', () => {
  it.each([
    ['HomeUrl', 'homeUrl'],
    ['URLValue', 'urlValue'],
    ['ABC', 'abc'],
    ['already', 'already'],
    ['A', 'a'],
    ['X1Y', 'x1Y'],
    ['', ''],
  ])('%s → %s', (name, expected) => {
    expect(dotnetCamelCase(name)).toBe(expected);
  });
});

describe('frontendSettingsOf', () => {
  it('is empty without a file, for a broken file, and without the section', () => {
    expect(frontendSettingsOf(undefined)).toEqual({});
    expect(frontendSettingsOf('{ not json')).toEqual({});
    expect(frontendSettingsOf('[]')).toEqual({});
    expect(frontendSettingsOf('{ "AppSettings": {} }')).toEqual({});
  });

  it('camel-cases keys, writes values as configuration text, and skips nested sections', () => {
    const text = `\uFEFF{
      // comments and trailing commas, as in appsettings files
      "FrontEndSettings": { "HomeUrl": "https://x", "Count": 3, "On": false, "Nested": { "a": 1 }, },
    }`;
    expect(frontendSettingsOf(text)).toEqual({ homeUrl: 'https://x', count: '3', on: 'False' });
  });

  it('adds appOidcProvider from AppSettings unless FrontEndSettings has it', () => {
    const oidc = { AppSettings: { AppOidcProvider: 'idporten' } };
    expect(frontendSettingsOf(JSON.stringify(oidc))).toEqual({ appOidcProvider: 'idporten' });
    expect(
      frontendSettingsOf(JSON.stringify({ ...oidc, FrontEndSettings: { AppOidcProvider: 'own' } })),
    ).toEqual({ appOidcProvider: 'own' });
    expect(frontendSettingsOf(JSON.stringify({ AppSettings: { AppOidcProvider: '' } }))).toEqual({});
  });
});
