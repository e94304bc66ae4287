import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { HttpApp } from './create-http-app.ts';

export function registerHealthRoute(app: HttpApp, db: Kysely<unknown>): void {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['core'],
        response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok') }) },
      },
    },
    async () => {
      await sql`select 1`.execute(db);
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
}
