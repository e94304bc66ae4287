import { Type } from 'typebox';

/** `{ttlSeconds}`; absent means 0, as .NET binds it. Negative values are refused by the service (400). */
export const InstanceLockRequestSchema = Type.Optional(
  Type.Union([
    Type.Object(
      { ttlSeconds: Type.Optional(Type.Integer({ minimum: -2147483648, maximum: 2147483647 })) },
      { additionalProperties: true },
    ),
    Type.Null(),
  ]),
);
