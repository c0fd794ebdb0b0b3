/**
 * The form of a partner API key, shared by the partners subgraph (which issues and checks keys)
 * and the gateway (which reads the key id for the caller's subject), so it lives in the kit:
 *
 *   edhr_<keyId>_<secret>
 *
 * `keyId` is 16 lower-case hex characters (8 random bytes): public, it names the key in logs,
 * audit subjects and listings. `secret` is 32 random bytes in base64url without padding (43
 * characters). Both parts have a fixed length and the key id has no underscore, so a secret
 * containing `_` or `-` still parses unambiguously.
 */
export const API_KEY_PREFIX = 'edhr_';

const API_KEY = /^edhr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyParts {
  keyId: string;
  secret: string;
}

/** Splits a key into its id and secret; null when it is not in the form above. */
export function parseApiKey(key: string): ApiKeyParts | null {
  const match = API_KEY.exec(key.trim());
  return match ? { keyId: match[1]!, secret: match[2]! } : null;
}
