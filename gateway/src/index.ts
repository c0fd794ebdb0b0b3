export { createGateway, type GatewayOptions } from './federation/create-gateway';
export { startGatewayServer, type RunningGateway } from './federation/serve-gateway';
export { composeSupergraph, CompositionError } from './federation/compose-supergraph';
export { startLocalFederation, type LocalFederation, type LocalFederationOptions } from './federation/local-federation';
