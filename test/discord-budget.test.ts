import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../src/db/generated/client.js';
import { retryRefusedRewards } from '../src/jobs/dead-letters.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * Discord allows a bot 50 requests a second in all (issue 17): DM channels
 * are opened once per user, a busy guild's announcements go out together,
 * and a role Discord refused is not asked for again vote after vote.
 */
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

async function guild(policy: Partial<Prisma.GuildConfigCreateInput>, members: string[] = []) {
  const guildId = snowflake();
  const roleId = snowflake();
  const highRoleId = snowflake();
  const channelId = snowflake();
  bot.fake.addGuild({
    id: guildId,
    roles: [
      { id: roleId, name: 'Voter', position: 5 },
      { id: highRoleId, name: 'Above the bot', position: 15 },
    ],
    members,
    channels: [channelId],
  });
  await bot.db.guildConfig.create({ data: { guildId, currencyAmount: 10, ...policy } });
  return { guildId, roleId, highRoleId, channelId };
}
const vote = (guildId: string, userId: string, msAgo = 0) =>
  bot.post(
    '/webhook/votes',
    votePayload({ userId, serverId: guildId, timestamp: new Date(Date.now() - msAgo).toISOString() }),
  );
const settled = (guildId: string, count: number) =>
  eventually(
    async () => (await bot.db.vote.count({ where: { guildId, settledAt: { not: null } } })) >= count,
    20_000,
  );

describe('DM channels', () => {
  it('are opened once per user and kept in Postgres, across guilds and restarts', async () => {
    const userId = snowflake();
    const a = await guild({ dmEnabled: true }, [userId]);
    const b = await guild({ dmEnabled: true }, [userId]);
    await vote(a.guildId, userId);
    await settled(a.guildId, 1);
    await vote(b.guildId, userId);
    await settled(b.guildId, 1);
    const opened = () =>
      bot.fake
        .find('POST', /^\/users\/@me\/channels$/)
        .filter((r) => (r.body as { recipient_id?: string }).recipient_id === userId);
    expect(opened()).toHaveLength(1);
    const stored = await bot.db.discordUser.findUniqueOrThrow({ where: { userId } });
    expect(stored.dmChannelId).toBe(bot.fake.dmChannelOf(userId));
    // Another process of the bot (another replica, or after a restart) uses the stored channel.
    const other = await startTestBot({ env: { RUN: 'worker' }, sharing: bot });
    try {
      await vote(a.guildId, userId, 1000);
      await settled(a.guildId, 2);
    } finally {
      await other.close();
    }
    expect(opened()).toHaveLength(1);
    expect(bot.fake.find('POST', new RegExp(`^/channels/${stored.dmChannelId}/messages$`))).toHaveLength(3);
  });
});

describe('DM channels Discord forgot', () => {
  it('are opened again, once, and the DM is sent in the new one', async () => {
    const userId = snowflake();
    const g = await guild({ dmEnabled: true }, [userId]);
    await bot.db.discordUser.create({ data: { userId, dmChannelId: snowflake() } });
    await vote(g.guildId, userId);
    await settled(g.guildId, 1);
    expect(await bot.db.rewardEffect.findFirst({ where: { userId, kind: 'dm' } })).toMatchObject({
      status: 'done',
    });
    const fresh = bot.fake.dmChannelOf(userId);
    expect((await bot.db.discordUser.findUniqueOrThrow({ where: { userId } })).dmChannelId).toBe(fresh);
    expect(bot.fake.find('POST', new RegExp(`^/channels/${fresh}/messages$`))).toHaveLength(1);
  });
});

