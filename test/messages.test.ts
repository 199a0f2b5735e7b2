import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../src/db/generated/client.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import type { RecordedRequest } from './support/fake-discord.js';

/**
 * What the bot says is true (issue 15): a DM or announcement is composed
 * after the role it mentions has an outcome, every placeholder is filled,
 * and "DMs closed" means closed. Through the real discord.js against the
 * fake Discord, which refuses a DM to someone who shares no server with it.
 */
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

interface Guild {
  guildId: string;
  userId: string;
  roleId: string;
  highRoleId: string;
  channelId: string;
}

async function setupGuild(
  policy: Partial<Prisma.GuildConfigCreateInput> = {},
  opts: { member?: boolean } = {},
): Promise<Guild> {
  const g: Guild = {
    guildId: snowflake(),
    userId: snowflake(),
    roleId: snowflake(),
    highRoleId: snowflake(),
    channelId: snowflake(),
  };
  bot.fake.addGuild({
    id: g.guildId,
    name: 'Test Server',
    roles: [
      { id: g.roleId, name: 'Voter', position: 5 },
      { id: g.highRoleId, name: 'Above the bot', position: 15 },
    ],
    members: opts.member === false ? [] : [g.userId],
    channels: [g.channelId],
  });
  await eventually(() => bot.discord?.client.guilds.cache.get(g.guildId)?.roles.cache.has(g.roleId));
  await bot.db.guildConfig.create({
    data: {
      guildId: g.guildId,
      rewardRoleId: g.roleId,
      currencyAmount: 100,
      announceChannelId: g.channelId,
      ...policy,
    },
  });
  return g;
}

const content = (r: RecordedRequest | undefined) =>
  String((r?.body as { content?: string } | undefined)?.content);
const announcements = (g: Guild) => bot.fake.find('POST', new RegExp(`^/channels/${g.channelId}/messages$`));
/** Messages created in the voter's DM channel (the fake gives each user one). */
const dms = (g: Guild) => {
  const channel = bot.fake.dmChannelOf(g.userId);
  return channel ? bot.fake.find('POST', new RegExp(`^/channels/${channel}/messages$`)) : [];
};
const vote = (g: Guild, at = new Date()) =>
  bot.post(
    '/webhook/votes',
    votePayload({ userId: g.userId, serverId: g.guildId, timestamp: at.toISOString() }),
  );
const settled = (g: Guild, count = 1) =>
  eventually(
    async () =>
      (await bot.db.vote.count({
        where: { guildId: g.guildId, userId: g.userId, settledAt: { not: null } },
      })) >= count,
  );
const statusOf = async (g: Guild, kind: 'dm' | 'role' | 'announcement') =>
  (
    await bot.db.rewardEffect.findMany({
      where: { guildId: g.guildId, userId: g.userId, kind },
      orderBy: { id: 'asc' },
    })
  ).map((e) => e.status);

