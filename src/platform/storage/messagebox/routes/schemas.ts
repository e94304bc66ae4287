import { type TSchema, Type } from 'typebox';
import { MESSAGE_BOX_SEARCH_SIZE } from '../message-box-search.ts';
import { QUERY_DATE_PATTERN } from '../query-date.ts';

/** Most parties one search may list. */
export const MAX_PARTIES = 5000;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Maybe = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema));

export const InstanceGuid = Type.String({ format: 'uuid', description: 'Instance guid' });
export const MessageBoxParams = Type.Object({
  instanceOwnerPartyId: Type.Integer({
    minimum: 1,
    description: 'Instance owner party id (not compared with the owner, as in Altinn)',
  }),
  instanceGuid: InstanceGuid,
});

const QueryDate = Type.String({
  pattern: QUERY_DATE_PATTERN,
  description: 'ISO 8601 date or date and time; without a zone it is UTC',
});

export const MessageBoxQuerySchema = Type.Object(
  {
    instanceOwnerPartyIdList: Type.Array(Type.Integer({ minimum: 1 }), {
      minItems: 1,
      maxItems: MAX_PARTIES,
      description: `The parties to search, 1 to ${MAX_PARTIES}; those the caller may not act for are left out`,
    }),
    appId: Maybe(Type.String({ maxLength: 200, description: 'Only this app (`org/app`)' })),
    includeActive: Maybe(Type.Boolean()),
    includeArchived: Maybe(Type.Boolean()),
    includeDeleted: Maybe(Type.Boolean()),
    fromLastChanged: Maybe(QueryDate),
    toLastChanged: Maybe(QueryDate),
    fromCreated: Maybe(QueryDate),
    toCreated: Maybe(QueryDate),
    searchString: Maybe(
      Type.String({ maxLength: 200, description: 'Text in the app title or a presentation text' }),
    ),
    archiveReference: Maybe(
      Type.String({ maxLength: 36, description: 'The end of the instance guid (archived or deleted only)' }),
    ),
    language: Maybe(Type.String({ maxLength: 20, description: '`nb` (default), `nn` or `en`' })),
    filterMigrated: Maybe(Type.Boolean({ description: 'Accepted; Tinn holds only Altinn 3 instances' })),
  },
  { additionalProperties: true },
);

const NullableString = Nullable(Type.String());

export const MessageBoxInstanceSchema = Type.Object({
  id: Type.String({ description: 'The instance guid' }),
  instanceOwnerId: Type.String(),
  org: Type.String(),
  appName: Type.String(),
  title: NullableString,
  processCurrentTask: Type.String({
    description: 'FormFilling, Confirmation, Feedback, Signing, Submit, Archived or default',
  }),
  createdDateTime: Type.String(),
  lastChangedBy: NullableString,
  dueDateTime: NullableString,
  deleteStatus: Type.Integer({ description: '0 default, 1 soft deleted' }),
  readStatus: Type.String(),
  substatus: Nullable(Type.Object({ label: NullableString, description: NullableString })),
  allowDelete: Type.Boolean(),
  allowNewCopy: Type.Boolean(),
  authorizedForWrite: Type.Boolean(),
  authorizedForSign: Type.Boolean(),
  archivedDateTime: NullableString,
  deletedDateTime: NullableString,
  presentationText: NullableString,
  dataValues: Nullable(Type.Record(Type.String(), Type.String())),
});

const PlatformUserSchema = Type.Object({}, { additionalProperties: true });

export const SblInstanceEventSchema = Type.Object({
  id: NullableString,
  createdDateTime: NullableString,
  eventType: Type.String(),
  user: Nullable(PlatformUserSchema),
  relatedUser: Nullable(PlatformUserSchema),
  additionalInfo: NullableString,
});

export const SEARCH_LIMITS =
  `At most ${MAX_PARTIES} parties per search and ${MESSAGE_BOX_SEARCH_SIZE} instances read per search ` +
  '(newest change first, no paging); `searchString` and `appId` at most 200 characters.';
