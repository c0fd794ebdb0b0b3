export * from './test-database';
export * from './open-test-subgraph';
