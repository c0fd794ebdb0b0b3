import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

/** Like the supergraph check: the typed documents checked in are the ones the schema and operations give. */
describe('generated GraphQL documents', () => {
  it('are up to date with schema/supergraph.graphql and src/graphql/operations (npm run codegen -w @edhr/web)', { timeout: 60_000 }, async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
