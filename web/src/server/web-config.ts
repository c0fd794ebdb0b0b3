import type { SignInMode } from '../auth/session';

export interface WebConfig {
  gatewayUrl: string;
  host: string;
  port: number;
  signIn: SignInMode;
  secureCookies: boolean;
  trustedDocuments: boolean;
}

/** A variable's value, trimmed; empty counts as unset. */
const given = (raw: string | undefined) => (raw?.trim() ? raw.trim() : undefined);

/**
 * The web app's settings from the environment; a bad value stops it with the variable named.
 * Each variable is read by its own name on `env`, so the deployment files' test sees every one.
 */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const production = given(env.NODE_ENV) === 'production';
  const gatewayUrl = given(env.GATEWAY_URL) ?? 'http://127.0.0.1:4000/graphql';
  if (!/^https?:\/\/[^\s]+$/.test(gatewayUrl)) throw new Error(`GATEWAY_URL: expected an http(s) URL, got "${gatewayUrl}"`);
  const portText = given(env.WEB_PORT);
  const port = Number(portText ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`WEB_PORT: expected a port from 0 to 65535, got "${portText}"`);
  const signIn = given(env.WEB_SIGN_IN) ?? (production ? 'proxy' : 'cookie');
  if (signIn !== 'cookie' && signIn !== 'proxy') throw new Error(`WEB_SIGN_IN: expected cookie or proxy, got "${signIn}"`);
  if (production && signIn === 'cookie') throw new Error('WEB_SIGN_IN: cookie sign-in (pasting a development token) is for development only; use proxy in production');
  const trusted = given(env.WEB_TRUSTED_DOCUMENTS) ?? 'false';
  if (trusted !== 'true' && trusted !== 'false') throw new Error(`WEB_TRUSTED_DOCUMENTS: expected true or false, got "${trusted}"`);
  return { gatewayUrl, host: given(env.HOST) ?? '127.0.0.1', port, signIn, secureCookies: production, trustedDocuments: trusted === 'true' };
}
