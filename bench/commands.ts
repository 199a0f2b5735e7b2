// npm run bench:commands
//
// Seeds 1,000,000 votes of 10,000 members in one guild (spread over a year)
// and times what /votes show, /votes leaderboard and /shop buy ask of the
// database, through the same functions the commands call, and the tier
// recomputation a rewarded vote runs in its plan transaction (six tiers). Uses DATABASE_URL's server
// (in a scratch database) or an embedded Postgres in a temporary directory.
import { createDb } from '../src/db/client.js';
import { addShopItem } from '../src/db/shop-items.js';
import { buyShopItem } from '../src/db/shop-purchase.js';
import { sqlTxOf } from '../src/db/sql.js';
import { recomputeTiers } from '../src/db/tiers.js';
import { getLeaderboard, getMemberVoteStats } from '../src/db/vote-stats.js';
import type { DiscordActions } from '../src/discord/actions.js';
import { startJobQueue } from '../src/jobs/boss.js';
import { deliverPurchase } from '../src/jobs/shop-deliver.js';
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
  // Six tiers on the three counts; members have about 100 votes each, so each reaches some.
  const tierRoles = ['200000000000000001', '200000000000000002', '200000000000000003'];
  await db.$executeRaw`INSERT INTO guild_config (guild_id, has_tiers) VALUES (${guildId}, true)`;
  await db.$executeRaw`
    INSERT INTO vote_tier (guild_id, role_id, votes, counts) VALUES
      (${guildId}, ${tierRoles[0]}, 10, 'total'), (${guildId}, ${tierRoles[1]}, 50, 'total'),
      (${guildId}, ${tierRoles[2]}, 100, 'total'), (${guildId}, '200000000000000004', 3, 'streak'),
      (${guildId}, '200000000000000005', 7, 'streak'), (${guildId}, '200000000000000006', 5, 'month')`;
  /**
   * As in the plan of a vote: the member row locked, then the statement, in
   * one transaction (the plan's own, in the reward job). What is timed is
   * the statement, the work a vote adds; the lock and the transaction are
   * the plan's anyway.
   */
  const statementMs: number[] = [];
  const recompute = (i: number, keep: boolean) =>
    db
      .$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM member WHERE guild_id = ${guildId} AND user_id = ${member(i)} FOR UPDATE`;
        const started = performance.now();
        await recomputeTiers(sqlTxOf(tx), {
          guildId,
          userId: member(i),
          stack: false,
          now: new Date(),
          cause: `bench:${i}`,
        });
        statementMs.push(performance.now() - started);
        if (!keep) throw rollBack;
      })
      .catch((err: unknown) => {
        if (err !== rollBack) throw err;
      });
  const rollBack = new Error('roll back: every run plans the same changes');
  /** Runs `recompute` as timeRuns does (20 untimed, then RUNS timed); nearest-rank p50, p99, max of the statement. */
  const timeStatement = async (keep: boolean) => {
    for (let i = 0; i < 20; i++) await recompute(i, keep);
    statementMs.length = 0;
    for (let i = 0; i < RUNS; i++) await recompute(i, keep);
    const times = [...statementMs].sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
    return { p50: at(0.5), p99: at(0.99), max: at(1) };
  };
  // /shop buy: a timed role item with no stock limit, bought by a different
  // member each run (every member has a balance from their votes).
  const queue = await startJobQueue({ url: seeded.url, log });
  const roleId = '223456789012345678';
  const item = await addShopItem(db, guildId, {
    name: 'Bench VIP',
    price: 1,
    roleId,
    roleSeconds: 86_400,
    stock: null,
    perMemberLimit: null,
  });
  // Discord answers at once: what is timed is the database work around it.
  const discord = instantDiscord(roleId);
  // Every purchase its own idempotency key (warm-up runs repeat `i`).
  let purchases = 0;
  const buy = async (i: number, key: string) => {
    const config = await db.guildConfig.findUnique({ where: { guildId } });
    const args = { guildId, userId: member(i), itemId: item.id, key, now: new Date() };
    return buyShopItem(db, queue, { ...args, logChannelId: config?.logChannelId ?? null });
  };
  const cases: Record<string, (i: number) => Promise<unknown>> = {
    '/shop buy (purchase)': (i) => buy(i, `bench-${purchases++}`),
    '/shop buy (+ delivery)': async (i) => {
      const bought = await buy(i, `bench-${purchases++}`);
      if (bought.outcome !== 'bought') throw new Error(`not bought: ${bought.outcome}`);
      const delivered = await deliverPurchase(
        { db, queue, discord, log, now: () => new Date() },
        bought.purchaseId,
      );
      if (delivered?.state !== 'delivered') throw new Error(`not delivered: ${delivered?.state}`);
    },
    '/votes show': (i) => getMemberVoteStats(db, guildId, member(i)),
    '/votes leaderboard week': (i) => getLeaderboard(db, guildId, 'week', member(i)),
    '/votes leaderboard month': (i) => getLeaderboard(db, guildId, 'month', member(i)),
    '/votes leaderboard all': (i) => getLeaderboard(db, guildId, 'all', member(i)),
  };
  console.log(`\n${RUNS} runs each (after 20 warm-up runs), database time as the commands see it:`);
  console.log('command                      p50 ms   p99 ms   max ms');
  const f = (ms: number) => ms.toFixed(1).padStart(6);
  const line = (name: string, t: { p50: number; p99: number; max: number }) =>
    console.log(`${name.padEnd(28)} ${f(t.p50)}   ${f(t.p99)}   ${f(t.max)}`);
  for (const [name, run] of Object.entries(cases)) line(name, await timeRuns(run, { runs: RUNS }));
  // Six tiers, members of about 100 votes: every run plans grants (rolled back, so the next plans them again) ...
  line('tier recompute, changes', await timeStatement(false));
  // ... and once the members hold their tiers, what every later vote costs.
  for (let i = 0; i < RUNS + 20; i++) await recompute(i, true);
  line('tier recompute, none', await timeStatement(true));
  console.log('\ngoal: p99 under 50 ms');
  await queue.stop(5_000);
  await db.$disconnect();
} finally {
  await seeded.close();
}

/** Discord as the shop's delivery sees it, answering at once (no network). */
function instantDiscord(roleId: string): DiscordActions {
  const unused = async (): Promise<never> => {
    throw new Error('not used by /shop buy');
  };
  return {
    addRole: async () => {},
    removeRole: unused,
    botInGuild: async () => true,
    isMember: async () => true,
    openDm: unused,
    role: async (_guildId, id) =>
      id === roleId ? { id, position: 1, managed: false, permissions: 0n } : undefined,
    sendMessage: unused,
    editInteractionReply: unused,
  };
}
