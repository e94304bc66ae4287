import type { Static } from 'typebox';
import type { ApplicationSchema } from './application-schema.ts';
import type { WithoutNulls } from './json-document.ts';
import type { TextResourceInputSchema, TextResourceSchema } from './text-resource-schema.ts';

export type { WithoutNulls };

/** Application metadata as a client or an app folder sends it (nulls allowed, unknown fields kept). */
export type ApplicationInput = Static<typeof ApplicationSchema> & Record<string, unknown>;

/** Application metadata as stored and served: id, org and the audit fields always set. */
export type Application = WithoutNulls<Static<typeof ApplicationSchema>> &
  Record<string, unknown> & {
    id: string;
    org: string;
    created: string;
    lastChanged: string;
  };

export type TextResourceInput = Static<typeof TextResourceInputSchema>;

export type TextResource = WithoutNulls<Static<typeof TextResourceSchema>>;
