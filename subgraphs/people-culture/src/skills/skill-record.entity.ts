import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A skill a member of the workforce chose to record: a language, a community network or a
 * voluntary role. Held only with consent; withdrawing consent deletes the record.
 */
export const SkillRecordEntity = defineEntity({
  name: 'SkillRecord',
  tableName: 'skill_record',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    organisationKey: p.string().length(80).index(),
    /** The member's workforce reference (e.g. a payroll number), not a name. */
    memberRef: p.string().length(80).index(),
    /** `language`, `community-network` or `voluntary-role`. */
    kind: p.string().length(20),
    value: p.string().length(200),
    consentDate: p.string().length(10),
    recordedBy: p.string().length(200),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organisationKey', 'memberRef', 'kind', 'value'] }],
});
export type SkillRecordRow = InstanceType<typeof SkillRecordEntity.class>;
