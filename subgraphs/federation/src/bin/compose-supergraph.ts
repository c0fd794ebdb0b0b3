/**
 * Composes the four subgraphs into schema/supergraph.graphql.
 *   npm run compose            write the file
 *   npm run compose -- --check exit 1 when the committed file is stale
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '@edhr/gateway';
import { composeSupergraph, CompositionError } from '../compose-supergraph';
import { subgraphModules } from '../subgraph-modules';

try {
  const sdl = await composeSupergraph(subgraphModules);
  if (process.argv.includes('--check')) {
    const committed = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
    if (committed !== sdl) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
  } else {
    writeFileSync(SUPERGRAPH_PATH, sdl);
    console.log(`wrote ${SUPERGRAPH_PATH.replace(process.cwd() + '/', '')}`);
  }
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
