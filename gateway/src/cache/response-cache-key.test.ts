import { describe, expect, it } from 'vitest';
import { responseCacheKey } from './response-cache-key';

const base = { documentString: 'query Q($id: ID!) { strategy(id: $id) { title } }', operationName: 'Q', variableValues: { id: 'a', n: 1 }, sessionId: 's1' };

describe('the response cache key', () => {
  it('is the same for the same question whatever the order of its variables', () => {
    expect(responseCacheKey(base)).toBe(responseCacheKey({ ...base, variableValues: { n: 1, id: 'a' } }));
    expect(responseCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when the document, operation, a variable or the session differs', () => {
    const keys = [
      base,
      { ...base, documentString: base.documentString.replace('title', 'title id') },
      { ...base, operationName: 'R' },
      { ...base, variableValues: { id: 'b', n: 1 } },
      { ...base, sessionId: 's2' },
      { ...base, sessionId: null },
    ].map(responseCacheKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the parts apart, so moving text from one part to the next changes the key', () => {
    const vars = { id: 'a' };
    expect(responseCacheKey({ ...base, variableValues: vars, sessionId: 's1' })).not.toBe(
      responseCacheKey({ ...base, variableValues: { id: 'a"},"s1' }, sessionId: '' }),
    );
    expect(responseCacheKey({ ...base, operationName: 'Q', sessionId: 's1' })).not.toBe(responseCacheKey({ ...base, operationName: 'Q","s1', sessionId: null }));
  });
});
