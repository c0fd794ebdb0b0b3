import { SignInCheckQuery } from '../graphql/operations/sign-in';
import { html, type WebPage } from './page';

/**
 * Development sign-in: paste a token from `npm run token`; it is checked with the gateway and kept
 * in an httpOnly cookie. Behind a signing-in proxy (production) the page only says who you are.
 */
export function signInPage(mode: 'cookie' | 'proxy'): WebPage {
  const view = (values: { errors?: { text: string; href: string }[]; status?: number } = {}) =>
    html('pages/sign-in.njk', 'Sign in', { mode, errors: values.errors ?? [], fieldErrors: values.errors?.length ? { token: { text: values.errors[0]!.text } } : {} }, values.status);
  return {
    path: '/sign-in',
    async get() {
      return view();
    },
    async post({ form, gateway }) {
      if (mode === 'proxy') return view({ status: 405 });
      const token = form.token?.trim();
      if (!token) return view({ errors: [{ text: 'Token: paste the token that npm run token printed', href: '#token' }], status: 400 });
      if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token)) {
        return view({ errors: [{ text: 'Token: this is not a token (a JWT has three parts separated by dots)', href: '#token' }], status: 400 });
      }
      const check = await gateway.execute(SignInCheckQuery, {}, token);
      if (check.errors) {
        return view({ errors: [{ text: `Token: the gateway does not accept this token (${check.errors[0]!.message})`, href: '#token' }], status: 400 });
      }
      return { kind: 'redirect', location: '/strategies', setToken: token };
    },
  };
}

export const signOutPage: WebPage = {
  path: '/sign-out',
  async post() {
    return { kind: 'redirect', location: '/strategies', clearToken: true };
  },
};
