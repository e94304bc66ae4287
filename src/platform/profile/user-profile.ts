import type { Party } from '../register/index.ts';
import type { UserRecord } from './user-record.ts';

/** Profile v1 UserProfile, as apps and platform services exchange it. */
export interface UserProfile {
  readonly userId: number;
  readonly userUuid: string;
  readonly userName: string | null;
  readonly externalIdentity: string | null;
  readonly isReserved: boolean;
  readonly phoneNumber: string | null;
  readonly email: string | null;
  readonly partyId: number;
  readonly party: Party | null;
  readonly userType: number;
  readonly profileSettingPreference: {
    readonly language: string;
    readonly preSelectedPartyId: number;
    readonly doNotPromptForParty: boolean;
  };
}

export function userProfileView(user: UserRecord, party: Party | null): UserProfile {
  return {
    userId: user.userId,
    userUuid: user.userUuid,
    userName: user.userName,
    externalIdentity: null,
    isReserved: user.isReserved,
    phoneNumber: user.phoneNumber,
    email: user.email,
    partyId: user.partyId,
    party,
    userType: user.userType,
    profileSettingPreference: {
      language: user.language,
      preSelectedPartyId: user.preSelectedPartyId ?? 0,
      doNotPromptForParty: user.doNotPromptForParty,
    },
  };
}

export interface UserContactPoints {
  readonly userId: number;
  readonly nationalIdentityNumber: string;
  readonly isReserved: boolean;
  readonly mobileNumber: string | null;
  readonly mobileNumberIsOutdated: boolean;
  readonly email: string | null;
  readonly emailIsOutdated: boolean;
}

export interface UnitContactPoints {
  readonly organizationNumber: string;
  readonly partyId: number;
  readonly userContactPoints: {
    readonly userId: number;
    readonly nationalIdentityNumber: string;
    readonly isReserved: boolean;
    readonly mobileNumber: string | null;
    readonly email: string | null;
  }[];
}
