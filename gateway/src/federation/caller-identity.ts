import { PUBLIC_IDENTITY, type Identity } from '@edhr/kit';

/**
 * Maps an incoming request to the identity forwarded to subgraphs. Until bearer tokens are
 * configured every caller is the public role, the least privileged one.
 */
export async function identityOf(_request: Request): Promise<Identity> {
  return PUBLIC_IDENTITY;
}
