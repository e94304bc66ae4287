import type { Kysely } from 'kysely';
import type { AppRef } from './app-id.ts';
import type { TextResource } from './application-model.ts';
import type { ChangeStamp } from './application-repository.ts';
import type { ApplicationTables } from './application-tables.ts';

export interface TextResourceKey extends AppRef {
  readonly language: string;
}

type Resources = TextResource['resources'];

const textResourceOf = (key: TextResourceKey, resources: Resources): TextResource => ({
  id: `${key.org}-${key.app}-${key.language}`,
  org: key.org,
  language: key.language,
  resources,
});

/** Text resource rows, one per app and language; `db` may be a transaction. */
export class TextResourceRepository {
  constructor(private readonly db: Kysely<ApplicationTables>) {}

  async find(key: TextResourceKey): Promise<TextResource | undefined> {
    const row = await this.db
      .selectFrom('storage_text_resource')
      .select('resources')
      .where('org', '=', key.org)
      .where('app', '=', key.app)
      .where('language', '=', key.language)
      .executeTakeFirst();
    return row && textResourceOf(key, row.resources as Resources);
  }

  /** Inserts or replaces; the app row must exist (the foreign key refuses otherwise). */
  async upsert(key: TextResourceKey, resources: Resources, stamp: ChangeStamp): Promise<TextResource> {
    await this.db
      .insertInto('storage_text_resource')
      .values({
        org: key.org,
        app: key.app,
        language: key.language,
        resources: JSON.stringify(resources),
        created: stamp.at,
        created_by: stamp.by,
        last_changed: stamp.at,
        last_changed_by: stamp.by,
      })
      .onConflict((conflict) =>
        conflict.columns(['org', 'app', 'language']).doUpdateSet((eb) => ({
          resources: eb.ref('excluded.resources'),
          last_changed: eb.ref('excluded.last_changed'),
          last_changed_by: eb.ref('excluded.last_changed_by'),
        })),
      )
      .execute();
    return textResourceOf(key, resources);
  }

  /** Replaces an existing text resource; undefined when there is none. */
  async replace(
    key: TextResourceKey,
    resources: Resources,
    stamp: ChangeStamp,
  ): Promise<TextResource | undefined> {
    const result = await this.db
      .updateTable('storage_text_resource')
      .set({ resources: JSON.stringify(resources), last_changed: stamp.at, last_changed_by: stamp.by })
      .where('org', '=', key.org)
      .where('app', '=', key.app)
      .where('language', '=', key.language)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n ? textResourceOf(key, resources) : undefined;
  }

  async delete(key: TextResourceKey): Promise<boolean> {
    const result = await this.db
      .deleteFrom('storage_text_resource')
      .where('org', '=', key.org)
      .where('app', '=', key.app)
      .where('language', '=', key.language)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
