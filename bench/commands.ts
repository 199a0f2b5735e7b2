// npm run bench:commands
//
// Seeds 1,000,000 votes of 10,000 members in one guild (spread over a year)
// and times what /votes show and /votes leaderboard ask of the database,
// through the same functions the commands call. Uses DATABASE_URL's server
// (in a scratch database) or an embedded Postgres in a temporary directory.
import { createDb } from '../src/db/client.js';
import { getLeaderboard, getMemberVoteStats } from '../src/db/vote-stats.js';
import { createLogger } from '../src/log.js';
import { seedVotes, timeRuns } from './seed-votes.js';

const VOTES = Number(process.env.BENCH_VOTES ?? 1_000_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const guildId = '123456789012345678';
const log = createLogger({ level: 'warn', pretty: false });

const seeded = await seedVotes({ votes: VOTES, members: MEMBERS, guildId, log });
try {
  console.log(
    `seeded ${VOTES.toLocaleString()} votes of ${MEMBERS.toLocaleString()} members in ${seeded.seedSeconds.toFixed(1)} s`,
  );
  const db = createDb(seeded.url);
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
    const t = await timeRuns(run, { runs: RUNS });
    const f = (ms: number) => ms.toFixed(1).padStart(6);
    console.log(`${name.padEnd(28)} ${f(t.p50)}   ${f(t.p99)}   ${f(t.max)}`);
  }
  console.log('\ngoal: p99 under 50 ms');
  await db.$disconnect();
} finally {
  await seeded.close();
}
