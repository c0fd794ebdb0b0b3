import type { Migration } from '@edhr/kit';
import { m0005 } from './0005-periods';
import { m0004 } from './0004-api-keys';
import { m0003 } from './0003-findings';
import { m0002 } from './0002-shared-statistics';
import { m0001 } from './0001-initial';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: Migration[] = [m0001, m0002, m0003, m0004, m0005];
