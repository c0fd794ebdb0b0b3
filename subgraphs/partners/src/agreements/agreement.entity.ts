import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A data-sharing agreement between the force and one partner agency: which datasets,
 * characteristics and areas it covers, the finest period it allows, when it is in force and the
 * small-number threshold applied to what the partner sees. `version` rises on every edit so an
 * edit made against an older copy is refused (optimistic concurrency).
 */
export const AgreementEntity = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    reference: p.string().length(80).unique(),
    partnerKey: p.string().length(80).index(),
    title: p.string().length(300),
    datasets: p.json<string[]>(),
    characteristics: p.json<string[]>(),
    areas: p.json<string[]>(),
    /** MONTH, QUARTER or YEAR: nothing finer is shown. */
    finestPeriod: p.string().length(10),
    /** First and last day in force, inclusive, as `YYYY-MM-DD`. */
    validFrom: p.string().length(10),
    validTo: p.string().length(10),
    suppressionThreshold: p.integer(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    updatedBy: p.string().length(200),
  },
});
export type Agreement = InstanceType<typeof AgreementEntity.class>;
