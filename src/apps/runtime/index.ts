export { AppRegistry } from './app-registry.ts';
export { type InstallAppsDeps, type InstallReport, installApps } from './install-apps.ts';
