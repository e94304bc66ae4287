/** An organisation that publishes apps, known by its short lower-case code (e.g. `ttd`). */
export interface ServiceOwnerRecord {
  readonly org: string;
  readonly orgNumber: string;
  /** Display name per language code (`nb`, `nn`, `en`). */
  readonly name: Readonly<Record<string, string>>;
}

/** The name to show when one language must be chosen. */
export function serviceOwnerDisplayName(owner: ServiceOwnerRecord, language = 'nb'): string {
  return owner.name[language] ?? owner.name.nb ?? owner.name.en ?? Object.values(owner.name)[0] ?? owner.org;
}
