/**
 * Validates a plugin without starting anything:
 *   npm run plugin:check -- <module.ts | manifest.json>
 * Prints the warnings registration would report, or every problem with its field path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginValidationError, validatePlugin } from '../index';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run plugin:check -- <module.ts | manifest.json>');
  process.exit(2);
}
const path = resolve(process.env.INIT_CWD || process.cwd(), file);
try {
  const input: unknown = path.endsWith('.json')
    ? JSON.parse(readFileSync(path, 'utf8'))
    : ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
  const { manifest, warnings } = validatePlugin(input);
  const objectives =
    manifest.strategy.objectives.length + manifest.themes.reduce((n, t) => n + t.objectives.length, 0);
  const kpis = manifest.strategy.kpis.length + manifest.themes.reduce((n, t) => n + t.kpis.length, 0);
  const actions = manifest.actions.length + manifest.themes.reduce((n, t) => n + t.actions.length, 0);
  console.log(
    `✔ ${manifest.id}@${manifest.version}: ${manifest.themes.length} themes, ${objectives} objectives, ${kpis} KPIs, ${actions} delivery actions`,
  );
  for (const w of warnings) console.log(`  warning  ${w.path}: ${w.message}`);
} catch (error) {
  if (error instanceof PluginValidationError) {
    console.error(`✘ ${error.message}`);
  } else {
    console.error(`✘ could not read ${file}: ${(error as Error).message}`);
  }
  process.exit(1);
}
