// @ts-check
// One type-aware ESLint run over every workspace: `npm run lint` at the root.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/.data/', '**/.turbo/', '**/dist/', '**/coverage/', 'schema/supergraph.graphql', 'web/src/generated/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The root program: src, test and bench of every workspace.
        project: './tsconfig.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `return promise` inside try/catch skips the catch and finally when it rejects.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // The project's style: `import type { A }` when every name is a type, `import { b, type A }` when mixed.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        // `typeof import('graphql')` types the CommonJS copy that tests load through createRequire.
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Replaces tsc's noUnusedLocals/noUnusedParameters: every unused name, `_` prefix to keep one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'all', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // MikroORM's EntitySchema<any, any> is how a helper takes any entity made with defineEntity; the no-unsafe-* rules still catch any leaking into typed code.
      '@typescript-eslint/no-explicit-any': 'off',
      // Async methods here implement promise-returning hooks (subgraph modules, Apollo plugins, fetch stubs) with nothing to await; no-floating-promises catches a forgotten await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'subgraphs/*/test/**', 'test/src/**'],
    rules: {
      // Tests read GraphQL responses as untyped JSON and check them with expect, which fails loudly on a wrong shape.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