describe('messages describe what happened', () => {
  it('claims a role only when it was given', async () => {
    const given = await setupGuild();
    await vote(given);
    await settled(given);
    expect(content(dms(given)[0])).toBe(
      `Thanks for voting, <@${given.userId}>! You received 100 coins and the **Voter** role. Streak: 1 vote in a row, 1 vote in all.`,
    );
    expect(content(announcements(given)[0])).toBe(
      `<@${given.userId}> just voted and received 100 coins and the **Voter** role! (1 vote in a row, 1 vote in all)`,
    );

    // Saved before the bot's role was moved below it: Discord refuses (50013).
    const refused = await setupGuild();
    await bot.db.guildConfig.update({
      where: { guildId: refused.guildId },
      data: { rewardRoleId: refused.highRoleId },
    });
    await vote(refused);
    await settled(refused);
    expect(await statusOf(refused, 'role')).toEqual(['missing_permissions']);
    expect(content(dms(refused)[0])).toBe(
      `Thanks for voting, <@${refused.userId}>! You received 100 coins. Streak: 1 vote in a row, 1 vote in all.`,
    );
    expect(content(announcements(refused)[0])).toBe(
      `<@${refused.userId}> just voted and received 100 coins! (1 vote in a row, 1 vote in all)`,
    );
  });

  it('tells a voter who is not in the server yet that the role follows, and DMs them once when they join', async () => {
    const g = await setupGuild({}, { member: false });
    await vote(g, new Date(Date.now() - 60_000));
    await vote(g);
    await settled(g, 2);
    expect(announcements(g).map(content)).toEqual([
      `<@${g.userId}> just voted and received 100 coins (the **Voter** role follows once they join the server)! (1 vote in a row, 1 vote in all)`,
      `<@${g.userId}> just voted and received 100 coins (the **Voter** role follows once they join the server)! (2 votes in a row, 2 votes in all)`,
    ]);
    // No DM is even tried: Discord refuses DMs to someone who shares no server with the bot.
    expect(dms(g)).toEqual([]);
    expect(await statusOf(g, 'dm')).toEqual(['skipped', 'pending_member']);

    bot.fake.addMember(g.guildId, g.userId);
    await eventually(async () => (await statusOf(g, 'dm')).includes('done'));
    expect(dms(g).map(content)).toEqual([
      `Thanks for voting, <@${g.userId}>! You received 100 coins and the **Voter** role. Streak: 2 votes in a row, 2 votes in all.`,
    ]);
    expect(await statusOf(g, 'role')).toEqual(['done', 'done']);
    expect(
      (await bot.db.discordUser.findUnique({ where: { userId: g.userId } }))?.dmsClosedAt ?? null,
    ).toBeNull();
  });

  it('fills {balance}, {currency}, {role}, {server} and {next_vote} in an admin’s own text', async () => {
    const g = await setupGuild({
      currencyAmount: 1,
      currencyName: 'coins',
      announceChannelId: null,
      dmTemplate:
        'You got {reward} in {server}: {balance} {currency} now, {role} too. Next vote {next_vote}. Total {total}.',
    });
    await bot.db.member.create({ data: { guildId: g.guildId, userId: g.userId, balance: 999n } });
    const at = new Date(Date.now() - 1000);
    await vote(g, at);
    await settled(g);
    const next = Math.floor((at.getTime() + 12 * 3_600_000) / 1000);
    expect(content(dms(g)[0])).toBe(
      `You got 1 coin and the **Voter** role in Test Server: 1,000 coins now, Voter too. Next vote <t:${next}:R>. Total 1.`,
    );
  });
});

describe('DMs closed means closed', () => {
  it('does not mark DMs closed for a voter who shares no server with the bot; they get the DM on joining', async () => {
    const g = await setupGuild({ rewardRoleId: null, announceChannelId: null }, { member: false });
    // Shares another server with the bot? No: this DM is refused (50007).
    bot.fake.closeDms(g.userId);
    bot.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, code: 50007 });
    await vote(g);
    await settled(g);
    expect(await statusOf(g, 'dm')).toEqual(['pending_member']);
    expect(
      (await bot.db.discordUser.findUnique({ where: { userId: g.userId } }))?.dmsClosedAt ?? null,
    ).toBeNull();
  });

  it('marks DMs closed for a member who refuses them, and tries again after DMS_CLOSED_DAYS', async () => {
    const g = await setupGuild({ rewardRoleId: null, announceChannelId: null });
    bot.fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, code: 50007 });
    await vote(g, new Date(Date.now() - 120_000));
    await settled(g);
    expect(await statusOf(g, 'dm')).toEqual(['dms_closed']);
    expect(
      (await bot.db.discordUser.findUnique({ where: { userId: g.userId } }))?.dmsClosedAt,
    ).toBeInstanceOf(Date);
    // Within the 7 days: no DM planned at all.
    await vote(g, new Date(Date.now() - 60_000));
    await settled(g, 2);
    expect(await statusOf(g, 'dm')).toEqual(['dms_closed']);
    // Eight days later the member has opened their DMs again.
    await bot.db.discordUser.update({
      where: { userId: g.userId },
      data: { dmsClosedAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    await vote(g);
    await settled(g, 3);
    expect(await statusOf(g, 'dm')).toEqual(['dms_closed', 'done']);
  });
});
