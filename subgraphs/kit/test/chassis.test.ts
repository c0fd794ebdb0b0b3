import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Migration } from '@mikro-orm/migrations';
import { defineEntity, p } from '@mikro-orm/postgresql';
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  buildFederatedSchema,
  ConfigError,
  createLogger,
  fixedClock,
  INTERNAL_TOKEN_HEADER,
  parseEnv,
  signInternalToken,
  startSubgraph,
  type RunningSubgraph,
  type ServicesContext,
  type SubgraphContext,
  type SubgraphModule,
} from '../src';
import { createTestDatabase, openTestSubgraph, type TestDatabase, type TestSubgraph } from '../src/testing';

const Note = defineEntity({ name: 'Note', tableName: 'note', properties: { id: p.integer().primary(), body: p.text() } });

class Migration0001Note extends Migration {
  override name = '0001-note';
  override up(): void {
    this.addSql("create table note (id int primary key, body text not null); insert into note (id, body) values (1, 'first');");
  }
}

/** The test subgraph's services: one setting read from its environment, and who built them. */
interface GreetingServices {
  greeting: string;
  builtWith: { secret: string | null; partners: string };
}

@ObjectType('Greeting')
class Greeting {
  @Field(() => String)
  text!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  now!: string;

  @Field(() => Int)
  notes!: number;

  @Field(() => String, { nullable: true })
  secret!: string | null;
}

@Resolver()
class GreetingResolver {
  @Query(() => Greeting)
  async greeting(@Ctx() context: SubgraphContext<GreetingServices>): Promise<Greeting> {
    return {
      text: context.services.greeting,
      subject: context.identity.subject,
      now: context.clock.now().toISOString(),
      notes: await context.em.count(Note, {}),
      secret: context.services.builtWith.secret,
    };
  }
}

const GREETING_SHAPE = { GREETING: z.string().min(2, 'must be at least 2 characters').default('hello').describe('a greeting') };

/** A subgraph of the smallest kind, counting how often its services are built and what beforeServe was given. */
function greetingModule() {
  const calls = { createServices: 0, beforeServe: [] as GreetingServices[] };
  const module: SubgraphModule<GreetingServices> = {
    name: 'greeting',
    databaseSchema: 'chassis_greeting',
    portVariable: 'GREETING_PORT',
    defaultPort: 0,
    entities: [Note],
    migrations: [Migration0001Note],
    buildSchema: () => buildFederatedSchema({ resolvers: [GreetingResolver] }),
    createServices(context: ServicesContext) {
      calls.createServices++;
      return {
        greeting: parseEnv(GREETING_SHAPE, context.env).GREETING,
        builtWith: { secret: context.internalTokenSecret, partners: context.peers.partners },
      };
    },
    async beforeServe(_context, services) {
      calls.beforeServe.push(services);
    },
  };
  return { module, calls };
}

const CLOCK = fixedClock('2027-06-30T23:30:00Z');
const STAFF = { subject: 'staff-user', roles: ['staff' as const] };
const GREETING = '{ greeting { text subject now notes secret } }';

describe('the test opener', { timeout: 120_000 }, () => {
  let subgraph: TestSubgraph<GreetingServices>;
  let calls: ReturnType<typeof greetingModule>['calls'];
  beforeAll(async () => {
    const greeting = greetingModule();
    calls = greeting.calls;
    subgraph = await openTestSubgraph(greeting.module, { identity: STAFF, clock: CLOCK, env: { GREETING: 'good evening' } });
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('builds the services once from the environment it is given, with no secret, and runs as the chosen identity at the fixed clock', async () => {
    expect(calls.createServices).toBe(1);
    expect(calls.beforeServe).toEqual([]);
    const result = await subgraph.execute(GREETING);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      greeting: { text: 'good evening', subject: 'staff-user', now: '2027-06-30T23:30:00.000Z', notes: 1, secret: null },
    });
  });

  it('takes another identity, clock or services for one request', async () => {
    const other = await subgraph.execute(GREETING, {}, { subject: 'admin-user', roles: ['admin'] }, {
      clock: fixedClock('2030-01-01T00:00:00Z'),
      services: { ...subgraph.services, greeting: 'hi' },
    });
    expect(other.data).toEqual({ greeting: { text: 'hi', subject: 'admin-user', now: '2030-01-01T00:00:00.000Z', notes: 1, secret: null } });
    // The next request is back to what the subgraph was opened with.
    expect((await subgraph.execute(GREETING)).data).toMatchObject({ greeting: { text: 'good evening' } });
  });

  it('gives each request context its own EntityManager and loaders', () => {
    const first = subgraph.contextFor();
    const second = subgraph.contextFor();
    expect(first.em).not.toBe(second.em);
    expect(first.loaders).not.toBe(second.loaders);
    expect(first.services).toBe(second.services);
    expect(first.identity).toEqual(STAFF);
  });

  it('refuses a bad setting before opening a database, naming the variable', async () => {
    const { module } = greetingModule();
    await expect(openTestSubgraph(module, { identity: STAFF, clock: CLOCK, env: { GREETING: 'x' } })).rejects.toThrow(ConfigError);
    await expect(openTestSubgraph(module, { identity: STAFF, clock: CLOCK, env: { GREETING: 'x' } })).rejects.toThrow(
      /GREETING="x" is invalid: must be at least 2 characters/,
    );
  });
});

describe('the services slot of a served subgraph', { timeout: 120_000 }, () => {
  const SECRET = 'chassis-test-internal-secret-'.padEnd(40, 's');
  let database: TestDatabase;
  let running: RunningSubgraph;
  let calls: ReturnType<typeof greetingModule>['calls'];
  beforeAll(async () => {
    database = await createTestDatabase();
    const greeting = greetingModule();
    calls = greeting.calls;
    running = await startSubgraph(greeting.module, {
      databaseUrl: database.url,
      internalTokenSecret: SECRET,
      port: 0,
      logger: createLogger('greeting', 'silent'),
      clock: CLOCK,
      env: { GREETING: 'good morning' },
    });
  });
  afterAll(async () => {
    await running?.stop();
    await database?.stop();
  });

  it('builds the services once at start, hands the same ones to beforeServe and to every request', async () => {
    const ask = async () => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: await signInternalToken(STAFF, SECRET, CLOCK) },
        body: JSON.stringify({ query: GREETING }),
      });
      return (await response.json()) as { data?: { greeting: Record<string, unknown> }; errors?: unknown[] };
    };
    const first = await ask();
    const second = await ask();
    expect(first).toEqual({ data: { greeting: { text: 'good morning', subject: 'staff-user', now: '2027-06-30T23:30:00.000Z', notes: 1, secret: SECRET } } });
    expect(second).toEqual(first);
    expect(calls.createServices).toBe(1);
    expect(calls.beforeServe).toEqual([{ greeting: 'good morning', builtWith: { secret: SECRET, partners: 'http://127.0.0.1:4104/graphql' } }]);
  });

  it('does not start with a bad setting, and says which', async () => {
    const { module, calls: refused } = greetingModule();
    await expect(
      startSubgraph(module, { databaseUrl: database.url, internalTokenSecret: SECRET, port: 0, logger: createLogger('greeting', 'silent'), env: { GREETING: 'x' } }),
    ).rejects.toThrow(/GREETING="x" is invalid/);
    expect(refused.beforeServe).toEqual([]);
  });
});
