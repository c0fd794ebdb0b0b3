import type { Role } from '@edhr/kit';

/** Who may push a plugin's staff-survey plan: the plugin loader's service identity, or an admin. */
export const SYNC_ROLES: Role[] = ['service', 'admin'];
/** Staff-facing reads: delivery plan, measures and counts. `service` lets query-based KPIs read them. */
export const STAFF_READ_ROLES: Role[] = ['staff', 'admin', 'theme-owner', 'service'];
/** Who may import workforce CSV files. */
export const IMPORT_ROLES: Role[] = ['admin', 'staff'];
/**
 * Who may see the skills register record by record. There is no HR role yet, so `admin` stands
 * in for it; swap it here when the gateway maps an HR role.
 */
export const HR_ROLES: Role[] = ['admin'];
