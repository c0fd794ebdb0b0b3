import type { Request, Response } from 'express';
import { parse, serialize } from 'cookie';

/**
 * How a request says who it is.
 * - `cookie` (development): the sign-in page takes a token from `npm run token` and keeps it in an
 *   httpOnly, SameSite=Strict cookie; never in a URL.
 * - `proxy` (production): a reverse proxy in front of the app signs people in with the identity
 *   provider and passes each request's `Authorization: Bearer` token; the app forwards it.
 */
export type SignInMode = 'cookie' | 'proxy';

export const TOKEN_COOKIE = 'edhr_token';
const LONGEST_SESSION_SECONDS = 24 * 60 * 60;

export function tokenOf(request: Request, mode: SignInMode): string | undefined {
  if (mode === 'proxy') {
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    return match?.[1];
  }
  const cookies = parse(request.headers.cookie ?? '');
  return cookies[TOKEN_COOKIE] || undefined;
}

/** Keeps the token until it expires (at most a day), out of reach of page scripts and other sites. */
export function keepToken(response: Response, token: string, options: { secure: boolean; expiresAt?: number; nowSeconds: number }) {
  const left = options.expiresAt ? options.expiresAt - options.nowSeconds : LONGEST_SESSION_SECONDS;
  response.append(
    'Set-Cookie',
    serialize(TOKEN_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secure,
      path: '/',
      maxAge: Math.max(0, Math.min(left, LONGEST_SESSION_SECONDS)),
    }),
  );
}

export function forgetToken(response: Response, secure: boolean) {
  response.append('Set-Cookie', serialize(TOKEN_COOKIE, '', { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: 0 }));
}
