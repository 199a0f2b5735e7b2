// npm run bench:commands
//
// Seeds 1,000,000 votes of 10,000 members in one guild (spread over a year)
// and times what /votes show and /votes leaderboard ask of the database,
// through the same functions the commands call. Uses DATABASE_URL's server
// (in a scratch database) or an embedded Postgres in a temporary directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDb } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { applyMigrations } from '../src/db/migrate.js';
import { getLeaderboard, getMemberVoteStats } from '../src/db/vote-stats.js';
import { createLogger } from '../src/log.js';

const VOTES = Number(process.env.BENCH_VOTES ?? 1_000_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const guildId = '123456789012345678';
const log = createLogger({ level: 'warn', pretty: false });

const cleanups: Array<() => Promise<void>> = [];
let baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  const dataDir = await mkdtemp(join(tmpdir(), 'rankly-bench-'));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: 56000 + Math.floor(Math.random() * 2000),
    log,
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

try {
  await applyMigrations(url.toString(), log);
  const seed = new pg.Client({ connectionString: url.toString() });
  seed.on('error', () => {});
  await seed.connect();
  let started = Date.now();
  // Member ids are distinct 18-digit numbers; each vote a distinct timestamp of its member.
  await seed.query(
    `INSERT INTO vote (user_id, guild_id, voted_at, credits_awarded, ad_blocker, counted, planned_at, settled_at)
     SELECT (100000000000000000 + (i % $2))::text, $3,
            now() - (i::double precision / $1) * interval '365 days', true, false, true, now(), now()
     FROM generate_series(1, $1) AS i`,
    [VOTES, MEMBERS, guildId],
  );
  await seed.query(
    `INSERT INTO member (guild_id, user_id, total_votes, current_streak, best_streak, last_vote_at, balance)
     SELECT guild_id, user_id, count(*), 1, 3, max(voted_at), count(*) * 100 FROM vote GROUP BY guild_id, user_id`,
  );
  // The counters the reward job keeps for each counted vote.
  await seed.query(
    `INSERT INTO vote_tally (guild_id, period, user_id, votes)
     SELECT guild_id, 'w' || to_char(voted_at AT TIME ZONE 'UTC', 'IYYY-IW'), user_id, count(*) FROM vote GROUP BY 1, 2, 3
     UNION ALL
     SELECT guild_id, 'm' || to_char(voted_at AT TIME ZONE 'UTC', 'YYYY-MM'), user_id, count(*) FROM vote GROUP BY 1, 2, 3`,
  );
  await seed.query('VACUUM ANALYZE vote_tally');
  await seed.query('VACUUM ANALYZE vote');
  await seed.query('VACUUM ANALYZE member');
  await seed.end();
  console.log(
    `seeded ${VOTES.toLocaleString()} votes of ${MEMBERS.toLocaleString()} members in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const db = createDb(url.toString());
  const member = (i: number) => (100000000000000000n + BigInt((i * 7919) % MEMBERS)).toString();
  const cases: Record<string, (i: number) => Promise<unknown>> = {
    '/votes show': (i) => getMemberVoteStats(db, guildId, member(i)),
    '/votes leaderboard week': (i) => getLeaderboard(db, guildId, 'week', member(i)),
    '/votes leaderboard month': (i) => getLeaderboard(db, guildId, 'month', member(i)),
    '/votes leaderboard all': (i) => getLeaderboard(db, guildId, 'all', member(i)),
  };
  console.log(`\n${RUNS} runs each (after 20 warm-up runs), database time as the commands see it:`);
  console.log('command                      p50 ms   p99 ms   max ms');
  for (const [name, run] of Object.entries(cases)) {
    for (let i = 0; i < 20; i++) await run(i);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      await run(i);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) =>
      (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(1);
    console.log(`${name.padEnd(28)} ${at(0.5).padStart(6)}   ${at(0.99).padStart(6)}   ${at(1).padStart(6)}`);
  }
  console.log('\ngoal: p99 under 50 ms');
  await db.$disconnect();
} finally {
  for (const cleanup of cleanups) await cleanup().catch((err) => console.error(err));
}
