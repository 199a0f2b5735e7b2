import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachGoalIfDue } from '../src/db/goal.js';
import { goalPeriodKey } from '../src/domain/goal.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * The community goal (issue 18, point 3), through the whole bot: votes
 * arrive as webhooks, the reward job counts them, the goal is reached
 * once however many votes cross the line together, and its reward is
 * given once per member, later voters of the period included.
 */
let bot: TestBot;
const guildId = snowflake();
const adminId = snowflake();
const modsRoleId = snowflake();
const championRoleId = snowflake();
const channelId = snowflake();
const announceChannelId = snowflake();
const [ana, ben, cleo] = [snowflake(), snowflake(), snowflake()] as [string, string, string];

beforeAll(async () => {
  bot = await startTestBot({
    guilds: [
      {
        id: guildId,
        roles: [
          { id: championRoleId, name: 'Champion', position: 2 },
          { id: modsRoleId, name: 'Mods', position: 15 },
        ],
        members: [adminId, ana, ben, cleo],
        memberRoles: { [adminId]: [modsRoleId] },
        channels: [channelId, announceChannelId],
      },
    ],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(guildId));
  await bot.db.guildConfig.create({ data: { guildId, dmEnabled: false, currencyAmount: 10 } });
});
afterAll(async () => {
  await bot?.close();
});

async function command(name: string, options: CommandOption[], userId = adminId): Promise<string> {
  const { data } = await sendSlashCommand(bot.fake, {
    name,
    options,
    guildId,
    channelId,
    userId,
    member: { roles: userId === adminId ? [modsRoleId] : [] },
  });
  return replyText(data);
}
const balanceOf = async (userId: string) =>
  (await bot.db.member.findUnique({ where: { guildId_userId: { guildId, userId } } }))?.balance ?? 0n;
const goalAnnouncements = () =>
  bot.fake
    .find('POST', new RegExp(`^/channels/${announceChannelId}/messages$`))
    .filter((r) => JSON.stringify(r.body).includes('Community goal reached'));

describe('the community goal', () => {
  it('is reached once by two votes arriving at the same moment, and rewards each voter once', async () => {
    const saved = await command(
      'setup',
      subcommand('goal', [
        { type: 4, name: 'votes', value: 2 },
        { type: 3, name: 'period', value: 'month' },
        { type: 8, name: 'role', value: championRoleId },
        { type: 3, name: 'duration', value: '1d' },
        { type: 4, name: 'coins', value: 25 },
      ]),
    );
    expect(saved).toContain('The community goal is now 2 votes each month (UTC)');
    expect(saved).toContain(`25 coins and <@&${championRoleId}> for 1 day`);
    // Only now: the goal's announcement goes where vote announcements would (none are made before this).
    await bot.db.guildConfig.update({ where: { guildId }, data: { announceChannelId } });
    expect(
      await command('votes', subcommand('stats', [{ type: 5, name: 'private', value: true }])),
    ).not.toContain('Community goal reached');

    const at = new Date().toISOString();
    const answers = await Promise.all(
      [ana, ben].map((userId) =>
        bot.post('/webhook/votes', votePayload({ userId, serverId: guildId, timestamp: at })),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200]);

    const announced = await eventually(async () => {
      const rows = await bot.db.goalEffect.findMany({
        where: { guildId, kind: 'announcement', status: 'done' },
      });
      return rows.length > 0 && rows;
    });
    expect(announced).toHaveLength(1);
    await eventually(
      async () =>
        (await bot.db.goalEffect.count({
          where: { guildId, kind: 'role', status: 'done', expiresAt: { not: null } },
        })) === 2,
    );
    expect(await bot.db.goalReached.count({ where: { guildId } })).toBe(1);
    expect(goalAnnouncements()).toHaveLength(1);
    expect(JSON.stringify(goalAnnouncements()[0]?.body)).toContain(
      'Community goal reached: 2 votes this month! Everyone who voted this month gets 25 coins and',
    );
    // 10 for the vote, 25 for the goal.
    expect(await balanceOf(ana)).toBe(35n);
    expect(await balanceOf(ben)).toBe(35n);
    for (const userId of [ana, ben]) {
      expect(bot.fake.find('PUT', new RegExp(`/members/${userId}/roles/${championRoleId}$`))).toHaveLength(1);
      const held = await bot.db.timedRole.findUniqueOrThrow({
        where: { guildId_userId_roleId: { guildId, userId, roleId: championRoleId } },
      });
      expect(held.expiresAt.getTime()).toBeGreaterThan(Date.now() + 86_400_000 - 60_000);
    }
  });

  it('gives a later voter of the period the reward too, and nobody twice', async () => {
    const [reached] = await bot.db.goalReached.findMany({ where: { guildId } });
    if (!reached) throw new Error('the goal was not reached');
    // The job run again, as after a crash or a replay: nothing more for anyone.
    await bot.queue.send('goalReward', { reachedId: reached.id.toString() });
    await bot.post('/webhook/votes', votePayload({ userId: cleo, serverId: guildId }));
    await eventually(async () => (await balanceOf(cleo)) === 35n);
    await eventually(
      async () =>
        (await bot.db.goalEffect.count({
          where: { guildId, kind: 'role', status: 'done', expiresAt: { not: null } },
        })) === 3,
    );
    await new Promise((r) => setTimeout(r, 2500)); // any extra job would have run by now
    expect(await balanceOf(ana)).toBe(35n);
    expect(await balanceOf(ben)).toBe(35n);
    expect(await balanceOf(cleo)).toBe(35n);
    const rows = await bot.db.goalEffect.groupBy({
      by: ['userId', 'kind'],
      where: { guildId },
      _count: { _all: true },
    });
    expect(rows.every((r) => r._count._all === 1)).toBe(true);
    expect(rows).toHaveLength(3 * 2 + 1);
    expect(goalAnnouncements()).toHaveLength(1);
  });

  it('shows its progress in /votes show, /votes stats and /setup status', async () => {
    const show = await command('votes', subcommand('show'), ana);
    expect(show).toContain('🎯 Community goal: ▰▰▰▰▰▰▰▰▰▰ 100%');
    expect(show).toContain('3 / 2 votes this month: reached! 🎉');
    const stats = await command('votes', subcommand('stats', [{ type: 5, name: 'private', value: true }]));
    expect(stats).toContain('3 / 2 votes this month: reached!');
    expect(await command('setup', subcommand('status'))).toContain(
      'Community goal: 3 / 2 votes this month, reached',
    );
    expect(await command('setup', subcommand('goal', [{ type: 4, name: 'votes', value: 0 }]))).toContain(
      'There is no community goal any more.',
    );
    expect(await command('votes', subcommand('show'), ana)).not.toContain('Community goal');
  });

  it('of ten votes crossing the line at once, exactly one reaches it', async () => {
    const other = snowflake();
    const now = new Date();
    await bot.db.communityGoal.create({
      data: { guildId: other, votes: 10, period: 'week', rewardCoins: 5 },
    });
    const voters = Array.from({ length: 10 }, () => snowflake());
    await bot.db.voteTally.createMany({
      data: voters.map((userId) => ({
        guildId: other,
        period: goalPeriodKey('week', now),
        userId,
        votes: 1,
      })),
    });
    // Every vote's job checks after its own commit: all ten see the goal met.
    const outcomes = await Promise.all(
      voters.map((userId) => reachGoalIfDue(bot.db, bot.queue, { guildId: other, userId, votedAt: now })),
    );
    expect(outcomes.filter((o) => o === 'reached')).toHaveLength(1);
    expect(await bot.db.goalReached.count({ where: { guildId: other } })).toBe(1);
  });
});
