import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { productionErrorsPlugin, scrubError, withoutSuggestions } from './production-errors-plugin';

describe('production error scrubbing', () => {
  it('takes out every kind of suggestion', () => {
    expect(withoutSuggestions('Value "RAC" does not exist in "Characteristic" enum. Did you mean the enum value "RACE"?')).toBe(
      'Value "RAC" does not exist in "Characteristic" enum.',
    );
    expect(
      withoutSuggestions('Variable "$c" got invalid value "RAC"; Value "RAC" does not exist in "Characteristic" enum. Did you mean the enum value "RACE" or "AGE"?'),
    ).toBe('Variable "$c" got invalid value "RAC"; Value "RAC" does not exist in "Characteristic" enum.');
    expect(withoutSuggestions('Cannot query field "organisationz" on type "Query". Did you mean "organisation" or "organisations"?')).toBe(
      'Cannot query field "organisationz" on type "Query".',
    );
    expect(withoutSuggestions('Unknown argument "idd". Did you mean "id"? Another sentence.')).toBe('Unknown argument "idd". Another sentence.');
  });

  it('drops the name of the subgraph from the extensions, in every result', () => {
    const error = new GraphQLError('boom. Did you mean "x"?', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'partners' } });
    scrubError(error);
    expect(error.message).toBe('boom.');
    expect(error.extensions).toEqual({ code: 'DOWNSTREAM_SERVICE_ERROR' });
    const batched = [{ errors: [new GraphQLError('a', { extensions: { serviceName: 'people-culture' } })] }, { data: {} }];
    productionErrorsPlugin().onResultProcess({ result: batched });
    expect(batched[0]!.errors![0]!.extensions).toEqual({});
  });
});
