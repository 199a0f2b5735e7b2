// npm run bench:stats [-- --chart sample-chart.png]
//
// Seeds 1,000,000 votes of 10,000 members in one guild over a year (one in
// 9 with an ad blocker, one in 13 denied) and times /votes stats as the
// command builds its answer: the database's aggregation, the SVG and its
// rasterisation to PNG (everything but the upload to Discord). With
// --chart, saves the 90-day chart it rendered.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildVoteStatsReply, chartFileName } from '../commands/stats.js';
import { createDb } from '../src/db/client.js';
import { getVoteTrends } from '../src/db/vote-trends.js';
import type { StatsPeriod } from '../src/domain/stats-period.js';
import { createLogger } from '../src/log.js';
import { seedVotes, timeRuns } from './seed-votes.js';

const { values } = parseArgs({ options: { chart: { type: 'string' } } });
const VOTES = Number(process.env.BENCH_VOTES ?? 1_000_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const guildId = '123456789012345678';
const log = createLogger({ level: 'warn', pretty: false });

const seeded = await seedVotes({
  votes: VOTES,
  members: MEMBERS,
  guildId,
  log,
  adBlockerEvery: 9,
  deniedEvery: 13,
});
try {
  console.log(
    `seeded ${VOTES.toLocaleString()} votes of ${MEMBERS.toLocaleString()} members in ${seeded.seedSeconds.toFixed(1)} s`,
  );
  const db = createDb(seeded.url);
  const now = () => new Date();
  console.log(`\n${RUNS} runs each (after 5 warm-up runs):`);
  console.log('/votes stats    database p50   p99    | with chart p50   p99    max ms');
  const f = (ms: number) => ms.toFixed(1).padStart(6);
  for (const period of ['7d', '30d', '90d', 'all'] as StatsPeriod[]) {
    const database = await timeRuns(() => getVoteTrends(db, guildId, period, now()), {
      runs: RUNS,
      warmUp: 5,
    });
    const whole = await timeRuns(() => buildVoteStatsReply(db, guildId, period, now()), {
      runs: RUNS,
      warmUp: 5,
    });
    console.log(
      `${period.padEnd(15)} ${f(database.p50)} ${f(database.p99)}    |         ${f(whole.p50)} ${f(whole.p99)} ${f(whole.max)}`,
    );
  }
  console.log('\ngoal: p99 under 200 ms for 90d, chart included');
  // Other work on the machine inflates every figure; say how busy it was.
  console.log(
    `load average (1, 5 min) at the end: ${loadavg()
      .slice(0, 2)
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
  if (values.chart) {
    const reply = await buildVoteStatsReply(db, guildId, '90d', now());
    const file = 'files' in reply ? reply.files.find((a) => a.name === chartFileName) : undefined;
    if (!file) throw new Error('the 90-day reply has no chart');
    await writeFile(values.chart, file.attachment as Buffer);
    console.log(`saved the 90-day chart to ${values.chart}`);
  }
  await db.$disconnect();
} finally {
  await seeded.close();
}
