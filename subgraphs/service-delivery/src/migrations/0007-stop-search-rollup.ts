import { Migration } from '@mikro-orm/migrations';

const GROUPINGS: ReadonlyArray<[name: string, columns: string[]]> = (() => {
  const dimensions: Array<[string, string]> = [
    ['ETHNICITY_SELF_DEFINED', 'self_defined_broad'],
    ['ETHNICITY_OFFICER_DEFINED', 'officer_defined_broad'],
    ['SEX', 'sex'],
    ['AGE_RANGE', 'age_range'],
    ['OBJECT', 'object_of_search'],
    ['LEGISLATION', 'legislation'],
    ['OUTCOME', 'outcome'],
  ];
  const groupings: Array<[string, string[]]> = dimensions.map(([name, column]) => [name, [column]]);
  for (let a = 0; a < dimensions.length; a++) {
    for (let b = a + 1; b < dimensions.length; b++) groupings.push([`${dimensions[a]![0]}+${dimensions[b]![0]}`, [dimensions[a]![1], dimensions[b]![1]]]);
  }
  return groupings;
})();

/** Daily stop-and-search rollups, filled from the records already held. */
export class Migration0007StopSearchRollup extends Migration {
  override name = '0007-stop-search-rollup';

  override up(): void {
    this.addSql(`
create table "service_delivery"."stop_search_rollup" ("organisation_key" varchar(80) not null, "grouping" varchar(80) not null, "day" date not null, "batch_id" uuid not null, "value_a" varchar(60) not null, "value_b" varchar(60) not null, "searches" int not null, "arrests" int not null, "positive_outcomes" int not null, "linked_finds" int not null, primary key ("organisation_key", "grouping", "day", "batch_id", "value_a", "value_b"));
`);
    // One statement per grouping over the records held before rollups existed.
    for (const [name, [a, b]] of GROUPINGS) {
      this.addSql(`
insert into "service_delivery"."stop_search_rollup" ("organisation_key", "grouping", "day", "batch_id", "value_a", "value_b", "searches", "arrests", "positive_outcomes", "linked_finds")
select "organisation_key", '${name}', ("occurred_at" at time zone 'Europe/London')::date, "batch_id", "${a}", ${b ? `"${b}"` : `''`},
       count(*), count(*) filter (where "outcome" = 'ARREST'), count(*) filter (where "outcome" not in ('NO_FURTHER_ACTION', 'NOT_RECORDED')), count(*) filter (where "outcome_linked")
  from "service_delivery"."stop_search_record" group by 1, 3, 4, 5${b ? ', 6' : ''};
`);
    }
  }
}
