import pg from 'pg';

/**
 * Runs `fn` while holding a Postgres session advisory lock named `name`, on a
 * connection of its own: processes that start at the same moment (replicas)
 * take turns. The lock goes with the connection, so a process that dies
 * while holding it releases it.
 */
export async function withAdvisoryLock<T>(url: string, name: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: url,
    application_name: `rankly-rewards-bot:lock:${name}`,
  });
  client.on('error', () => {}); // a lost connection fails the query below instead
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    return await fn();
  } finally {
    await client.end().catch(() => {});
  }
}
