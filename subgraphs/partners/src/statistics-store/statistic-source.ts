/** Figures published by a partner agency carry this prefix; everything else is the force's own. */
export const PARTNER_SOURCE_PREFIX = 'partner:';

export function isPartnerSource(source: string): boolean {
  return source.startsWith(PARTNER_SOURCE_PREFIX);
}
