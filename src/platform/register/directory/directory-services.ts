import type { Kysely } from 'kysely';
import type { HttpApp } from '../../../core/http/index.ts';
import type { IdentityDirectory, RequestAuthentication } from '../../authentication/index.ts';
import {
  createRolesService,
  type RolesService,
  registerRolesRoutes,
} from '../../authorization/roles/index.ts';
import { createProfileService, type ProfileService, registerProfileRoutes } from '../../profile/index.ts';
import { createRegisterService, type RegisterService, registerRegisterRoutes } from '../index.ts';
import { DatabaseIdentityDirectory } from './database-identity-directory.ts';

/** Register, profile, roles and the identity directory over them, all on one database. */
export interface DirectoryServices {
  readonly register: RegisterService;
  readonly profile: ProfileService;
  readonly roles: RolesService;
  readonly directory: IdentityDirectory;
}

export function buildDirectoryServices(db: Kysely<unknown>): DirectoryServices {
  const roles = createRolesService(db);
  const register = createRegisterService(db, roles);
  const profile = createProfileService(db, register);
  return { register, profile, roles, directory: new DatabaseIdentityDirectory(register, profile, roles) };
}

/** Mounts the register, profile and authorization roles/parties routes. */
export function registerDirectoryRoutes(
  app: HttpApp,
  auth: RequestAuthentication,
  services: DirectoryServices,
): void {
  registerRegisterRoutes(app, { auth, register: services.register });
  registerProfileRoutes(app, { auth, profile: services.profile });
  registerRolesRoutes(app, { auth, roles: services.roles });
}
