import { readFileSync } from 'node:fs';
import { ConfigError } from '@edhr/kit';

/**
 * Operations registered ahead of time (GraphQL Code Generator's persisted-documents.json: a map of
 * `sha256:<hex>` to the document), which clients send by hash alone. With `only`, the gateway
 * refuses every other document; without it, ad-hoc queries keep working beside them.
 */
export interface TrustedDocuments {
  documents: ReadonlyMap<string, string>;
  only: boolean;
}

/** The documents of one or more persisted-documents.json files, by their hex hash. */
export function trustedDocumentsFrom(files: Record<string, string>[], only: boolean): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const file of files) {
    for (const [key, document] of Object.entries(file)) documents.set(key.replace(/^sha256:/, ''), document);
  }
  return { documents, only };
}

/** GATEWAY_TRUSTED_DOCUMENTS: comma-separated persisted-documents.json paths; GATEWAY_TRUSTED_DOCUMENTS_ONLY=true refuses the rest. */
export function loadTrustedDocuments(env: NodeJS.ProcessEnv = process.env): TrustedDocuments | undefined {
  const paths = (env.GATEWAY_TRUSTED_DOCUMENTS ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const only = env.GATEWAY_TRUSTED_DOCUMENTS_ONLY?.trim();
  if (only && only !== 'true' && only !== 'false') throw new ConfigError([`GATEWAY_TRUSTED_DOCUMENTS_ONLY: expected true or false, got "${only}"`]);
  if (!paths.length) {
    if (only === 'true') throw new ConfigError(['GATEWAY_TRUSTED_DOCUMENTS_ONLY: true needs GATEWAY_TRUSTED_DOCUMENTS (the files of the documents to allow)']);
    return undefined;
  }
  const files = paths.map((path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch (error) {
      throw new ConfigError([`GATEWAY_TRUSTED_DOCUMENTS: ${path} is not a readable persisted-documents JSON file (${(error as Error).message})`]);
    }
  });
  return trustedDocumentsFrom(files, only === 'true');
}
