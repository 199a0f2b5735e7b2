import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { projectRoot } from '../src/db/migrate.js';
import { type ChildBot, logLines, startChildBot } from './support/child-bot.js';
import { adminQuery } from './support/database.js';
import { withDatabase } from './support/global-setup.js';

/**
 * An upgrade of a scaled deployment: several replicas start at the same
 * moment against a database that has never seen the bot. Each runs
 * `prisma migrate deploy` (which serialises on an advisory lock) and creates
 * the pg-boss schema and queues; all of them must come up, and every
 * migration must be applied exactly once.
 */
it('three replicas started at once on an empty database all come up, with migrations applied once', async () => {
  const adminUrl = inject('adminUrl');
  const name = `rankly_replicas_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  const migrations = readdirSync(join(projectRoot, 'prisma/migrations'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  expect(migrations.length).toBeGreaterThan(1);

  const settled = await Promise.allSettled(
    [1, 2, 3].map(() => startChildBot('node', { DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1' })),
  );
  const replicas = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  let codes: Array<number | null> = [];
  try {
    expect(
      settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason)),
    ).toEqual([]);
    for (const replica of replicas) {
      const ready = await fetch(`${replica.url}/readyz`);
      expect(ready.status).toBe(200);
    }

    // Each migration was applied by exactly one replica; the others found it done.
    const appliedBy = replicas.flatMap((r: ChildBot) =>
      logLines(r.output())
        .filter((l) => l.msg === 'database migrations applied' || l.msg === 'database schema is up to date')
        .flatMap((l) => l.applied as string[]),
    );
    expect(appliedBy.sort()).toEqual(migrations);

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query<{ migration_name: string; n: string; unfinished: string }>(
        `SELECT migration_name, count(*) AS n,
                count(*) FILTER (WHERE finished_at IS NULL OR rolled_back_at IS NOT NULL) AS unfinished
           FROM _prisma_migrations GROUP BY migration_name ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(migrations);
      for (const row of rows)
        expect({ name: row.migration_name, n: row.n, unfinished: row.unfinished }).toEqual({
          name: row.migration_name,
          n: '1',
          unfinished: '0',
        });
      // pg-boss installed its schema once and every queue exists once.
      const version = await db.query('SELECT version FROM pgboss.version');
      expect(version.rowCount).toBe(1);
      const queues = await db.query<{ name: string; n: string }>(
        'SELECT name, count(*) AS n FROM pgboss.queue GROUP BY name',
      );
      expect(queues.rows.length).toBeGreaterThan(3);
      expect(queues.rows.every((q) => q.n === '1')).toBe(true);
    } finally {
      await db.end();
    }
    for (const replica of replicas) expect(replica.output()).not.toMatch(/"level":(50|60)/);
  } finally {
    for (const replica of replicas) process.kill(replica.child.pid!, 'SIGTERM');
    codes = await Promise.all(replicas.map((r) => r.exit));
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  expect(codes).toEqual([0, 0, 0]);
}, 180_000);
