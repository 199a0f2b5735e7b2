import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Config, describeDatabaseUrl } from '../../config.js';
import { createDb, type Db } from '../../db/client.js';
import { projectRoot } from '../../db/migrate.js';
import { databaseUrlOf } from '../context.js';
import type { Report } from './check.js';

/** Reachable, and every migration applied; the client to check the guilds with, if so. */
export async function checkDatabase(config: Config, report: Report): Promise<Db | undefined> {
  let url: string;
  try {
    url = await databaseUrlOf(config);
  } catch (err) {
    report({
      status: 'fail',
      what: `database: ${(err as Error).message}`,
      fix: 'start the bot once (npm start) to create the embedded database, or set DATABASE_URL',
    });
    return undefined;
  }
  const where = config.DATABASE_URL ? describeDatabaseUrl(url) : `embedded Postgres in ${config.DATA_DIR}`;
  const db = createDb(url, { poolSize: 1 });
  let applied: string[];
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((r) => r.name);
  } catch (err) {
    await db.$disconnect();
    const missingTable = /_prisma_migrations/.test(String((err as Error).message));
    report({
      status: 'fail',
      what: missingTable
        ? `database ${where}: reachable, but no migrations applied`
        : `database ${where}: cannot connect (${firstLine(err)})`,
      fix: missingTable
        ? 'start the bot once: it applies the migrations (or run npm run db:deploy)'
        : config.DATABASE_URL
          ? 'check DATABASE_URL and that the server is running'
          : 'start the bot (npm start): the embedded database runs while the bot runs',
    });
    return undefined;
  }
  const expected = (await readdir(join(projectRoot, 'prisma', 'migrations'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const pending = expected.filter((name) => !applied.includes(name));
  report(
    pending.length === 0
      ? { status: 'ok', what: `database ${where}: reachable, ${applied.length} migrations applied` }
      : {
          status: 'fail',
          what: `database ${where}: ${pending.length} migration(s) not applied: ${pending.join(', ')}`,
          fix: 'restart the bot (it applies them at start) or run npm run db:deploy',
        },
  );
  return db;
}

/** Votes stored for guilds the bot is not in (set aside by the reward job, never rewarded). */
export async function checkVotesOutsideGuilds(db: Db, report: Report): Promise<void> {
  const guilds = await db.$queryRaw<{ guildId: string; votes: bigint; last: Date }[]>`
    SELECT guild_id AS "guildId", count(*) AS votes, max(received_at) AS last
    FROM vote WHERE bot_not_in_guild GROUP BY guild_id ORDER BY max(received_at) DESC`;
  if (guilds.length === 0) return;
  const votes = guilds.reduce((sum, g) => sum + Number(g.votes), 0);
  const listed = guilds
    .slice(0, 5)
    .map((g) => `${g.guildId} (${g.votes} vote${g.votes === 1n ? '' : 's'}, last ${g.last.toISOString()})`)
    .join(', ');
  report({
    status: 'warn',
    what:
      `${votes} vote${votes === 1 ? '' : 's'} for ${guilds.length} guild${guilds.length === 1 ? '' : 's'} the bot is not in, ` +
      `stored but not rewarded: ${listed}${guilds.length > 5 ? `, and ${guilds.length - 5} more` : ''}`,
    fix: "invite the bot to those servers if they should get rewards; otherwise ask their owners to remove this bot's webhook from Rankly",
  });
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? '';
}
