import { decodeJwt } from 'jose';

/** Who is looking: the bearer token the gateway will judge, and what it claims, for display only. */
export interface Viewer {
  signedIn: boolean;
  token?: string;
  subject?: string;
  roles: string[];
  themes: string[];
  /** Seconds since the epoch when the token expires, if it says. */
  expiresAt?: number;
}

export const PUBLIC_VIEWER: Viewer = { signedIn: false, roles: ['public'], themes: [] };

/**
 * Reads a token's claims without checking its signature: the gateway checks it on every request,
 * and this only decides what the page offers (a form the gateway would refuse is not shown).
 */
export function viewerFromToken(token: string | undefined): Viewer {
  if (!token) return PUBLIC_VIEWER;
  try {
    const claims = decodeJwt(token);
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    return {
      signedIn: true,
      token,
      subject: typeof claims.sub === 'string' ? claims.sub : 'unknown',
      roles: list(claims.roles),
      themes: list(claims.themes),
      expiresAt: claims.exp,
    };
  } catch {
    return { signedIn: true, token, subject: 'unreadable token', roles: [], themes: [] };
  }
}

/** Whether the viewer may record against a theme: admin, or an owner of that theme. */
export const mayRecordFor = (viewer: Viewer, themeId: string | undefined) =>
  viewer.roles.includes('admin') || (viewer.roles.includes('theme-owner') && themeId !== undefined && viewer.themes.includes(themeId));
