/**
 * Writes the next migration of one subgraph from the difference between its entity
 * definitions and its committed migrations:
 *   npm run migration:create -- <subgraph> <name>
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSubgraphDatabase, startEmbeddedPostgres } from '@edhr/kit';
import { subgraphModule } from '../federation/subgraph-modules';

const [subgraph, name] = process.argv.slice(2);
if (!subgraph || !name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npm run migration:create -- <subgraph> <name-in-kebab-case>');
  process.exit(2);
}
const module = subgraphModule(subgraph);
const database = await startEmbeddedPostgres();
try {
  const orm = await openSubgraphDatabase({
    url: database.url,
    schema: module.databaseSchema,
    entities: module.entities,
    migrations: module.migrations,
  });
  const diff = await orm.schema.getUpdateSchemaMigrationSQL({ wrap: false, safe: false });
  await orm.close();
  const up = diff.up
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('"schema_migrations"'))
    .join('\n');
  if (!up.trim()) {
    console.log(`${subgraph}: entities and migrations agree; nothing to write.`);
  } else {
    const packageDir = resolve(import.meta.dirname, '../../../subgraphs', subgraph);
    const number = String(module.migrations.length + 1).padStart(4, '0');
    const migrationName = `${number}-${name}`;
    const folder = resolve(packageDir, 'src/migrations');
    const identifier = `m${number}`;
    writeFileSync(
      resolve(folder, `${migrationName}.ts`),
      `import type { Migration } from '@edhr/kit';\n\nexport const ${identifier}: Migration = {\n  name: '${migrationName}',\n  up: \`\n${up.replaceAll('`', '\\`')}\n\`,\n};\n`,
    );
    const indexPath = resolve(folder, 'index.ts');
    let index = readFileSync(indexPath, 'utf8');
    index = index.replace(
      "import type { Migration } from '@edhr/kit';\n",
      `import type { Migration } from '@edhr/kit';\nimport { ${identifier} } from './${migrationName}';\n`,
    );
    index = index.replace(/export const migrations: Migration\[\] = \[(.*?)\];/s, (_m, list: string) => {
      const items = list.split(',').map((s) => s.trim()).filter(Boolean);
      return `export const migrations: Migration[] = [${[...items, identifier].join(', ')}];`;
    });
    writeFileSync(indexPath, index);
    console.log(`${subgraph}: wrote src/migrations/${migrationName}.ts`);
  }
} finally {
  await database.stop();
}
