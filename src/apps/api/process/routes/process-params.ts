import { Type } from 'typebox';

export const TAGS = ['app-process'];

export const InstanceParams = Type.Object({
  org: Type.String(),
  app: Type.String(),
  instanceOwnerPartyId: Type.Integer({ minimum: 1 }),
  instanceGuid: Type.String({ format: 'uuid' }),
});

export const AppProcessStateSchema = Type.Object({}, { additionalProperties: true });
