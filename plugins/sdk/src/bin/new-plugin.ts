/**
 * Scaffolds a theme plugin package under plugins/<id>/:
 *   npm run plugin:new -- <id>      (id: lower-case letters, digits, hyphens)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const id = process.argv[2];
if (!id || !/^[a-z][a-z0-9-]{2,63}$/.test(id)) {
  console.error('usage: npm run plugin:new -- <id>   (3-64 lower-case letters, digits and hyphens, starting with a letter)');
  process.exit(2);
}
const folder = resolve(import.meta.dirname, '../../..', id);
if (existsSync(folder)) {
  console.error(`plugins/${id} already exists; choose another id.`);
  process.exit(1);
}
const files: Record<string, string> = {
  'package.json': `${JSON.stringify(
    {
      name: `@edhr/plugin-${id}`,
      version: '1.0.0',
      private: true,
      type: 'module',
      // The compiled build for production's plain node (`npm run build`); the TypeScript everywhere else.
      exports: { '.': { compiled: './dist/index.js', default: './src/index.ts' } },
      scripts: { typecheck: 'tsc -p tsconfig.json' },
      dependencies: { '@edhr/plugin-sdk': '*' },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `${JSON.stringify({ extends: '../../tsconfig.json', include: ['src'] }, null, 2)}\n`,
  'src/index.ts': `import { definePlugin } from '@edhr/plugin-sdk';

export default definePlugin({
  id: '${id}',
  version: '1.0.0',
  name: 'A new theme',
  source: { title: 'The document this theme comes from', publisher: 'Who published it' },
  organisation: { key: 'example-police', name: 'Example Police', kind: 'police-force' },
  strategy: { key: '${id}', title: 'Example strategy' },
  themes: [
    {
      key: 'example-theme',
      name: 'Example theme',
      domain: 'service-delivery',
      aims: ['What the theme sets out to achieve.'],
      objectives: [{ key: 'objective-1', code: '1', kind: 'key-action', statement: 'What will be done.', owners: ['Head of Example'] }],
      kpis: [
        {
          key: 'kpi-1',
          name: 'Share of something that should rise',
          unit: 'percent',
          direction: 'up',
          objective: 'objective-1',
          target: { value: 75 },
          frequency: 'quarterly',
        },
      ],
    },
  ],
});
`,
  [`src/${id}.test.ts`]: `import { describe, expect, it } from 'vitest';
import { validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('${id}', () => {
  it('is a valid plugin', () => {
    const { manifest, warnings } = validatePlugin(plugin);
    expect(manifest.themes).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
});
`,
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(resolve(folder, path, '..'), { recursive: true });
  writeFileSync(resolve(folder, path), content);
}
console.log(`Created plugins/${id}. Next:
  npm install                                   # link the new workspace
  npm run plugin:check -- plugins/${id}/src/index.ts
  EDHR_PLUGINS=...,@edhr/plugin-${id} npm start   # or send it to registerPlugin while running`);
