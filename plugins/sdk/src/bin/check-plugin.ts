/**
 * Validates a plugin without starting anything:
 *   npm run plugin:check -- <module.ts | manifest.json> [--with <dependency module or manifest>]...
 * Prints the warnings registration would report and the content hash, or every problem with its
 * field path: schema (unknown keys included), references, KPI queries against the composed
 * public API schema, and references into the plugins it depends on. A dependency not given
 * with --with is looked up as the package `@edhr/plugin-<id>`; one found neither way is a problem.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginValidationError, pluginContentHash, referenceViewSchema, validatePlugin, type PluginManifest, type PluginProblem } from '../index';

const args = process.argv.slice(2);
const file = args[0];
if (!file || file.startsWith('--')) {
  console.error('usage: npm run plugin:check -- <module.ts | manifest.json> [--with <dependency file>]...');
  process.exit(2);
}
const given: string[] = [];
for (let i = 1; i < args.length; i += 2) {
  if (args[i] !== '--with' || !args[i + 1]) {
    console.error(`unexpected argument "${args[i]}": only --with <dependency file> may follow the plugin`);
    process.exit(2);
  }
  given.push(args[i + 1]!);
}
const cwd = process.env.INIT_CWD || process.cwd();

async function load(path: string): Promise<unknown> {
  const full = resolve(cwd, path);
  return full.endsWith('.json')
    ? (JSON.parse(readFileSync(full, 'utf8')) as unknown)
    : ((await import(pathToFileURL(full).href)) as { default: unknown }).default;
}

/** The dependencies' manifests, each validated on its own; what cannot be found or is invalid is a problem of the plugin. */
async function dependencies(input: unknown, problems: PluginProblem[]): Promise<PluginManifest[]> {
  const found: PluginManifest[] = [];
  for (const path of given) found.push(validatePlugin(await load(path)).manifest);
  const view = referenceViewSchema.parse(input);
  for (const [i, declared] of view.dependsOn.entries()) {
    if (!declared.id || found.some((d) => d.id === declared.id)) continue;
    let exported: unknown;
    try {
      exported = ((await import(`@edhr/plugin-${declared.id}`)) as { default: unknown }).default;
    } catch {
      problems.push({
        path: `dependsOn[${i}]`,
        message: `plugin "${declared.id}" was not found (no package @edhr/plugin-${declared.id}); give it with --with <file> so references into it can be checked`,
      });
      continue;
    }
    found.push(validatePlugin(exported).manifest);
  }
  return found;
}

try {
  const input = await load(file);
  const missing: PluginProblem[] = [];
  const found = await dependencies(input, missing);
  let result;
  try {
    result = validatePlugin(input, { dependencies: found });
  } catch (error) {
    if (error instanceof PluginValidationError && missing.length > 0) {
      throw new PluginValidationError(error.pluginId, [...error.problems, ...missing]);
    }
    throw error;
  }
  const { manifest, warnings } = result;
  if (missing.length > 0) throw new PluginValidationError(manifest.id, missing);
  const objectives =
    manifest.strategy.objectives.length + manifest.themes.reduce((n, t) => n + t.objectives.length, 0);
  const kpis = manifest.strategy.kpis.length + manifest.themes.reduce((n, t) => n + t.kpis.length, 0);
  const actions = manifest.actions.length + manifest.themes.reduce((n, t) => n + t.actions.length, 0);
  console.log(
    `✔ ${manifest.id}@${manifest.version}: ${manifest.themes.length} themes, ${objectives} objectives, ${kpis} KPIs, ${actions} delivery actions`,
  );
  console.log(`  content  ${pluginContentHash(manifest)}`);
  if (found.length > 0) console.log(`  checked against  ${found.map((d) => `${d.id}@${d.version}`).join(', ')}`);
  for (const w of warnings) console.log(`  warning  ${w.path}: ${w.message}`);
} catch (error) {
  if (error instanceof PluginValidationError) {
    console.error(`✘ ${error.message}`);
  } else {
    console.error(`✘ could not read ${file}: ${(error as Error).message}`);
  }
  process.exit(1);
}
