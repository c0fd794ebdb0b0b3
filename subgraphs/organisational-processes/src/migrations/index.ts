import type { Migration } from '@edhr/kit';
import { m0005 } from './0005-append-only-histories';
import { m0004 } from './0004-duties-and-archived-themes';
import { m0003 } from './0003-measurement-revisions-and-outbox';
import { m0002 } from './0002-plugin-registry';
import { m0001 } from './0001-initial';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: Migration[] = [m0001, m0002, m0003, m0004, m0005];
