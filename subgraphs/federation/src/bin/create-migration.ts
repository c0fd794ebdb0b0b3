/**
 * Writes the next migration of one subgraph, as a MikroORM `Migration` class, from the
 * difference between its entity definitions and its committed migrations:
 *   npm run migration:create -- <subgraph> <name>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSubgraphDatabase, startEmbeddedPostgres, subgraphMigrator } from '@edhr/kit';
import { subgraphModule } from '../subgraph-modules';

const [subgraph, name] = process.argv.slice(2);
if (!subgraph || !name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npm run migration:create -- <subgraph> <name-in-kebab-case>');
  process.exit(2);
}
const module = subgraphModule(subgraph);
const folder = resolve(import.meta.dirname, '../../..', subgraph, 'src/migrations');
// A scratch database migrated with the committed migrations; MikroORM diffs it against the entities.
const database = await startEmbeddedPostgres();
try {
  const orm = await openSubgraphDatabase({
    url: database.url,
    schema: module.databaseSchema,
    entities: module.entities,
    migrations: module.migrations,
  });
  let fileName: string;
  try {
    ({ fileName } = await subgraphMigrator(orm).create(folder, false, false, name));
  } finally {
    await orm.close();
  }
  if (!fileName) {
    console.log(`${subgraph}: entities and migrations agree; nothing to write.`);
  } else {
    const written = readFileSync(resolve(folder, fileName), 'utf8');
    const className = /export class (\w+) extends Migration/.exec(written)![1]!;
    const indexPath = resolve(folder, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/((?:^import .*\n)+)/m, `$1import { ${className} } from './${fileName.replace(/\.ts$/, '')}';\n`)
      .replace(/(export const migrations: SubgraphMigration\[\] = \[\n(?: {2}\w+,\n)*)\];/, `$1  ${className},\n];`);
    if (!index.includes(`  ${className},\n];`)) throw new Error(`could not add ${className} to ${indexPath}`);
    writeFileSync(indexPath, index);
    console.log(`${subgraph}: wrote src/migrations/${fileName}`);
  }
} finally {
  await database.stop();
}
