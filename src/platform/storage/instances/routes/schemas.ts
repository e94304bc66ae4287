import { Type } from 'typebox';

export const InstanceGuid = Type.String({ format: 'uuid', description: 'Instance guid' });
export const PartyIdParam = Type.Integer({ minimum: 1, description: 'Instance owner party id' });
export const InstanceParams = Type.Object({ instanceOwnerPartyId: PartyIdParam, instanceGuid: InstanceGuid });

const DateTime = Type.String({ format: 'date-time' });
const TextMap = Type.Record(Type.String(), Type.String());

/** The instance as answered: open-ended, documented by its main members. */
export const InstanceSchema = Type.Object(
  {
    id: Type.String(),
    instanceOwner: Type.Object({ partyId: Type.String() }, { additionalProperties: true }),
    appId: Type.String(),
    org: Type.String(),
    status: Type.Object({}, { additionalProperties: true }),
    data: Type.Array(Type.Object({ id: Type.String() }, { additionalProperties: true })),
    created: Type.String(),
    lastChanged: Type.String(),
  },
  { additionalProperties: true },
);

export const InstanceTemplateSchema = Type.Object(
  {
    instanceOwner: Type.Optional(
      Type.Object(
        {
          partyId: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Integer()])),
          personNumber: Type.Optional(Type.String({ pattern: '^\\d{11}$' })),
          organisationNumber: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
        },
        { additionalProperties: true },
      ),
    ),
    visibleAfter: Type.Optional(DateTime),
    dueBefore: Type.Optional(DateTime),
    status: Type.Optional(
      Type.Object(
        {
          readStatus: Type.Optional(
            Type.Union([
              Type.Literal('Unread'),
              Type.Literal('Read'),
              Type.Literal('UpdatedSinceLastReview'),
            ]),
          ),
          substatus: Type.Optional(
            Type.Object({ label: Type.Optional(Type.String()), description: Type.Optional(Type.String()) }),
          ),
        },
        { additionalProperties: true },
      ),
    ),
    process: Type.Optional(Type.Object({}, { additionalProperties: true })),
    dataValues: Type.Optional(TextMap),
  },
  { additionalProperties: true },
);
