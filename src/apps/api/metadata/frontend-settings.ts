import { type JsonValue, parseTolerantJson } from '../../loader/index.ts';
import { isJsonObject } from './json-object.ts';

/**
 * .NET's camel-case naming of dictionary keys: the leading run of capitals is lowered, except the last
 * capital of a run that starts a new word ("URLValue" → "urlValue", "ABC" → "abc").
 */
const isUpper = (char: string) => char !== char.toLowerCase();

export function dotnetCamelCase(name: string): string {
  const chars = [...name];
  for (let i = 0; i < chars.length; i++) {
    const current = chars[i] ?? '';
    if (i === 1 && !isUpper(current)) break;
    const next = chars[i + 1];
    if (i > 0 && next !== undefined && !isUpper(next)) break;
    chars[i] = current.toLowerCase();
  }
  return chars.join('');
}

/** Configuration values reach Altinn's FrontEndSettings as text, booleans as .NET writes them. */
function settingText(value: JsonValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * `api/v1/applicationsettings`: the `FrontEndSettings` section of `App/appsettings.json` with
 * camel-cased keys, plus `appOidcProvider` from `AppSettings` when set. Empty without the file.
 */
export function frontendSettingsOf(appsettingsText: string | undefined): Record<string, string> {
  if (appsettingsText === undefined) return {};
  let document: JsonValue;
  try {
    document = parseTolerantJson(appsettingsText);
  } catch {
    return {};
  }
  if (!isJsonObject(document)) return {};
  const settings: Record<string, string> = {};
  const section = document.FrontEndSettings;
  if (isJsonObject(section)) {
    for (const [key, value] of Object.entries(section)) {
      const text = settingText(value);
      if (text !== undefined) settings[dotnetCamelCase(key)] = text;
    }
  }
  const appSettings = document.AppSettings;
  const oidc = isJsonObject(appSettings) ? appSettings.AppOidcProvider : undefined;
  if (typeof oidc === 'string' && oidc !== '' && !('appOidcProvider' in settings)) {
    settings.appOidcProvider = oidc;
  }
  return settings;
}
