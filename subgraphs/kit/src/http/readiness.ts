import type { MikroORM } from '@mikro-orm/postgresql';

export interface DatabaseCheck {
  ok: boolean;
  latencyMs?: number;
  error?: string;
}

/** One round trip to the database, bounded so a hung server fails the check instead of hanging it. */
export async function checkDatabase(orm: MikroORM, timeoutMs = 2000): Promise<DatabaseCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      orm.em.getConnection().execute('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
