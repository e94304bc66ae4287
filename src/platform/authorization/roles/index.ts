export { createRolesService, rolesDatabase } from './create-roles-service.ts';
export { buildReporteeList } from './reportee-list.ts';
export {
  type PartyAccessGrant,
  parseRoleSource,
  ROLE_SOURCES,
  type Role,
  type RoleGrant,
  type RoleSource,
} from './role.ts';
export { RoleRepository } from './role-repository.ts';
export { ROLES_MIGRATIONS } from './roles-migrations.ts';
export { RolesService } from './roles-service.ts';
export type { RolesTables } from './roles-tables.ts';
export { type RolesRouteDeps, registerRolesRoutes } from './routes/index.ts';
