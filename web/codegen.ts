import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The pages' operations, typed from the composed supergraph: a schema change that breaks a page
 * breaks the type check. `npm run codegen -w @edhr/web` rewrites src/generated/; a unit test
 * fails when the checked-in files are stale.
 */
const config: CodegenConfig = {
  schema: here('../schema/supergraph.graphql'),
  documents: [here('src/graphql/operations/*.ts')],
  ignoreNoDocuments: false,
  generates: {
    [here('src/generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', DateTime: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};
export default config;
