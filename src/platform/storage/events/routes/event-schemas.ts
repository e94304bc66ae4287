import { Type } from 'typebox';

const Text = (maxLength: number) => Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]));

export const PlatformUserSchema = Type.Object(
  {
    userId: Type.Optional(Type.Integer()),
    orgId: Type.Optional(Type.String({ maxLength: 50 })),
    authenticationLevel: Type.Optional(Type.Integer()),
    endUserSystemId: Type.Optional(Type.Integer()),
    nationalIdentityNumber: Type.Optional(Type.String({ maxLength: 20 })),
    systemUserId: Type.Optional(Type.String({ maxLength: 50 })),
    systemUserOwnerOrgNo: Type.Optional(Type.String({ maxLength: 20 })),
    systemUserName: Type.Optional(Type.String({ maxLength: 255 })),
  },
  { additionalProperties: true },
);

/** An instance event as clients send it; what Storage requires is checked after authorization. */
export const InstanceEventInputSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ format: 'uuid' })),
    instanceId: Text(100),
    dataId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    created: Text(40),
    eventType: Text(100),
    instanceOwnerPartyId: Text(20),
    user: Type.Optional(Type.Union([PlatformUserSchema, Type.Null()])),
    relatedUser: Type.Optional(Type.Union([PlatformUserSchema, Type.Null()])),
    processInfo: Type.Optional(Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()])),
    additionalInfo: Text(4000),
  },
  { additionalProperties: true },
);

export const InstanceEventSchema = Type.Object(
  {
    id: Type.String(),
    instanceId: Type.String(),
    created: Type.String(),
    eventType: Type.String(),
  },
  { additionalProperties: true },
);
