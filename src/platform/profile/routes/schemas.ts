import { Type } from 'typebox';
import { Nullable, PartySchema } from '../../register/index.ts';

export const UserProfileSchema = Type.Object({
  userId: Type.Integer(),
  userUuid: Type.String(),
  userName: Nullable(Type.String()),
  externalIdentity: Nullable(Type.String()),
  isReserved: Type.Boolean(),
  phoneNumber: Nullable(Type.String()),
  email: Nullable(Type.String()),
  partyId: Type.Integer(),
  party: Nullable(PartySchema),
  userType: Type.Integer({
    description: '0 None, 1 SSNIdentified, 2 SelfIdentified, 3 EnterpriseIdentified, 4 AgencyUser',
  }),
  profileSettingPreference: Type.Object({
    language: Type.String(),
    preSelectedPartyId: Type.Integer(),
    doNotPromptForParty: Type.Boolean(),
  }),
});
