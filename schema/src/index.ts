export * from './protected-characteristics/index.js';
export { publicApiSchema, SUPERGRAPH_FILE } from './public-api-schema';
