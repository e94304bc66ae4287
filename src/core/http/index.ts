export { createHttpApp, type HttpApp, type HttpAppOptions } from './create-http-app.ts';
export { registerHealthRoute } from './health-route.ts';
export { PROBLEM_CONTENT_TYPE, problemBody, registerProblemHandlers, sendProblem } from './problem.ts';
export { publicBaseUrl } from './public-url.ts';
