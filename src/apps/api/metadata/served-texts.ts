import { badRequest, notFound } from '../../../core/errors.ts';
import type { AppTexts, LoadedApp, TextResource } from '../../loader/index.ts';

/** Altinn falls back to Norwegian bokmål when the asked language has no texts. */
export const FALLBACK_LANGUAGE = 'nb';

export interface ServedTexts {
  readonly id: string;
  readonly org: string;
  readonly language: string;
  readonly resources: readonly TextResource[];
}

/** `api/v1/texts/{language}`: the language's texts, else bokmål's; 400 unless two letters, 404 when neither. */
export function servedTexts(app: LoadedApp, language: string): ServedTexts {
  if (language.length !== 2) {
    throw badRequest(
      'invalid_language',
      `Provided language ${language} is invalid. Language code should consist of two characters.`,
    );
  }
  const texts: AppTexts | undefined =
    app.texts.get(language.toLowerCase()) ?? app.texts.get(FALLBACK_LANGUAGE);
  if (texts === undefined) {
    throw notFound(
      'texts_not_found',
      `The app ${app.id} has no texts in ${language} nor in ${FALLBACK_LANGUAGE}`,
    );
  }
  return {
    id: `${app.org}-${app.app}-${texts.language}`,
    org: app.org,
    language: texts.language,
    resources: texts.resources,
  };
}

/** `api/v1/applicationlanguages`: one entry per text resource file. */
export const appLanguages = (app: LoadedApp): { language: string }[] =>
  [...app.texts.keys()].sort().map((language) => ({ language }));
