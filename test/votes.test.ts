import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { poolOf } from '../src/db/client.js';
import type { Prisma } from '../src/db/generated/client.js';
import { createVoteWriter, type IncomingVote } from '../src/db/votes.js';
import { listDeadLetters, replayDeadLetters, retryRefusedRewards } from '../src/jobs/dead-letters.js';
import { queues } from '../src/jobs/queues.js';
import { sweepUnsettledVotes } from '../src/jobs/sweep.js';
import { createLogger } from '../src/log.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import type { RecordedRequest } from './support/fake-discord.js';

/**
 * The vote pipeline end to end: real HTTP, Postgres, pg-boss and discord.js,
 * against the fake Discord API. Each test has its own guild and voter.
 */
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ env: { DISCORD_REST_TIMEOUT_MS: '500' } });
});
afterAll(async () => {
  await bot?.close();
});

interface GuildSetup {
  guildId: string;
  userId: string;
  roleId: string;
  highRoleId: string;
  announceChannelId: string;
  logChannelId: string;
}

/** A guild in the fake Discord with a member, a reward role below the bot's and one above it. */
async function setupGuild(
  policy: Partial<Prisma.GuildConfigCreateInput> = {},
  opts: { member?: boolean } = {},
): Promise<GuildSetup> {
  const s: GuildSetup = {
    guildId: snowflake(),
    userId: snowflake(),
    roleId: snowflake(),
    highRoleId: snowflake(),
    announceChannelId: snowflake(),
    logChannelId: snowflake(),
  };
  bot.fake.addGuild({
    id: s.guildId,
    roles: [
      { id: s.roleId, name: 'Voter', position: 5 },
      { id: s.highRoleId, name: 'Above the bot', position: 15 },
    ],
    members: opts.member === false ? [] : [s.userId],
    channels: [s.announceChannelId, s.logChannelId],
  });
  await bot.db.guildConfig.create({
    data: {
      guildId: s.guildId,
      rewardRoleId: s.roleId,
      currencyAmount: 100,
      announceChannelId: s.announceChannelId,
      logChannelId: s.logChannelId,
      ...policy,
    },
  });
  return s;
}

function vote(s: GuildSetup, overrides: Record<string, unknown> = {}) {
  return votePayload({ userId: s.userId, serverId: s.guildId, ...overrides });
}

async function effectsOf(s: GuildSetup) {
  const rows = await bot.db.rewardEffect.findMany({
    where: { guildId: s.guildId, userId: s.userId },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ kind: r.kind, status: r.status, amount: r.amount }));
}

async function settled(s: GuildSetup, count = 1) {
  return eventually(async () => {
    const votes = await bot.db.vote.findMany({
      where: { guildId: s.guildId, userId: s.userId, settledAt: { not: null } },
    });
    return votes.length >= count ? votes : undefined;
  });
}

const rolePut = (s: GuildSetup, roleId = s.roleId) =>
  bot.fake.find('PUT', new RegExp(`^/guilds/${s.guildId}/members/${s.userId}/roles/${roleId}$`));
const roleDelete = (s: GuildSetup) =>
  bot.fake.find('DELETE', new RegExp(`^/guilds/${s.guildId}/members/${s.userId}/roles/`));
const dmsTo = (s: GuildSetup) =>
  bot.fake
    .find('POST', /^\/channels\/\d+\/messages$/)
    .filter((r) => String((r.body as { content?: string }).content).includes(`<@${s.userId}>`))
    .filter((r) => !r.path.includes(s.announceChannelId) && !r.path.includes(s.logChannelId));
const contentOf = (request: RecordedRequest | undefined) =>
  String((request?.body as { content?: string } | undefined)?.content);
const posts = (channelId: string) => bot.fake.find('POST', new RegExp(`^/channels/${channelId}/messages$`));

