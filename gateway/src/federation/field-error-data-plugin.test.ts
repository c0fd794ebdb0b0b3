import { GraphQLError, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldErrorDataPlugin } from './field-error-data-plugin';

function done(result: ExecutionResult): ExecutionResult {
  let answer = result;
  fieldErrorDataPlugin().onExecute().onExecuteDone({ result, setResult: (next) => (answer = next) });
  return answer;
}

describe('data beside field errors', () => {
  it('puts data: null beside a field error that reached the root', () => {
    const forbidden = new GraphQLError('This needs one of the roles: staff, admin.', { path: ['partnerAgencies'], extensions: { code: 'FORBIDDEN' } });
    expect(done({ errors: [forbidden] })).toEqual({ errors: [forbidden], data: null });
  });

  it('leaves request errors without data, and answers that have data, as they are', () => {
    const requestError = { errors: [new GraphQLError('Variable "$id" of required type "ID!" was not provided.')] };
    expect(done(requestError)).toBe(requestError);
    const partial = { data: { a: 1, b: null }, errors: [new GraphQLError('no', { path: ['b'] })] };
    expect(done(partial)).toBe(partial);
  });
});
