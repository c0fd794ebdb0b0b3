export { createGateway, type GatewayOptions } from './federation/create-gateway';
export { startGatewayServer, type RunningGateway } from './federation/serve-gateway';
export { SUPERGRAPH_PATH } from './federation/supergraph-file';
export { createAuthenticator } from './auth/authenticate';
export { loadAuthConfig, type AuthConfig } from './auth/auth-config';
export { devAuthSecret } from './auth/dev-auth-secret';
export { DEFAULT_LIMITS, loadLimitsConfig, type LimitsConfig } from './limits/limits-config';
export { DEFAULT_RESPONSE_CACHE, loadResponseCacheConfig, type ResponseCacheConfig } from './cache/response-cache-config';
export { loadTrustedDocuments, trustedDocumentsFrom, type TrustedDocuments } from './federation/trusted-documents';
