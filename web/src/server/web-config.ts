import type { SignInMode } from '../auth/session';

export interface WebConfig {
  gatewayUrl: string;
  host: string;
  port: number;
  signIn: SignInMode;
  secureCookies: boolean;
  trustedDocuments: boolean;
}

/** The web app's settings from the environment; a bad value stops it with the variable named. */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const value = (name: string) => (env[name]?.trim() ? env[name].trim() : undefined);
  const production = value('NODE_ENV') === 'production';
  const gatewayUrl = value('GATEWAY_URL') ?? 'http://127.0.0.1:4000/graphql';
  if (!/^https?:\/\/[^\s]+$/.test(gatewayUrl)) throw new Error(`GATEWAY_URL: expected an http(s) URL, got "${gatewayUrl}"`);
  const port = Number(value('WEB_PORT') ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`WEB_PORT: expected a port from 0 to 65535, got "${value('WEB_PORT')}"`);
  const signIn = value('WEB_SIGN_IN') ?? (production ? 'proxy' : 'cookie');
  if (signIn !== 'cookie' && signIn !== 'proxy') throw new Error(`WEB_SIGN_IN: expected cookie or proxy, got "${signIn}"`);
  if (production && signIn === 'cookie') throw new Error('WEB_SIGN_IN: cookie sign-in (pasting a development token) is for development only; use proxy in production');
  const trusted = value('WEB_TRUSTED_DOCUMENTS') ?? 'false';
  if (trusted !== 'true' && trusted !== 'false') throw new Error(`WEB_TRUSTED_DOCUMENTS: expected true or false, got "${trusted}"`);
  return { gatewayUrl, host: value('HOST') ?? '127.0.0.1', port, signIn, secureCookies: production, trustedDocuments: trusted === 'true' };
}
