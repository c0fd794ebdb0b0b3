/** Roles a caller may hold; the gateway maps verified tokens to them. */
export const roles = ['public', 'staff', 'theme-owner', 'admin', 'partner', 'service'] as const;
export type Role = (typeof roles)[number];

/** Who is calling, as verified by the gateway and forwarded to subgraphs. */
export interface Identity {
  /** Subject: a user id, `api-key:<keyId>` for a partner's API key, a service name, or `anonymous`. */
  subject: string;
  roles: Role[];
  /** Partner organisation, for the partner role. */
  partnerId?: string;
  /** Theme keys a theme owner may write to. */
  themes?: string[];
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ subject: 'anonymous', roles: ['public'] }) as Identity;

export function hasRole(identity: Identity, ...wanted: Role[]): boolean {
  return wanted.some((role) => identity.roles.includes(role));
}
