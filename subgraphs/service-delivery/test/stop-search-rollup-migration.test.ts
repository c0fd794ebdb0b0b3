import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphDatabase } from '@edhr/kit';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';
import { serviceDelivery } from '../src/module';
import { analyseStopSearch } from '../src/analysis/stop-search-analysis.service';
import { StopSearchGroupBy } from '../src/analysis/stop-search-group-by';
import { mapStopSearchRecord } from '../src/stop-search/stop-search-row.mapper';
import { readHeader, STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { BatchInsertRecordWriter } from '../src/records/record.writer';
import { STOP_SEARCH_TABLE } from '../src/stop-search/stop-search-record.columns';

const SCHEMA = 'service_delivery';
// The migrations before 0007 (later ones, such as 0017's foreign keys, need its table).
const BEFORE_ROLLUPS = serviceDelivery.migrations.filter((m) => m.name < 'Migration0007');

// Records as an import before rollups wrote them: late evenings UTC that are the next UK day, both clock changes.
const LINES = [
  'Person search,2017-03-25T23:30:00+00:00,,,52.45,-1.73,Male,18-24,"Asian/Asian British - Indian",Asian,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False',
  'Person search,2017-03-26T23:30:00+00:00,,,52.45,-1.73,Female,25-34,"Black/African/Caribbean/Black British - African",Black,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,',
  'Vehicle search,2017-06-30T23:10:00+00:00,,,,,,,,,Police and Criminal Evidence Act 1984 (section 1),Offensive weapons,,,',
  'Person search,2017-10-29T00:30:00+00:00,,,52.45,-1.73,Male,over 34,"White - English/Welsh/Scottish/Northern Irish/British",White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Community resolution,True,False',
  'Person search,2017-10-29T01:30:00+00:00,,,52.45,-1.73,Other,10-17,"Martian",Other,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Taken to the moon,,',
];

describe('migration 0007: rollups of the records held before it', { timeout: 180_000 }, () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    const before = await openSubgraphDatabase({ url: db.url, schema: SCHEMA, entities: serviceDelivery.entities, migrations: BEFORE_ROLLUPS });
    await before.close();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const read = readHeader([...STOP_SEARCH_COLUMNS]);
      if (!('positions' in read)) throw new Error('header');
      await client.query('begin');
      for (const organisationKey of ['area-one', 'area-two']) {
        const batchId = randomUUID();
        await client.query(
          `insert into ${SCHEMA}.import_batch (id, organisation_key, dataset, source_name, checksum, row_count, imported_at) values ($1, $2, 'stop-search', 'old.csv', '', $3, now())`,
          [batchId, organisationKey, LINES.length],
        );
        const writer = new BatchInsertRecordWriter({ client, schema: SCHEMA, batchId, organisationKey }, STOP_SEARCH_TABLE);
        for (const [i, line] of LINES.entries()) {
          const fields = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, STOP_SEARCH_COLUMNS.length).map((f) => f.replace(/,$/, '').replace(/^"|"$/g, ''));
          const mapped = mapStopSearchRecord(fields, read.positions, i + 2);
          if (!mapped.ok) throw new Error(JSON.stringify(mapped.problems));
          await writer.write(mapped.row, randomUUID().replaceAll('-', ''));
        }
        await writer.finish();
      }
      await client.query('commit');
    } finally {
      await client.end();
    }
    orm = await openSubgraphDatabase({ url: db.url, schema: SCHEMA, entities: serviceDelivery.entities, migrations: serviceDelivery.migrations });
  });
  afterAll(async () => {
    await orm?.close();
    await db?.stop();
  });

  it('fills the rollups so that every analysis of up to two dimensions equals a scan of the records', async () => {
    const dimensions = Object.values(StopSearchGroupBy).filter((d) => d !== 'MONTH');
    const groupings = [[], ['MONTH'], ...dimensions.map((d) => [d]), ...dimensions.flatMap((a, i) => dimensions.slice(i + 1).map((b) => [b, a, 'MONTH']))] as StopSearchGroupBy[][];
    const periods = [
      { from: '2017-03-26', to: '2017-03-27' },
      { from: '2017-07-01', to: '2017-07-01' },
      { from: '2017-01-01', to: '2017-12-31' },
    ];
    for (const period of periods) {
      for (const groupBy of groupings) {
        const em = orm.em.fork();
        const fromRollups = await analyseStopSearch(em, 'area-one', period, groupBy);
        expect(fromRollups).toEqual(await analyseStopSearch(em, 'area-one', period, groupBy, { source: 'records' }));
      }
    }
    // The search at 23:10 UTC on 30 June is 1 July in the UK, and counted there.
    const july = await analyseStopSearch(orm.em.fork(), 'area-two', { from: '2017-07-01', to: '2017-07-01' }, ['OUTCOME']);
    expect(july).toEqual([{ groups: [{ dimension: 'OUTCOME', value: 'NOT_RECORDED' }], searches: 1, arrests: 0, positiveOutcomes: 0, linkedFinds: 0 }]);
  });
});
