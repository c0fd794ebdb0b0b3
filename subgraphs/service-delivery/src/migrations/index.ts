import type { Migration } from '@edhr/kit';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: Migration[] = [];
