export * from './test-database';
export * from './open-test-subgraph';
export * from './open-migration-test';
