import { type TSchema, Type } from 'typebox';

const Guid = Type.String({ format: 'uuid' });

export const InstanceRouteParams = Type.Object({
  instanceOwnerPartyId: Type.Integer({ minimum: 1, description: 'Instance owner party id' }),
  instanceGuid: Type.String({ format: 'uuid', description: 'Instance guid' }),
});

export const DataRouteParams = Type.Object({
  instanceOwnerPartyId: Type.Integer({ minimum: 1, description: 'Instance owner party id' }),
  instanceGuid: Type.String({ format: 'uuid', description: 'Instance guid' }),
  dataGuid: Type.String({ format: 'uuid', description: 'Data element guid' }),
});

export const UploadQuery = Type.Object({
  refs: Type.Optional(Type.Array(Guid, { description: 'Ids of data elements this one refers to' })),
  generatedFromTask: Type.Optional(Type.String({ description: 'The task this element was generated from' })),
});

export const CreateQuery = Type.Object({
  dataType: Type.Optional(Type.String({ description: 'A data type of the app (required)' })),
  refs: UploadQuery.properties.refs,
  generatedFromTask: UploadQuery.properties.generatedFromTask,
});

const KeyValue = Type.Object({ key: Type.String(), value: Type.String() });
const Reference = Type.Object(
  { value: Type.String(), relation: Type.String(), valueType: Type.String() },
  { additionalProperties: true },
);
const Nullable = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

/** A data element as answered: open-ended, documented by its main members. */
export const DataElementSchema = Type.Object(
  {
    id: Type.String(),
    instanceGuid: Type.String(),
    dataType: Type.String(),
    filename: Type.Optional(Type.String()),
    contentType: Type.Optional(Type.String()),
    blobStoragePath: Type.Optional(Type.String()),
    size: Type.Optional(Type.Number()),
    contentHash: Type.Optional(Type.String({ description: 'Lower-case hex SHA-256 of the content' })),
    locked: Type.Optional(Type.Boolean()),
    isRead: Type.Optional(Type.Boolean()),
    created: Type.Optional(Type.String()),
    lastChanged: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);

/** The body of `PUT dataelements/{d}`: a whole DataElement, of which only some members are applied. */
export const DataElementUpdateSchema = Type.Object(
  {
    id: Type.String(),
    instanceGuid: Type.String(),
    locked: Nullable(Type.Boolean()),
    refs: Nullable(Type.Array(Guid)),
    references: Nullable(Type.Array(Reference)),
    tags: Nullable(Type.Array(Type.String())),
    userDefinedMetadata: Nullable(Type.Array(KeyValue)),
    metadata: Nullable(Type.Array(KeyValue)),
    deleteStatus: Nullable(
      Type.Object(
        {
          isHardDeleted: Type.Optional(Type.Boolean()),
          hardDeleted: Nullable(Type.String({ format: 'date-time' })),
        },
        { additionalProperties: true },
      ),
    ),
    lastChanged: Nullable(Type.String({ format: 'date-time' })),
    lastChangedBy: Nullable(Type.String()),
  },
  { additionalProperties: true },
);

export const FileScanStatusSchema = Type.Object({
  contentHash: Nullable(Type.String()),
  fileScanResult: Type.Union([
    Type.Literal('NotApplicable'),
    Type.Literal('Pending'),
    Type.Literal('Clean'),
    Type.Literal('Infected'),
  ]),
});
