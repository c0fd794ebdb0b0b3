export { subgraphModules, subgraphModule } from './subgraph-modules';
export { startLocalFederation, type LocalFederation, type LocalFederationOptions } from './local-federation';
export { migrateEverySubgraph } from './migrate-subgraphs';
export { composeSupergraph, CompositionError } from './compose-supergraph';
export { freePort } from './free-port';
