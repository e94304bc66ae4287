export { DatabaseIdentityDirectory } from './database-identity-directory.ts';
export {
  buildDirectoryServices,
  type DirectoryServices,
  registerDirectoryRoutes,
} from './directory-services.ts';
