import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client.js';

export type Db = PrismaClient;
/** What a repository function accepts: the client or an open transaction. */
export type DbOrTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createDb(url: string, opts: { poolSize?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
  // When the server ends a connection (restart, outage), a client that is
  // checked out but between queries (inside a transaction) emits 'error';
  // unheard, that would be an uncaught exception. Its query fails anyway,
  // and the pool replaces the connection, so listening is all that is needed.
  pool.on('connect', (client) => client.on('error', () => {}));
  pool.on('error', () => {});
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
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
