import { badRequest } from '../../../core/errors.ts';
import { LANGUAGE_PATTERN } from './text-resource-schema.ts';

const ORG_PATTERN = /^[a-zæøå][a-zæøå0-9]*$/;
const APP_PATTERN = /^[a-zæøå][a-zæøå0-9-]*$/;
const LANGUAGE = new RegExp(LANGUAGE_PATTERN);

export interface AppRef {
  readonly org: string;
  readonly app: string;
}

export const appIdOf = (ref: AppRef): string => `${ref.org}/${ref.app}`;

/** The org part of an `org/app` id, before any validation; for authorizing before the body is read. */
export function orgOfAppId(appId: unknown): string | undefined {
  if (typeof appId !== 'string') return undefined;
  const slash = appId.indexOf('/');
  return slash > 0 ? appId.slice(0, slash) : undefined;
}

export function isValidAppRef(ref: AppRef): boolean {
  return ORG_PATTERN.test(ref.org) && APP_PATTERN.test(ref.app);
}

/** Parses `org/app` as Storage accepts it, else 400. */
export function parseAppId(appId: string | undefined): AppRef {
  const parts = (appId ?? '').split('/');
  const [org, app] = parts;
  if (parts.length !== 2 || org === undefined || app === undefined || !isValidAppRef({ org, app })) {
    throw badRequest(
      'invalid_app_id',
      `The appId '${appId ?? ''}' is not valid: expected org/app in lower case letters, digits (and - in app)`,
    );
  }
  return { org, app };
}

export function requireValidAppRef(ref: AppRef): void {
  if (!isValidAppRef(ref)) {
    throw badRequest('invalid_app_id', `The appId '${appIdOf(ref)}' is not valid`);
  }
}

/** Storage's check for an org in the list route: no dash and no space. */
export function requireListableOrg(org: string): void {
  if (org === '' || org.includes('-') || org.includes(' ')) {
    throw badRequest('invalid_org', `Application owner id '${org}' is not valid`);
  }
}

export function requireLanguage(language: string | undefined): string {
  if (language === undefined || !LANGUAGE.test(language)) {
    throw badRequest('invalid_language', 'The language must be a two letter ISO language name');
  }
  return language;
}
