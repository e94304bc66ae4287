import type { AppRef } from './app-id.ts';
import { appIdOf } from './app-id.ts';
import type { Application, ApplicationInput } from './application-model.ts';
import type { StoredDocument } from './application-tables.ts';
import { stripNulls } from './json-document.ts';
import { toUtcText } from './utc-date.ts';

/** Kept in columns, so an upsert can leave the created ones alone; never in the stored document. */
const AUDIT_FIELDS = ['created', 'createdBy', 'lastChanged', 'lastChangedBy'] as const;

export interface AuditColumns {
  readonly created: Date;
  readonly created_by: string | null;
  readonly last_changed: Date;
  readonly last_changed_by: string | null;
}

/**
 * The document to store for `ref`: nulls dropped, `id` and `org` forced from the ref, dates as UTC,
 * `dataTypes` at least empty, and `validFrom` set to `now` when the caller asks for that default.
 */
export function storedDocumentOf(
  input: ApplicationInput,
  ref: AppRef,
  options: { readonly now: Date; readonly defaultValidFrom: boolean },
): StoredDocument {
  const document: StoredDocument = stripNulls({ ...input });
  for (const field of AUDIT_FIELDS) delete document[field];
  document.id = appIdOf(ref);
  document.org = ref.org;
  document.dataTypes ??= [];
  if (typeof document.validFrom === 'string') document.validFrom = toUtcText(document.validFrom, 'validFrom');
  else if (options.defaultValidFrom) document.validFrom = options.now.toISOString();
  if (typeof document.validTo === 'string') document.validTo = toUtcText(document.validTo, 'validTo');
  return document;
}

const isoOf = (value: Date | string): string => new Date(value).toISOString();

/** The wire document: the stored one with the audit columns put back. */
export function applicationOf(document: StoredDocument, audit: AuditColumns): Application {
  return {
    ...document,
    created: isoOf(audit.created),
    ...(audit.created_by === null ? {} : { createdBy: audit.created_by }),
    lastChanged: isoOf(audit.last_changed),
    ...(audit.last_changed_by === null ? {} : { lastChangedBy: audit.last_changed_by }),
  } as Application;
}
