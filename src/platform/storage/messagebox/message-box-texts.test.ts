import { describe, expect, it } from 'vitest';
import { appTitleOf, messageBoxLanguage } from './message-box-texts.ts';

describe('messageBoxLanguage', () => {
  it('accepts nb, nn and en in any case, and answers nb otherwise', () => {
    expect(messageBoxLanguage('EN')).toBe('en');
    expect(messageBoxLanguage('nn')).toBe('nn');
    expect(messageBoxLanguage('de')).toBe('nb');
    expect(messageBoxLanguage('nn-NO')).toBe('nb');
    expect(messageBoxLanguage(null)).toBe('nb');
    expect(messageBoxLanguage(undefined)).toBe('nb');
  });
});

describe('appTitleOf', () => {
  const texts = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('prefers appName, then ServiceName, then the metadata title, in the chosen language', () => {
    expect(appTitleOf('app', { texts: texts({ appName: 'A', ServiceName: 'S' }) }, 'en')).toBe('A');
    expect(appTitleOf('app', { texts: texts({ ServiceName: 'S' }), title: { en: 'T' } }, 'en')).toBe('S');
    expect(appTitleOf('app', { texts: texts({}), title: { en: 'T', nb: 'N' } }, 'en')).toBe('T');
  });

  it('falls back to nb and then to the app name', () => {
    expect(appTitleOf('app', { defaultTexts: texts({ appName: 'Nb' }), title: { nb: 'N' } }, 'en')).toBe(
      'Nb',
    );
    expect(appTitleOf('app', { title: { nb: 'N' } }, 'nn')).toBe('N');
    expect(appTitleOf('app', {}, 'nn')).toBe('app');
  });
});