describe('reward matrix', () => {
  it('grants the full reward for a credited vote: role, currency, DM and announcement, once each', async () => {
    const s = await setupGuild();
    const response = await bot.post('/webhook/votes', vote(s));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    await settled(s);

    expect(rolePut(s)).toHaveLength(1);
    expect(rolePut(s)[0]?.status).toBe(204);
    expect(dmsTo(s)).toHaveLength(1);
    expect(contentOf(dmsTo(s)[0])).toContain('100 coins');
    const announcement = posts(s.announceChannelId);
    expect(announcement).toHaveLength(1);
    // Only the voter may be pinged, whatever the template says.
    expect(announcement[0]?.body).toMatchObject({ allowed_mentions: { parse: [], users: [s.userId] } });
    expect(await effectsOf(s)).toEqual([
      { kind: 'currency', status: 'done', amount: 100 },
      { kind: 'role', status: 'done', amount: null },
      { kind: 'dm', status: 'done', amount: null },
      { kind: 'announcement', status: 'done', amount: null },
    ]);
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
    });
    expect(member).toMatchObject({ balance: 100n, totalVotes: 1, currentStreak: 1, bestStreak: 1 });
  });

  it('grants the configured share for a vote with an ad blocker (default 50%)', async () => {
    const s = await setupGuild();
    await bot.post(
      '/webhook/votes',
      vote(s, { creditsAwarded: false, adBlocker: true, creditDenialReason: 'Ad blocker detected' }),
    );
    await settled(s);
    expect(await effectsOf(s)).toContainEqual({ kind: 'currency', status: 'done', amount: 50 });
    expect(rolePut(s)).toHaveLength(1);
  });

  it('grants nothing for an ad-blocker vote when the share is 0, but stores the vote', async () => {
    const s = await setupGuild({ adBlockerPercent: 0 });
    expect(
      (await bot.post('/webhook/votes', vote(s, { creditsAwarded: false, adBlocker: true }))).status,
    ).toBe(200);
    await settled(s);
    expect(await effectsOf(s)).toEqual([]);
    expect(rolePut(s)).toHaveLength(0);
    expect(await bot.db.vote.count({ where: { guildId: s.guildId } })).toBe(1);
  });

  it('acknowledges other denied votes without a reward by default, and does not count them', async () => {
    const s = await setupGuild();
    const response = await bot.post(
      '/webhook/votes',
      vote(s, { creditsAwarded: false, creditDenialReason: 'Already voted recently' }),
    );
    expect(await response.json()).toEqual({ received: true });
    await settled(s);
    expect(await effectsOf(s)).toEqual([]);
    expect(rolePut(s)).toHaveLength(0);
    const member = await bot.db.member.findUnique({
      where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
    });
    expect(member?.totalVotes ?? 0).toBe(0);
  });

  it('rewards denied votes in full when the guild chose "full"', async () => {
    const s = await setupGuild({ denialPolicy: 'full' });
    await bot.post(
      '/webhook/votes',
      vote(s, { creditsAwarded: false, creditDenialReason: 'Server too new' }),
    );
    await settled(s);
    expect(await effectsOf(s)).toContainEqual({ kind: 'currency', status: 'done', amount: 100 });
  });
});