describe('announcements under load', () => {
  it('announces a quiet guild’s vote at once, and a burst of votes together, each voter once', async () => {
    const voters = Array.from({ length: 30 }, () => snowflake());
    const g = await guild({ dmEnabled: false }, voters);
    await bot.db.guildConfig.update({
      where: { guildId: g.guildId },
      data: { announceChannelId: g.channelId },
    });
    const posts = () => bot.fake.find('POST', new RegExp(`^/channels/${g.channelId}/messages$`));

    const sent = Date.now();
    await vote(g.guildId, voters[0] as string);
    const [first] = await bot.fake.waitFor('POST', new RegExp(`^/channels/${g.channelId}/messages$`), 1);
    expect(first!.at - sent).toBeLessThan(1_500);

    await Promise.all(voters.slice(1).map((userId, i) => vote(g.guildId, userId, i + 1)));
    await settled(g.guildId, voters.length);
    const messages = posts().filter((r) => r.status === 200);
    // Each voter is announced once, in one of a few messages: the first at
    // once, the other 29 in one message per batch window they took to reward
    // (one or two on a quiet machine, more on a loaded one), never one a vote.
    const mentioned = messages.flatMap(
      (m) => (m.body as { allowed_mentions: { users: string[] } }).allowed_mentions.users,
    );
    expect(mentioned.sort()).toEqual([...voters].sort());
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(6);
    for (const m of messages) {
      const body = m.body as { content: string; allowed_mentions: { users: string[] } };
      expect(body.content.length).toBeLessThanOrEqual(2000);
      expect(body.allowed_mentions.users.length).toBeLessThanOrEqual(25);
      for (const userId of body.allowed_mentions.users)
        expect(body.content).toContain(`<@${userId}> just voted`);
    }
    const effects = await bot.db.rewardEffect.findMany({
      where: { guildId: g.guildId, kind: 'announcement' },
    });
    expect(effects.map((e) => e.status)).toEqual(Array(30).fill('done'));
  });
});

describe('a role Discord refused', () => {
  it('is not asked for again vote after vote, until /setup replay', async () => {
    const voters = Array.from({ length: 5 }, () => snowflake());
    const g = await guild({ dmEnabled: false }, voters);
    // Saved before the bot's role was moved below it: Discord answers 50013.
    await bot.db.guildConfig.update({ where: { guildId: g.guildId }, data: { rewardRoleId: g.highRoleId } });
    await vote(g.guildId, voters[0] as string);
    await settled(g.guildId, 1);
    for (const [i, userId] of voters.slice(1).entries()) await vote(g.guildId, userId, i + 1);
    await settled(g.guildId, voters.length);
    const puts = () => bot.fake.find('PUT', new RegExp(`^/guilds/${g.guildId}/members/\\d+/roles/`));
    expect(puts().map((r) => r.status)).toEqual([403]);
    const effects = await bot.db.rewardEffect.findMany({ where: { guildId: g.guildId, kind: 'role' } });
    expect(effects.map((e) => e.status)).toEqual(Array(5).fill('missing_permissions'));
    expect(effects.filter((e) => e.detail?.startsWith('not asked'))).toHaveLength(4);
    // The admin fixes the role order and replays: Discord is asked again, for each.
    bot.fake.updateRole(g.guildId, g.highRoleId, { position: 3 });
    await retryRefusedRewards(bot.db, bot.queue, g.guildId);
    await eventually(
      async () =>
        (await bot.db.rewardEffect.count({ where: { guildId: g.guildId, kind: 'role', status: 'done' } })) ===
        5,
    );
    expect(puts().map((r) => r.status)).toEqual([403, 204, 204, 204, 204, 204]);
  });
});

describe('per-route limits', () => {
  it('keep the parallel role clients of a guild inside its role bucket: no stream of 429s', async () => {
    const voters = Array.from({ length: 30 }, () => snowflake());
    const g = await guild({ dmEnabled: false }, voters);
    await bot.db.guildConfig.update({ where: { guildId: g.guildId }, data: { rewardRoleId: g.roleId } });
    // Discord's role route allows a few changes per guild and window; the fake says so in its headers.
    bot.fake.rateLimits({ globalPerSecond: 50, perRoute: { limit: 5, windowMs: 1000 } });
    try {
      await Promise.all(voters.map((userId, i) => vote(g.guildId, userId, i)));
      await settled(g.guildId, voters.length);
    } finally {
      bot.fake.rateLimits(null);
    }
    const puts = bot.fake.find('PUT', new RegExp(`^/guilds/${g.guildId}/members/\\d+/roles/`));
    expect(puts.filter((r) => r.status === 429)).toEqual([]);
    expect(puts).toHaveLength(30);
  });
});
