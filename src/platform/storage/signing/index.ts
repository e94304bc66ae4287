export { type SignDocument, type Signee, type SignRequest, sameSignee } from './sign-document.ts';
export { registerSignRoute, type SignRouteDeps } from './sign-route.ts';
export { SigningService, type SigningServiceDeps } from './signing-service.ts';
