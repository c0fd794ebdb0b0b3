import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One record of an encounter format other than stop and search (use of force, arrests and
 * custody, hate crime, complaints, victim satisfaction): the columns every format shares —
 * reference, date, coordinates, the person's characteristics as written and as mapped by
 * @edhr/schema — and the format's other columns as written in `details`. Written by COPY or
 * multi-row INSERT (see encounter-record.table.ts), not through the unit of work.
 */
export const EncounterRecordEntity = defineEntity({
  name: 'EncounterRecord',
  tableName: 'encounter_record',
  properties: {
    id: p.bigint().primary().autoincrement(),
    batchId: p.uuid().index(),
    organisationKey: p.string().length(80),
    dataset: p.string().length(40),
    /** The record's content key (records/record-identity.ts), one per record of an organisation and dataset. */
    contentKey: p.uuid().nullable(),
    /** Line of the source file the record was read from (the header is line 1). */
    lineNumber: p.integer(),
    /** The format's reference column (its natural key), as written. */
    reference: p.text(),
    dateRaw: p.text(),
    occurredAt: p.datetime(),
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    genderRaw: p.text(),
    sex: p.string().length(40),
    ageRangeRaw: p.text(),
    ageRange: p.string().length(40),
    selfDefinedEthnicityRaw: p.text(),
    selfDefinedBroad: p.string().length(40),
    selfDefinedDetailed: p.string().length(60).nullable(),
    /** Null when the format has no officer-defined ethnicity. */
    officerDefinedEthnicityRaw: p.text().nullable(),
    officerDefinedBroad: p.string().length(40).nullable(),
    /** The format's other columns, by documented name, as written. */
    details: p.json<Record<string, string>>(),
  },
  indexes: [{ properties: ['organisationKey', 'dataset', 'occurredAt'] }],
});
