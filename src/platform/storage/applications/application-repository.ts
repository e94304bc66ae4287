import { type Kysely, sql } from 'kysely';
import type { AppRef } from './app-id.ts';
import { applicationOf } from './application-document.ts';
import type { Application } from './application-model.ts';
import type { ApplicationTables, StoredDocument } from './application-tables.ts';

export interface ChangeStamp {
  readonly by: string;
  readonly at: Date;
}

const COLUMNS = ['application', 'created', 'created_by', 'last_changed', 'last_changed_by'] as const;

type SelectedRow = {
  application: StoredDocument;
  created: Date;
  created_by: string | null;
  last_changed: Date;
  last_changed_by: string | null;
};

const toApplication = (row: SelectedRow): Application => applicationOf(row.application, row);

/** Application metadata rows; `db` may be a transaction. */
export class ApplicationRepository {
  constructor(private readonly db: Kysely<ApplicationTables>) {}

  async list(org?: string): Promise<Application[]> {
    let query = this.db.selectFrom('storage_application').select(COLUMNS).orderBy('org').orderBy('app');
    if (org !== undefined) query = query.where('org', '=', org);
    return (await query.execute()).map(toApplication);
  }

  async find(ref: AppRef): Promise<Application | undefined> {
    const row = await this.db
      .selectFrom('storage_application')
      .select(COLUMNS)
      .where('org', '=', ref.org)
      .where('app', '=', ref.app)
      .executeTakeFirst();
    return row && toApplication(row);
  }

  /** Inserts or replaces the document; a replaced row keeps its created fields. */
  async upsert(ref: AppRef, document: StoredDocument, stamp: ChangeStamp): Promise<Application> {
    const row = await this.db
      .insertInto('storage_application')
      .values({
        org: ref.org,
        app: ref.app,
        application: JSON.stringify(document),
        created: stamp.at,
        created_by: stamp.by,
        last_changed: stamp.at,
        last_changed_by: stamp.by,
      })
      .onConflict((conflict) =>
        conflict.columns(['org', 'app']).doUpdateSet((eb) => ({
          application: eb.ref('excluded.application'),
          last_changed: eb.ref('excluded.last_changed'),
          last_changed_by: eb.ref('excluded.last_changed_by'),
        })),
      )
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return toApplication(row);
  }

  /** Replaces the document of an existing app, keeping its storageAccountNumber; undefined when missing. */
  async replace(ref: AppRef, document: StoredDocument, stamp: ChangeStamp): Promise<Application | undefined> {
    const { storageAccountNumber: _ignored, ...rest } = document;
    const row = await this.db
      .updateTable('storage_application')
      .set({
        application: sql<string>`${JSON.stringify(rest)}::jsonb || jsonb_strip_nulls(jsonb_build_object('storageAccountNumber', application -> 'storageAccountNumber'))`,
        last_changed: stamp.at,
        last_changed_by: stamp.by,
      })
      .where('org', '=', ref.org)
      .where('app', '=', ref.app)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row && toApplication(row);
  }

  /** Sets `validTo` to the stamp's time; undefined when missing. */
  async softDelete(ref: AppRef, stamp: ChangeStamp): Promise<Application | undefined> {
    const row = await this.db
      .updateTable('storage_application')
      .set({
        application: sql<string>`application || jsonb_build_object('validTo', ${stamp.at.toISOString()}::text)`,
        last_changed: stamp.at,
        last_changed_by: stamp.by,
      })
      .where('org', '=', ref.org)
      .where('app', '=', ref.app)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row && toApplication(row);
  }

  /** Deletes the row (its texts go with it); returns what was deleted. */
  async delete(ref: AppRef): Promise<Application | undefined> {
    const row = await this.db
      .deleteFrom('storage_application')
      .where('org', '=', ref.org)
      .where('app', '=', ref.app)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row && toApplication(row);
  }
}
