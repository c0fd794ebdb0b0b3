import { describe, expect, it } from 'vitest';
import { fixedClock, INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, verifyInternalToken } from '@edhr/kit';
import { AuthenticationError } from './authenticate';
import { AuthenticationUnavailableError, createApiKeyResolver } from './api-key-resolver';

const secret = 'i'.repeat(40);
const KEY = `edhr_0123456789abcdef_${'A'.repeat(40)}_-x`;
const partnersUrl = 'http://127.0.0.1:1/graphql';
const clock = fixedClock('2027-03-31T12:00:00Z');

function resolverAnswering(answer: () => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const resolve = createApiKeyResolver({
    partnersUrl,
    internalTokenSecret: secret,
    clock,
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer();
    }) as typeof fetch,
  });
  return { resolve, calls };
}
const json = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('API key resolution at the gateway', () => {
  it('asks the partners subgraph as the service role and maps a valid key to the partner role', async () => {
    const { resolve, calls } = resolverAnswering(json({ data: { resolvePartnerApiKey: { partnerKey: 'nhs-trust' } } }));
    expect(await resolve(KEY, 'req-1')).toEqual({ subject: 'api-key:0123456789abcdef', roles: ['partner'], partnerId: 'nhs-trust' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(partnersUrl);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers[REQUEST_ID_HEADER]).toBe('req-1');
    expect(await verifyInternalToken(headers[INTERNAL_TOKEN_HEADER], secret, clock)).toMatchObject({ subject: 'gateway', roles: ['service'] });
    expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({ variables: { key: KEY } });
  });

  it('asks again every time: nothing is cached, so a revocation holds from the next request', async () => {
    let valid = true;
    const { resolve, calls } = resolverAnswering(async () => json({ data: { resolvePartnerApiKey: valid ? { partnerKey: 'p' } : null } })());
    await resolve(KEY, 'a');
    valid = false;
    await expect(resolve(KEY, 'b')).rejects.toThrow(AuthenticationError);
    expect(calls).toHaveLength(2);
  });

  it('refuses an unknown or revoked key with 401, and a malformed one without calling', async () => {
    const { resolve, calls } = resolverAnswering(json({ data: { resolvePartnerApiKey: null } }));
    await expect(resolve(KEY, 'r')).rejects.toThrow(new AuthenticationError('the API key is not valid'));
    for (const malformed of ['', 'edhr_', 'Bearer x', `${KEY}x`, KEY.replace('edhr_', 'other_')]) {
      await expect(resolve(malformed, 'r')).rejects.toThrow(AuthenticationError);
    }
    expect(calls).toHaveLength(1);
  });

  it('answers 503, never the public role, when the partners subgraph is unreachable or fails', async () => {
    const cases = [
      async () => {
        throw new TypeError('fetch failed');
      },
      json({ errors: [{ message: 'boom' }] }),
      json({ errors: [{ message: 'missing internal token' }] }, 401),
      async () => new Response('<html>bad gateway</html>', { status: 502 }),
      json({ data: {} }),
    ];
    for (const answer of cases) {
      const { resolve } = resolverAnswering(answer);
      const error = await resolve(KEY, 'r').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationUnavailableError);
      expect((error as Error).message).toMatch(/partners service did not answer/);
    }
  });

  it('gives up on a partners subgraph that does not answer in time', async () => {
    const resolve = createApiKeyResolver({
      partnersUrl,
      internalTokenSecret: secret,
      timeoutMs: 50,
      fetch: ((_url: string, init: RequestInit) =>
        // Like fetch, rejects with the signal's reason (a DOMException for a timeout).
        new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason as DOMException)))) as typeof fetch,
    });
    await expect(resolve(KEY, 'r')).rejects.toThrow(AuthenticationUnavailableError);
  });
});
