import { developmentSecret } from '@edhr/kit';

/** The key `npm start` signs development tokens with, so `npm run token` can mint for it. */
export function devAuthSecret(): string {
  return developmentSecret('dev-auth-secret');
}
