import { Type } from 'typebox';

export const TAGS = ['app-instances'];

export const AppParams = Type.Object({ org: Type.String(), app: Type.String() });

export const InstanceParams = Type.Object({
  org: Type.String(),
  app: Type.String(),
  instanceOwnerPartyId: Type.Integer({ minimum: 1 }),
  instanceGuid: Type.String({ format: 'uuid' }),
});

/** The instance as Storage's model has it; open, since the App API answers the whole document. */
export const AppInstanceSchema = Type.Object({}, { additionalProperties: true });
