import type { CustomClaim } from '../authentication/index.ts';

/** Altinn's UserType, numeric. */
export const UserType = {
  None: 0,
  SsnIdentified: 1,
  SelfIdentified: 2,
  EnterpriseIdentified: 3,
  AgencyUser: 4,
} as const;

/** A user as stored. */
export interface UserRecord {
  readonly userId: number;
  readonly userUuid: string;
  readonly userName: string | null;
  readonly partyId: number;
  readonly userType: number;
  readonly email: string | null;
  readonly phoneNumber: string | null;
  /** Reserved against digital contact (KRR). */
  readonly isReserved: boolean;
  readonly language: string;
  readonly preSelectedPartyId: number | null;
  readonly doNotPromptForParty: boolean;
  /** Extra token claims from the test data. */
  readonly customClaims: readonly CustomClaim[];
}
