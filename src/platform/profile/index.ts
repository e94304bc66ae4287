export { createProfileService, profileDatabase } from './create-profile-service.ts';
export { PROFILE_MIGRATIONS } from './profile-migrations.ts';
export { ProfileService, type UserEntry, type UserKey } from './profile-service.ts';
export type { ProfileTables } from './profile-tables.ts';
export { type ProfileRouteDeps, registerProfileRoutes, UserProfileSchema } from './routes/index.ts';
export type { UnitContactPoints, UserContactPoints, UserProfile } from './user-profile.ts';
export { userProfileView } from './user-profile.ts';
export { type UserRecord, UserType } from './user-record.ts';
export { UserRepository } from './user-repository.ts';