describe('deduplication and test deliveries', () => {
  it('answers a redelivery as a duplicate and rewards once', async () => {
    const s = await setupGuild();
    const payload = vote(s);
    expect(await (await bot.post('/webhook/votes', payload)).json()).toEqual({ received: true });
    expect(await (await bot.post('/webhook/votes', payload)).json()).toEqual({
      received: true,
      duplicate: true,
    });
    await settled(s);
    await new Promise((r) => setTimeout(r, 300));
    expect(rolePut(s)).toHaveLength(1);
    expect(dmsTo(s)).toHaveLength(1);
    expect(await bot.db.vote.count({ where: { guildId: s.guildId } })).toBe(1);
  });

  it('stores exactly one of 20 copies that arrive at the same moment', async () => {
    const s = await setupGuild();
    const payload = JSON.stringify(vote(s));
    const bodies = await Promise.all(
      Array.from(
        { length: 20 },
        async () => (await (await bot.post('/webhook/votes', payload)).json()) as Record<string, unknown>,
      ),
    );
    expect(bodies.filter((b) => b.duplicate === true)).toHaveLength(19);
    expect(bodies.filter((b) => b.received === true && b.duplicate === undefined)).toHaveLength(1);
    await settled(s);
    await new Promise((r) => setTimeout(r, 300));
    expect(rolePut(s)).toHaveLength(1);
    expect(await bot.db.vote.count({ where: { guildId: s.guildId } })).toBe(1);
  });

  it('writes concurrent votes in shared transactions, each with its job, and answers each on its own', async () => {
    const s = await setupGuild({
      rewardRoleId: null,
      currencyAmount: 1,
      dmEnabled: false,
      announceChannelId: null,
    });
    const writer = createVoteWriter(bot.db, bot.queue, { maxInFlight: 1, maxBatch: 50 });
    const base = Date.parse('2025-10-01T00:00:00.000Z');
    const votes: IncomingVote[] = Array.from({ length: 120 }, (_, i) => ({
      userId: (500_000_000_000_000_000n + BigInt(i)).toString(),
      guildId: s.guildId,
      votedAt: new Date(base + i),
      creditsAwarded: true,
      adBlocker: false,
      creditDenialReason: null,
    }));
    // Copies inside the same batch, and a vote the database refuses (user id
    // too long for its column): that one fails alone, the batch it was in is
    // written vote by vote.
    const copies = votes.slice(0, 10);
    const refused = { ...votes[0], userId: '9'.repeat(30) } as IncomingVote;
    const results = await Promise.allSettled([...votes, ...copies, refused].map((v) => writer.store(v)));
    const outcomes = results.map((r) => (r.status === 'fulfilled' ? r.value.outcome : 'rejected'));
    expect(outcomes.slice(0, 120).every((o) => o === 'stored')).toBe(true);
    expect(outcomes.slice(120, 130).every((o) => o === 'duplicate')).toBe(true);
    expect(outcomes[130]).toBe('rejected');
    const ids = results
      .slice(0, 120)
      .map((r) => (r as PromiseFulfilledResult<{ voteId: bigint }>).value.voteId);
    expect(new Set(ids).size).toBe(120);
    expect(await bot.db.vote.count({ where: { guildId: s.guildId } })).toBe(120);
    // Every stored vote got its reward job in the same transaction.
    // A job's created_on is its transaction's now(): few distinct values
    // means the votes were written a batch per transaction, not one each.
    const jobs = await bot.db.$queryRawUnsafe<{ n: bigint; transactions: bigint }[]>(
      `SELECT count(*) AS n, count(DISTINCT created_on) AS transactions
       FROM pgboss.job WHERE name = 'vote.reward' AND data->>'voteId' = ANY($1::text[])`,
      ids.map(String),
    );
    expect(Number(jobs[0]?.n)).toBe(120);
    expect(Number(jobs[0]?.transactions)).toBeLessThan(60);
  });

  it("writes each vote's job as pg-boss's own insert() would, with the queue's policy", async () => {
    const s = await setupGuild({ rewardRoleId: null, dmEnabled: false, announceChannelId: null });
    const writer = createVoteWriter(bot.db, bot.queue);
    const stored = await writer.store({
      userId: s.userId,
      guildId: s.guildId,
      votedAt: new Date('2025-10-02T00:00:00.000Z'),
      creditsAwarded: true,
      adBlocker: false,
      creditDenialReason: null,
    });
    if (stored.outcome !== 'stored') throw new Error('not stored');
    const columns = `name, data, priority, retry_limit, retry_count, retry_delay, retry_backoff,
      singleton_key, singleton_on, expire_in::text, state::text, dead_letter, policy, output,
      round(extract(epoch FROM keep_until - created_on) / 3600)::int AS keep_hours,
      start_after = created_on AS starts_at_once`;
    const ours = await bot.db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${columns} FROM pgboss.job WHERE name = 'vote.reward' AND data->>'voteId' = $1`,
      stored.voteId.toString(),
    );
    // The same job through pg-boss's insert() (what the writer used before), rolled back.
    const client = await poolOf(bot.db).connect();
    let theirs: Record<string, unknown>[];
    try {
      await client.query('BEGIN');
      await bot.queue.boss.insert(
        [
          {
            name: 'vote.reward',
            data: { voteId: stored.voteId.toString() },
            // The test bot's retry policy (support/bot.ts) and vote.reward's expiry and retention.
            retryLimit: 2,
            retryDelay: 1,
            retryBackoff: false,
            expireInSeconds: queues.voteReward.options.expireInSeconds,
            keepUntil: new Date(Date.now() + 60 * 86_400_000),
          },
        ],
        { db: { executeSql: (text, values) => client.query(text, values) } },
      );
      theirs = (
        await client.query(
          `SELECT ${columns} FROM pgboss.job WHERE name = 'vote.reward' AND data->>'voteId' = $1
           AND created_on = now()`,
          [stored.voteId.toString()],
        )
      ).rows;
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    expect(ours).toHaveLength(1);
    expect(ours[0]).toEqual(theirs[0]);
    expect(ours[0]).toMatchObject({
      retry_limit: 2,
      retry_delay: 1,
      expire_in: '00:00:30',
      state: 'created',
    });
  });

  it('logs a dashboard test, tells the log channel, and never rewards or stores it', async () => {
    const s = await setupGuild();
    const response = await bot.post('/webhook/votes', vote(s, { test: true }));
    expect(await response.json()).toEqual({ received: true, test: true });
    const notice = await bot.fake.waitFor('POST', new RegExp(`^/channels/${s.logChannelId}/messages$`));
    expect(contentOf(notice[0])).toMatch(/test webhook/i);
    expect(await bot.db.vote.count({ where: { guildId: s.guildId } })).toBe(0);
    expect(rolePut(s)).toHaveLength(0);
    expect(bot.logs.some((l) => l.guildId === s.guildId && /test webhook/i.test(String(l.msg)))).toBe(true);
  });
});

describe('streaks and temporary roles', () => {
  it('extends a streak within the window, restarts it after, keeps the best, and pays milestones', async () => {
    const s = await setupGuild({ milestoneEvery: 3, milestoneBonus: 500, streakWindowHours: 36 });
    const start = Date.parse('2025-11-01T10:00:00.000Z');
    const hours = [0, 24, 48, 48 + 40];
    for (const [i, h] of hours.entries()) {
      await bot.post('/webhook/votes', vote(s, { timestamp: new Date(start + h * 3_600_000).toISOString() }));
      await settled(s, i + 1);
    }
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
    });
    expect(member).toMatchObject({
      totalVotes: 4,
      currentStreak: 1,
      bestStreak: 3,
      balance: 4n * 100n + 500n,
    });
    const milestones = await bot.db.rewardEffect.findMany({
      where: { guildId: s.guildId, kind: 'milestone' },
    });
    expect(milestones.map((m) => m.amount)).toEqual([500]);
  });

  it('removes a temporary role when it expires', async () => {
    const s = await setupGuild({ rewardRoleSeconds: 1, dmEnabled: false, announceChannelId: null });
    await bot.post('/webhook/votes', vote(s));
    await bot.fake.waitFor(
      'DELETE',
      new RegExp(`^/guilds/${s.guildId}/members/${s.userId}/roles/${s.roleId}$`),
      1,
      10_000,
    );
    await eventually(async () => {
      const member = await bot.db.member.findUniqueOrThrow({
        where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
      });
      return member.roleExpiresAt === null;
    });
    expect(roleDelete(s)).toHaveLength(1);
  });

  it('leaves a temporary vote role on while the member holds it another way (a tier, a timed purchase)', async () => {
    // One member holds the vote role as a shop purchase for a week, another
    // as a loyalty tier: the vote time ending must take it off from neither.
    const bought = await setupGuild({ rewardRoleSeconds: 1, dmEnabled: false, announceChannelId: null });
    await bot.db.timedRole.create({
      data: {
        guildId: bought.guildId,
        userId: bought.userId,
        roleId: bought.roleId,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    const tier = await setupGuild({ rewardRoleSeconds: 1, dmEnabled: false, announceChannelId: null });
    await bot.db.member.create({
      data: { guildId: tier.guildId, userId: tier.userId, tierRoleIds: [tier.roleId] },
    });
    const plain = await setupGuild({ rewardRoleSeconds: 1, dmEnabled: false, announceChannelId: null });
    for (const s of [bought, tier, plain]) await bot.post('/webhook/votes', vote(s));
    // The plain member's role comes off; by then the others' expiries have run too.
    await bot.fake.waitFor(
      'DELETE',
      new RegExp(`^/guilds/${plain.guildId}/members/${plain.userId}/roles/${plain.roleId}$`),
      1,
      10_000,
    );
    for (const s of [bought, tier]) {
      await eventually(async () => {
        const m = await bot.db.member.findUniqueOrThrow({
          where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
        });
        return m.roleExpiresAt === null && m.totalVotes === 1;
      }, 10_000);
      expect(roleDelete(s)).toHaveLength(0);
    }
  });

  it('extends a running temporary role on a new vote instead of stacking removals', async () => {
    const s = await setupGuild({ rewardRoleSeconds: 3, dmEnabled: false, announceChannelId: null });
    await bot.post('/webhook/votes', vote(s, { timestamp: new Date(Date.now() - 1000).toISOString() }));
    await settled(s);
    const first = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
    });
    await new Promise((r) => setTimeout(r, 1500));
    await bot.post('/webhook/votes', vote(s));
    await settled(s, 2);
    const second = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
    });
    expect(second.roleExpiresAt!.getTime()).toBeGreaterThan(first.roleExpiresAt!.getTime() + 1000);
    // Past the first expiry, the role is still there.
    await eventually(() => Date.now() > first.roleExpiresAt!.getTime() + 1000, 10_000);
    expect(roleDelete(s)).toHaveLength(0);
    await bot.fake.waitFor(
      'DELETE',
      new RegExp(`^/guilds/${s.guildId}/members/${s.userId}/roles/`),
      1,
      10_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(roleDelete(s)).toHaveLength(1);
    expect(await bot.queue.boss.getQueueSize('role.expire')).toBe(0);
  });
});

describe('Discord failures', () => {
  it('parks the role of a voter who is not in the guild and grants it when they join', async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null }, { member: false });
    await bot.post('/webhook/votes', vote(s));
    await eventually(async () =>
      (await effectsOf(s)).some((e) => e.kind === 'role' && e.status === 'pending_member'),
    );
    expect(rolePut(s)[0]?.status).toBe(404);
    bot.fake.addMember(s.guildId, s.userId);
    await eventually(async () => (await effectsOf(s)).some((e) => e.kind === 'role' && e.status === 'done'));
    expect(rolePut(s).map((r) => r.status)).toEqual([404, 204]);
  });

  it('records missing permissions, reports them in the log channel at most once an hour, and does not retry', async () => {
    const s = await setupGuild({ rewardRoleId: undefined, dmEnabled: false, announceChannelId: null });
    await bot.db.guildConfig.update({ where: { guildId: s.guildId }, data: { rewardRoleId: s.highRoleId } });
    const other = { ...s, userId: snowflake() };
    bot.fake.addMember(s.guildId, other.userId, { dispatch: false });
    await bot.post('/webhook/votes', vote(s));
    await bot.post('/webhook/votes', vote(other));
    await settled(s);
    await settled(other);
    expect(await effectsOf(s)).toContainEqual({ kind: 'role', status: 'missing_permissions', amount: null });
    expect(await effectsOf(other)).toContainEqual({
      kind: 'role',
      status: 'missing_permissions',
      amount: null,
    });
    // The two votes are rewarded side by side: whichever asks first is refused (50013), and the
    // other is asked too only if it was already on its way (the refused role backs off). Never
    // retried: at most one PUT each, and at least one was made.
    const puts = [rolePut(s, s.highRoleId).length, rolePut(other, s.highRoleId).length];
    expect(Math.max(...puts)).toBe(1);
    const alerts = posts(s.logChannelId);
    expect(alerts).toHaveLength(1);
    expect(contentOf(alerts[0])).toContain('Manage Roles');
  });

  it('remembers closed DMs and stops trying', async () => {
    const s = await setupGuild({ announceChannelId: null });
    bot.fake.closeDms(s.userId);
    await bot.post('/webhook/votes', vote(s, { timestamp: '2025-11-01T10:00:00.000Z' }));
    await settled(s);
    expect(await effectsOf(s)).toContainEqual({ kind: 'dm', status: 'dms_closed', amount: null });
    const user = await bot.db.discordUser.findUniqueOrThrow({ where: { userId: s.userId } });
    expect(user.dmsClosedAt).not.toBeNull();
    const attempts = bot.fake.find('POST', /^\/channels\/\d+\/messages$/).length;
    await bot.post('/webhook/votes', vote(s, { timestamp: '2025-11-02T10:00:00.000Z' }));
    await settled(s, 2);
    expect(bot.fake.find('POST', /^\/channels\/\d+\/messages$/).length).toBe(attempts);
    expect((await effectsOf(s)).filter((e) => e.kind === 'dm')).toHaveLength(1);
  });

  it('retries after a 5xx with backoff and grants the role once it works', async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null });
    bot.fake.failNext({ method: 'PUT', path: new RegExp(`/members/${s.userId}/roles/`), status: 500 });
    await bot.post('/webhook/votes', vote(s));
    await settled(s);
    expect(rolePut(s).map((r) => r.status)).toEqual([500, 204]);
    expect(await effectsOf(s)).toContainEqual({ kind: 'role', status: 'done', amount: null });
  });

  it('waits out a 429 as Discord says and then grants', async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null });
    bot.fake.failNext({
      method: 'PUT',
      path: new RegExp(`/members/${s.userId}/roles/`),
      status: 429,
      retryAfter: 0.2,
    });
    await bot.post('/webhook/votes', vote(s));
    await settled(s);
    expect(rolePut(s).map((r) => r.status)).toEqual([429, 204]);
  });

  it('resends a DM that got no answer with the same nonce, so Discord posts it once', async () => {
    const s = await setupGuild({ announceChannelId: null });
    bot.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 0, kind: 'timeout' });
    await bot.post('/webhook/votes', vote(s));
    await settled(s);
    expect(await effectsOf(s)).toContainEqual({ kind: 'dm', status: 'done', amount: null });
    const sends = dmsTo(s);
    expect(sends.map((r) => r.status)).toEqual([0, 200]);
    const nonces = sends.map((r) => (r.body as { nonce?: string; enforce_nonce?: boolean }).nonce);
    expect(nonces[0]).toMatch(/^r\d+$/);
    expect(nonces[1]).toBe(nonces[0]);
    expect(sends[0]?.body).toMatchObject({ enforce_nonce: true });
  });

  /** A vote whose DM a previous process claimed ('sending') and then died. */
  async function interruptedDm(s: GuildSetup, claimedAgoMs: number) {
    const stored = await bot.db.vote.create({
      data: {
        userId: s.userId,
        guildId: s.guildId,
        votedAt: new Date('2025-03-01T00:00:00.000Z'),
        creditsAwarded: true,
        adBlocker: false,
        plannedAt: new Date(),
        counted: true,
      },
    });
    const effect = await bot.db.rewardEffect.create({
      data: {
        voteId: stored.id,
        guildId: s.guildId,
        userId: s.userId,
        kind: 'dm',
        status: 'sending',
        content: `Thanks for voting, <@${s.userId}>!`,
        updatedAt: new Date(Date.now() - claimedAgoMs),
      },
    });
    return { stored, effect };
  }

  it('after a crash mid-send, resends within the nonce window: Discord deduplicates, one DM', async () => {
    const s = await setupGuild({ announceChannelId: null });
    const { stored, effect } = await interruptedDm(s, 5_000);
    // The dead process's request had reached Discord before it died.
    const { REST } = await import('discord.js');
    const rest = new REST({ api: bot.fake.apiUrl }).setToken(bot.fake.token);
    const channel = (await rest.post('/users/@me/channels', { body: { recipient_id: s.userId } })) as {
      id: string;
    };
    await rest.post(`/channels/${channel.id}/messages`, {
      body: { content: effect.content, nonce: `r${effect.id}`, enforce_nonce: true },
    });
    await bot.queue.send('voteReward', { voteId: stored.id.toString() });
    await eventually(async () => (await effectsOf(s)).some((e) => e.kind === 'dm' && e.status === 'done'));
    const sends = dmsTo(s);
    expect(sends).toHaveLength(2);
    expect(sends.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('gives up a send with no answer 60 s after its first attempt (at most once)', async () => {
    const s = await setupGuild({ announceChannelId: null });
    // Well inside Discord's "few minutes" of nonce deduplication, never near its edge.
    const { stored } = await interruptedDm(s, 61_000);
    await bot.queue.send('voteReward', { voteId: stored.id.toString() });
    await eventually(async () => (await effectsOf(s)).some((e) => e.kind === 'dm' && e.status === 'unknown'));
    expect(dmsTo(s)).toHaveLength(0);
  });

  it('keeps a job that exhausts its retries as a dead letter, and replays it', async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null });
    bot.fake.failNext({
      method: 'PUT',
      path: new RegExp(`/members/${s.userId}/roles/`),
      status: 502,
      times: 3,
    });
    await bot.post('/webhook/votes', vote(s));
    const letter = await eventually(async () =>
      (await listDeadLetters(bot.db)).find((l) => JSON.stringify(l.data).includes('voteId')),
    );
    expect(letter.queue).toBe('vote.reward');
    expect(letter.reason).toMatch(/502/);
    expect(await effectsOf(s)).toContainEqual({ kind: 'role', status: 'planned', amount: null });

    expect(await replayDeadLetters(bot.db, bot.queue, [letter.id])).toBe(1);
    await settled(s);
    expect(rolePut(s).map((r) => r.status)).toEqual([502, 502, 502, 204]);
    expect(await replayDeadLetters(bot.db, bot.queue, [letter.id])).toBe(0);
  });

  it("sends a guild's role grants side by side, not one after another", async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null, logChannelId: null });
    const voters = Array.from({ length: 6 }, () => snowflake());
    for (const userId of voters) bot.fake.addMember(s.guildId, userId);
    await bot.workersStarted;
    // Below the REST timeout of this bot (500 ms).
    bot.fake.setLatency(400, 400);
    try {
      await Promise.all(voters.map((userId) => bot.post('/webhook/votes', vote(s, { userId }))));
      const puts = await bot.fake.waitFor(
        'PUT',
        new RegExp(`^/guilds/${s.guildId}/members/\\d+/roles/${s.roleId}$`),
        voters.length,
        15_000,
      );
      // The guild's first grant goes alone: its answer says how many the
      // role route allows (route-buckets.ts). One client at a time would
      // then send each grant only after the previous one's answer, 400 ms
      // later; several arriving within 400 ms were in flight together.
      const arrivals = puts.map((r) => r.at).sort((a, b) => a - b);
      const second = arrivals[1] ?? 0;
      expect(arrivals.filter((at) => at - second >= 0 && at - second < 400).length).toBeGreaterThan(1);
    } finally {
      bot.fake.setLatency(0, 0);
    }
  });

  it('answers webhooks at once while Discord is slow', async () => {
    const s = await setupGuild();
    bot.fake.setLatency(2000, 2000);
    try {
      const started = performance.now();
      const response = await bot.post('/webhook/votes', vote(s));
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(500);
    } finally {
      bot.fake.setLatency(0, 0);
    }
  });
});

describe('guilds the bot is not in', () => {
  it('answers 200 and stores the vote, but attempts no DM, member row or effect; /metrics and doctor show it', async () => {
    // Configured once (the bot was removed since), rewards and all; not in the fake Discord.
    const guildId = snowflake();
    const userId = snowflake();
    const announceChannelId = snowflake();
    await bot.db.guildConfig.create({ data: { guildId, currencyAmount: 100, announceChannelId } });
    const response = await bot.post('/webhook/votes', votePayload({ userId, serverId: guildId }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    const vote = await eventually(() =>
      bot.db.vote.findFirst({ where: { guildId, userId, settledAt: { not: null } } }),
    );
    expect(vote).toMatchObject({ botNotInGuild: true, counted: false });
    expect(await bot.db.member.count({ where: { guildId } })).toBe(0);
    expect(await bot.db.rewardEffect.count({ where: { guildId } })).toBe(0);
    expect(
      bot.fake
        .find('POST', /^\/users\/@me\/channels$/)
        .filter((r) => JSON.stringify(r.body).includes(userId)),
    ).toEqual([]);
    expect(bot.fake.find('POST', new RegExp(`^/channels/${announceChannelId}/messages$`))).toEqual([]);
    expect(bot.fake.find('PUT', new RegExp(`^/guilds/${guildId}/`))).toEqual([]);
    // A redelivery is still a duplicate, and still does nothing.
    expect(
      await (
        await bot.post(
          '/webhook/votes',
          votePayload({ userId, serverId: guildId, timestamp: vote.votedAt.toISOString() }),
        )
      ).json(),
    ).toEqual({ received: true, duplicate: true });

    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(Number(/^rankly_votes_not_in_guild_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);

    let out = '';
    await runCli(['doctor'], {
      env: { DATABASE_URL: bot.databaseUrl },
      out: (t) => {
        out += t;
      },
      err: () => {},
    });
    expect(out).toMatch(/\[warn\] \d+ votes? for \d+ guilds? the bot is not in, stored but not rewarded: /);
    expect(out).toContain(`${guildId} (1 vote, last `);
  });
});

describe('recovery', () => {
  it('grants refused rewards again once the admin fixed the permissions', async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null });
    await bot.db.guildConfig.update({ where: { guildId: s.guildId }, data: { rewardRoleId: s.highRoleId } });
    await bot.post('/webhook/votes', vote(s));
    await settled(s);
    expect(await effectsOf(s)).toContainEqual({ kind: 'role', status: 'missing_permissions', amount: null });
    // The admin drags the bot's role above the reward role.
    bot.fake.addGuild({
      id: s.guildId,
      roles: [{ id: s.highRoleId, position: 5 }],
      members: [s.userId],
      channels: [s.announceChannelId, s.logChannelId],
    });
    expect(await retryRefusedRewards(bot.db, bot.queue, s.guildId)).toBe(1);
    await eventually(async () => (await effectsOf(s)).some((e) => e.kind === 'role' && e.status === 'done'));
    expect(rolePut(s, s.highRoleId).map((r) => r.status)).toEqual([403, 204]);
    expect(await effectsOf(s)).toContainEqual({ kind: 'currency', status: 'done', amount: 100 });
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: s.guildId, userId: s.userId } },
    });
    expect(member.balance).toBe(100n);
  });

  it('re-enqueues a stored vote whose job was lost, and rewards it once', async () => {
    const s = await setupGuild({ dmEnabled: false, announceChannelId: null });
    const lost = await bot.db.vote.create({
      data: {
        userId: s.userId,
        guildId: s.guildId,
        votedAt: new Date('2025-06-01T00:00:00.000Z'),
        creditsAwarded: true,
        adBlocker: false,
        receivedAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    expect(
      await sweepUnsettledVotes({
        db: bot.db,
        queue: bot.queue,
        log: createLogger({ level: 'silent', pretty: false }),
      }),
    ).toBe(1);
    await settled(s);
    expect(rolePut(s)).toHaveLength(1);
    // Settled now: a second sweep finds nothing.
    expect(
      await sweepUnsettledVotes({
        db: bot.db,
        queue: bot.queue,
        log: createLogger({ level: 'silent', pretty: false }),
      }),
    ).toBe(0);
    expect(lost.id).toBeTypeOf('bigint');
  });

  it("requires a guild's own secret on the shared URL when no global secret is set", async () => {
    const s = await setupGuild({
      webhookSecretHash: createHash('sha256').update('guild-only').digest('hex'),
    });
    expect((await bot.post('/webhook/votes', vote(s))).status).toBe(401);
    expect((await bot.post('/webhook/votes', vote(s), { authorization: 'guild-only' })).status).toBe(200);
    expect(
      (await bot.post(`/webhook/votes/${s.guildId}`, vote(s, { timestamp: '2025-01-01T00:00:00.000Z' })))
        .status,
    ).toBe(401);
  });

  it('answers 400, not 5xx, for values the database cannot store', async () => {
    const s = await setupGuild();
    for (const overrides of [
      { creditsAwarded: false, creditDenialReason: 'nul \u0000 byte' },
      { timestamp: '0000-01-01T00:00:00Z' },
      { timestamp: '9999-12-31T23:59:59.999-23:59' },
    ]) {
      const response = await bot.post('/webhook/votes', vote(s, overrides));
      expect(response.status, JSON.stringify(overrides)).toBe(400);
    }
  });
});
