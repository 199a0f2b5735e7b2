import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlRunner } from '../contracts.js';
import { PrismaClient } from './generated/client.js';

export type Db = PrismaClient;
/** What a repository function accepts: the client or an open transaction. */
export type DbOrTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

const pools = new WeakMap<Db, pg.Pool>();

/**
 * The pg pool under a client, for the few hot paths where Prisma's
 * interactive transaction costs more than the work (storing a webhook).
 */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('this client was not made by createDb');
  return pool;
}

export function createDb(url: string, opts: { poolSize?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
  // When the server ends a connection (restart, outage), a client that is
  // checked out but between queries (inside a transaction) emits 'error';
  // unheard, that would be an uncaught exception. Its query fails anyway,
  // and the pool replaces the connection, so listening is all that is needed.
  pool.on('connect', (client) => client.on('error', () => {}));
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const db = new PrismaClient({ adapter });
  pools.set(db, pool);
  return db;
}

/** True when the database answers a trivial query within the timeout. */
export async function pingDb(db: Db, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Lets the job queue run its INSERT inside a Prisma interactive transaction. */
export function sqlRunnerFor(tx: DbOrTx): SqlRunner {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}
