import type { Role } from '@edhr/kit';

/** The register is internal: the force's own people read it; the public sees completed ones in the equality information. */
export const EQIA_READERS: Role[] = ['staff', 'admin', 'theme-owner'];
