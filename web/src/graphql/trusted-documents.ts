import { readFileSync } from 'node:fs';

/** The app's operations by hash, for the gateway to register as trusted documents (`npm start` does). */
export const webTrustedDocuments = JSON.parse(readFileSync(new URL('../generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
