/**
 * Mints a development bearer token signed with the key `npm start` uses (or AUTH_JWT_SECRET):
 *   npm run token -- --role admin
 *   npm run token -- --role partner --partner nhs-birmingham
 *   npm run token -- --role theme-owner --theme wmp-edhr-theme-2-people-culture:people-culture --subject jo.bloggs
 * Options: --role (repeatable), --partner, --theme (repeatable), --subject, --expires (e.g. 8h).
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { ConfigError, roles } from '@edhr/kit';
import { loadAuthConfig } from '../auth/auth-config';
import { devAuthSecret } from '../auth/dev-auth-secret';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    partner: { type: 'string' },
    theme: { type: 'string', multiple: true },
    subject: { type: 'string', default: 'developer' },
    expires: { type: 'string', default: '8h' },
  },
});
const wanted = values.role ?? [];
const unknown = wanted.filter((r) => !(roles as readonly string[]).includes(r));
if (wanted.length === 0 || unknown.length > 0) {
  console.error(`--role is required, one of: ${roles.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
if (wanted.includes('partner') && !values.partner) {
  console.error('--partner <partner id> is required with --role partner');
  process.exit(2);
}
/** The key the gateway will verify with: AUTH_JWT_SECRET when set (empty is unset), else the development key. */
function signingSecret(): string {
  try {
    const auth = loadAuthConfig();
    if (auth.kind === 'jwks') {
      console.error('AUTH_JWKS_URL is set: tokens come from that identity provider, not from this command');
      process.exit(2);
    }
    return auth.kind === 'shared-key' ? auth.secret : devAuthSecret();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
const secret = signingSecret();
const token = await new SignJWT({ roles: wanted, partner_id: values.partner, themes: values.theme })
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(values.subject)
  .setIssuedAt()
  .setExpirationTime(values.expires)
  .sign(new TextEncoder().encode(secret));
console.log(token);
