import { resolve } from 'node:path';

/** The committed supergraph, composed by `npm run compose` and checked by a test. */
export const SUPERGRAPH_PATH = resolve(import.meta.dirname, '../../../schema/supergraph.graphql');
