export { startWebServer, type RunningWebServer, type WebServerOptions } from './server/serve-web';
export type { SignInMode } from './auth/session';
export { webTrustedDocuments } from './graphql/trusted-documents';
