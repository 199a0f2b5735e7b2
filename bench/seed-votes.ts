/**
 * A scratch database with many votes of one guild, for the command
 * benchmarks (bench:commands, bench:stats). Uses DATABASE_URL's server (in a
 * database of its own, dropped at the end) or an embedded Postgres in a
 * temporary directory.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { Prisma } from '../src/db/generated/client.js';
import { applyMigrations } from '../src/db/migrate.js';
import { rollUpVotes } from '../src/db/vote-trends.js';
import type { Logger } from '../src/log.js';

export interface SeededVotes {
  url: string;
  seedSeconds: number;
  /** Drops the database (and stops the embedded server); call it however the run ends. */
  close(): Promise<void>;
}

/**
 * `votes` votes of `members` members, evenly spread over the last 365 days,
 * each a distinct timestamp of its member; every `adBlockerEvery`-th vote
 * was cast with an ad blocker and every `deniedEvery`-th denied (0: none).
 * The member rows (counters, first vote), leaderboard tallies and hourly
 * counts the reward job would keep for them are written too.
 */
export async function seedVotes(opts: {
  votes: number;
  members: number;
  guildId: string;
  log: Logger;
  adBlockerEvery?: number;
  deniedEvery?: number;
}): Promise<SeededVotes> {
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const cleanup of cleanups) await cleanup().catch((err) => console.error(err));
    cleanups.length = 0;
  };
  try {
    let baseUrl = process.env.DATABASE_URL;
    if (!baseUrl) {
      const dataDir = await mkdtemp(join(tmpdir(), 'rankly-bench-'));
      const server = await startEmbeddedPostgres({
        dataDir,
        port: 56000 + Math.floor(Math.random() * 2000),
        log: opts.log,
        database: 'postgres',
      });
      baseUrl = server.url;
      cleanups.push(async () => {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      });
    }
    const database = `rankly_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    cleanups.unshift(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    });
    const url = new URL(baseUrl);
    url.pathname = `/${database}`;

    await applyMigrations(url.toString(), opts.log);
    const seed = new pg.Client({ connectionString: url.toString() });
    seed.on('error', () => {});
    await seed.connect();
    const started = Date.now();
    // Member ids are distinct 18-digit numbers; each vote a distinct timestamp of its member.
    await seed.query(
      `INSERT INTO vote (user_id, guild_id, voted_at, credits_awarded, ad_blocker, counted, planned_at, settled_at)
       SELECT (100000000000000000 + (i % $2))::text, $3,
              now() - (i::double precision / $1) * interval '365 days',
              NOT denied, ad_blocker, NOT denied OR ad_blocker, now(), now()
       FROM generate_series(1, $1) AS i,
            LATERAL (SELECT $4::int > 0 AND i % $4 = 0 AS ad_blocker,
                            $5::int > 0 AND i % $5 = 0 AND NOT ($4::int > 0 AND i % $4 = 0) AS denied) k`,
      [opts.votes, opts.members, opts.guildId, opts.adBlockerEvery ?? 0, opts.deniedEvery ?? 0],
    );
    await seed.query(
      `INSERT INTO member (guild_id, user_id, total_votes, current_streak, best_streak, last_vote_at, balance, first_vote_at, latest_vote_at)
       SELECT guild_id, user_id, count(*), 1, 3, max(voted_at), count(*) * 100, min(voted_at), max(voted_at)
       FROM vote GROUP BY guild_id, user_id`,
    );
    // The counters the reward job keeps for each counted vote.
    await seed.query(
      `INSERT INTO vote_tally (guild_id, period, user_id, votes)
       SELECT guild_id, 'w' || to_char(voted_at AT TIME ZONE 'UTC', 'IYYY-IW'), user_id, count(*) FROM vote GROUP BY 1, 2, 3
       UNION ALL
       SELECT guild_id, 'm' || to_char(voted_at AT TIME ZONE 'UTC', 'YYYY-MM'), user_id, count(*) FROM vote GROUP BY 1, 2, 3`,
    );
    // And the hourly counts /votes stats reads.
    const rollUp = rollUpVotes(Prisma.sql`planned_at IS NOT NULL`);
    await seed.query(rollUp.text, rollUp.values);
    await seed.query('VACUUM ANALYZE vote_tally');
    await seed.query('VACUUM ANALYZE vote_hourly');
    await seed.query('VACUUM ANALYZE vote');
    await seed.query('VACUUM ANALYZE member');
    await seed.end();
    return { url: url.toString(), seedSeconds: (Date.now() - started) / 1000, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Times `run` `runs` times after `warmUp` untimed runs; nearest-rank p50, p99 and max in ms. */
export async function timeRuns(
  run: (i: number) => Promise<unknown>,
  opts: { runs: number; warmUp?: number },
): Promise<{ p50: number; p99: number; max: number }> {
  for (let i = 0; i < (opts.warmUp ?? 20); i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}
