import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { variableCoercionPlugin } from './variable-coercion-plugin';

const schema = buildSchema(`
  enum Period { MONTH YEAR }
  type Query { strategy(id: ID!): String, actions(first: Int, period: Period): Int }
`);

function run(query: string, variableValues: Record<string, unknown>) {
  let stoppedWith: ExecutionResult | undefined;
  variableCoercionPlugin().onExecute({
    args: { schema, document: parse(query), variableValues },
    setResultAndStopExecution: (result) => (stoppedWith = result),
  });
  return stoppedWith;
}

describe('variable coercion before the Rust executor', () => {
  it('lets variables that coerce through to execution', () => {
    expect(run('query ($id: ID!) { strategy(id: $id) }', { id: 'wmp' })).toBeUndefined();
    expect(run('query ($first: Int, $p: Period) { actions(first: $first, period: $p) }', { first: 3, p: 'YEAR' })).toBeUndefined();
    expect(run('{ actions }', {})).toBeUndefined();
  });

  it('answers variables that do not coerce as a request error: 400, no data, every error with its message', () => {
    const result = run('query ($id: ID!, $first: Int, $p: Period) { strategy(id: $id) actions(first: $first, period: $p) }', { id: { $ne: null }, first: 'ten', p: 'DECADE' });
    expect(result).toBeDefined();
    expect(result).not.toHaveProperty('data');
    expect(result!.errors!.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Variable "\$id" got invalid value \{ \$ne: null \}; ID cannot represent value/),
      expect.stringMatching(/^Variable "\$first" got invalid value "ten"; Int cannot represent non-integer value/),
      expect.stringMatching(/^Variable "\$p" got invalid value "DECADE"; Value "DECADE" does not exist in "Period" enum/),
    ]);
    expect(result!.errors!.map((e) => e.extensions?.http)).toEqual([{ status: 400 }, { status: 400 }, { status: 400 }]);
  });

  it('refuses a required variable that was not sent', () => {
    const result = run('query ($id: ID!) { strategy(id: $id) }', {});
    expect(result!.errors!.map((e) => e.message)).toEqual(['Variable "$id" of required type "ID!" was not provided.']);
  });
});
