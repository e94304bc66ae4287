import type { MessageBoxInstance } from './message-box-model.ts';

/** The languages the message box is shown in; any other asks for the default, `nb`. */
const LANGUAGES = new Set(['nb', 'nn', 'en']);
export const DEFAULT_LANGUAGE = 'nb';

export function messageBoxLanguage(language: string | null | undefined): string {
  const lower = language?.trim().toLowerCase();
  return lower !== undefined && LANGUAGES.has(lower) ? lower : DEFAULT_LANGUAGE;
}

/** An app's texts in one language, by text key. */
export type TextLookup = ReadonlyMap<string, string>;

/** Where an app's title and substatus texts come from, in the chosen language and in the default one. */
export interface AppTextSources {
  readonly texts?: TextLookup;
  readonly defaultTexts?: TextLookup;
  /** The app metadata's `title`, per language. */
  readonly title?: Readonly<Record<string, string>>;
}

function titleFrom(texts: TextLookup | undefined, title: AppTextSources['title'], language: string) {
  return texts?.get('appName') ?? texts?.get('ServiceName') ?? title?.[language];
}

/**
 * The app's title: its text resource `appName` (else `ServiceName`) in the chosen language, else the
 * metadata title in that language, then the same in `nb`, and last the app's name.
 */
export function appTitleOf(appName: string, sources: AppTextSources, language: string): string {
  return (
    titleFrom(sources.texts, sources.title, language) ??
    titleFrom(sources.defaultTexts, sources.title, DEFAULT_LANGUAGE) ??
    appName
  );
}

/** The title (with the presentation text after it) and the substatus texts resolved from the app's texts. */
export function withTexts(
  instance: MessageBoxInstance,
  sources: AppTextSources,
  language: string,
): MessageBoxInstance {
  const title = appTitleOf(instance.appName, sources, language);
  const presentation = instance.presentationText;
  const substatus = instance.substatus;
  const text = (key: string | null) => (key === null ? null : (sources.texts?.get(key) ?? key));
  return {
    ...instance,
    title: presentation !== null && presentation.trim() !== '' ? `${title}, ${presentation}` : title,
    substatus:
      substatus === null ? null : { label: text(substatus.label), description: text(substatus.description) },
  };
}
