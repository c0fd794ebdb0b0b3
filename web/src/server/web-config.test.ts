import { describe, expect, it } from 'vitest';
import { loadWebConfig } from './web-config';

describe('web app configuration', () => {
  it('defaults to loopback, port 3000, the local gateway and cookie sign-in in development', () => {
    expect(loadWebConfig({})).toEqual({ gatewayUrl: 'http://127.0.0.1:4000/graphql', host: '127.0.0.1', port: 3000, signIn: 'cookie', secureCookies: false, trustedDocuments: false });
  });

  it('signs in through the proxy in production, with secure cookies, and refuses pasted tokens there', () => {
    expect(loadWebConfig({ NODE_ENV: 'production', GATEWAY_URL: 'https://graph.example/graphql', WEB_PORT: '0' })).toEqual({
      gatewayUrl: 'https://graph.example/graphql',
      host: '127.0.0.1',
      port: 0,
      signIn: 'proxy',
      secureCookies: true,
      trustedDocuments: false,
    });
    expect(() => loadWebConfig({ NODE_ENV: 'production', WEB_SIGN_IN: 'cookie' })).toThrow(/^WEB_SIGN_IN: cookie sign-in .* development only/);
  });

  it('names the variable and the expected form of a bad value', () => {
    expect(() => loadWebConfig({ WEB_PORT: '70000' })).toThrow('WEB_PORT: expected a port from 0 to 65535, got "70000"');
    expect(() => loadWebConfig({ GATEWAY_URL: 'ftp://x' })).toThrow('GATEWAY_URL: expected an http(s) URL, got "ftp://x"');
    expect(() => loadWebConfig({ WEB_SIGN_IN: 'oidc' })).toThrow('WEB_SIGN_IN: expected cookie or proxy, got "oidc"');
    expect(() => loadWebConfig({ WEB_TRUSTED_DOCUMENTS: 'yes' })).toThrow('WEB_TRUSTED_DOCUMENTS: expected true or false, got "yes"');
    expect(loadWebConfig({ WEB_TRUSTED_DOCUMENTS: 'true' }).trustedDocuments).toBe(true);
  });
});
