import type { ServiceOwnerRecord } from '../index.ts';
import { field, isRecord, type JsonRecord, text } from './json-values.ts';
import { emptyTestDataSet, type TestDataSet } from './test-data-set.ts';

/** Whether parsed JSON looks like Altinn's `altinn-orgs.json`: an `orgs` object keyed by org code. */
export function isServiceOwnersDocument(json: unknown): json is JsonRecord {
  return isRecord(json) && isRecord(field(json, 'orgs'));
}

/** Reads `{"orgs": {"ttd": {"name": {"nb": …}, "orgnr": "…"}}}` into service owners. */
export function readServiceOwnersDocument(json: JsonRecord, source: string): TestDataSet {
  const set = emptyTestDataSet();
  const orgs = field(json, 'orgs');
  for (const [code, entry] of Object.entries(isRecord(orgs) ? orgs : {})) {
    const orgNumber = isRecord(entry) ? text(field(entry, 'orgnr')) : null;
    if (!isRecord(entry) || !/^[a-z0-9-]+$/i.test(code) || orgNumber === null) {
      set.warnings.push(`${source}: service owner "${code}" skipped, needs a code and an orgnr`);
      continue;
    }
    const names = field(entry, 'name');
    const name = Object.fromEntries(
      Object.entries(isRecord(names) ? names : {}).flatMap(([language, value]) =>
        typeof value === 'string' ? [[language.toLowerCase(), value]] : [],
      ),
    );
    const owner: ServiceOwnerRecord = { org: code.toLowerCase(), orgNumber, name };
    set.serviceOwners.set(owner.org, owner);
  }
  return set;
}
