import { defineEntity, p } from '@mikro-orm/postgresql';

/** A police force, a Police and Crime Commissioner or a partner agency, as plugins declare it. */
export const OrganisationEntity = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** Stable key from the plugin (e.g. `west-midlands-police`); the federation id. */
    key: p.string().length(80).unique(),
    name: p.string().length(300),
    kind: p.string().length(40),
    areaCode: p.string().length(9).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Organisation = InstanceType<typeof OrganisationEntity.class>;
