import { defineEntity, p } from '@mikro-orm/postgresql';

/** A criminal justice agency, local authority, NHS body or voluntary-sector partner of a force. */
export const PartnerAgencyEntity = defineEntity({
  name: 'PartnerAgency',
  tableName: 'partner_agency',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    key: p.string().length(80).unique(),
    name: p.string().length(300),
    sector: p.string().length(40),
    /** Key of the organisation (force or PCC) it shares data with. */
    organisationKey: p.string().length(80).index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
