import type { Migration } from '@edhr/kit';
import { m0004 } from './0004-record-identity';
import { m0003 } from './0003-encounter-records';
import { m0002 } from './0002-stop-search-records';
import { m0001 } from './0001-initial';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: Migration[] = [m0001, m0002, m0003, m0004];
