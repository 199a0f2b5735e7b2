import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  snowflake,
  startTestBot,
  type TestBot,
  testWebhookAuth,
  votePayload,
} from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * What /setup and /votes say (issue 15): each reply says what is now in
 * effect, previews use the admin's own numbers, the status lists the steps
 * left, and a replay reports how it went.
 */
let bot: TestBot;
const guildId = snowflake();
const adminId = snowflake();
const modsRoleId = snowflake();
const voterRoleId = snowflake();
const otherRoleId = snowflake();
const highRoleId = snowflake();
const channelId = snowflake();

beforeAll(async () => {
  bot = await startTestBot({
    env: { PUBLIC_URL: 'https://bot.example.com' },
    guilds: [
      {
        id: guildId,
        name: 'Test Server',
        roles: [
          { id: voterRoleId, name: 'Voter', position: 2 },
          { id: otherRoleId, name: 'Supporter', position: 3 },
          { id: highRoleId, name: 'Above the bot', position: 12 },
          { id: modsRoleId, name: 'Mods', position: 15 },
        ],
        members: [adminId],
        memberRoles: { [adminId]: [modsRoleId] },
        channels: [channelId],
      },
    ],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(guildId));
});
afterAll(async () => {
  await bot?.close();
});

async function run(name: string, options: CommandOption[], userId = adminId) {
  const { data } = await sendSlashCommand(bot.fake, {
    name,
    options,
    guildId,
    channelId,
    userId,
    member: { roles: userId === adminId ? [modsRoleId] : [], permissions: P.ManageGuild | P.ManageRoles },
  });
  return replyText(data);
}
const setup = (name: string, options: CommandOption[] = []) => run('setup', subcommand(name, options));
const config = () => bot.db.guildConfig.findUnique({ where: { guildId } });

describe('/setup status before anything is configured', () => {
  it('shows the webhook URL and every step left, each with its command, and ticks the test delivery when it arrives', async () => {
    const before = await setup('status');
    expect(before).toContain(`https://bot.example.com/webhook/votes/${guildId}`);
    expect(before).toContain('⬜ Test delivery: press **Test Webhook** in the Rankly dashboard');
    expect(before).toContain('⬜ Reward: choose one with `/setup role` or `/setup currency`.');
    expect(before).toContain('⬜ Log channel: `/setup logchannel`');
    // The test bot has a bot-wide secret: the webhook step is done.
    expect(before).toContain('✅ Webhook: Rankly posts to');
    expect(before).toContain('3 steps left.');

    const test = await bot.post(
      '/webhook/votes',
      votePayload({ serverId: guildId, userId: adminId, test: true }),
    );
    expect(await test.json()).toEqual({ received: true, test: true });
    await eventually(async () => (await config())?.testDeliveryAt);
    expect(await setup('status')).toMatch(/✅ Test delivery received <t:\d+:R>\./);
  });
});

describe('every /setup reply says what is now in effect', () => {
  it('names the reward, with plurals and the currency name', async () => {
    expect(await setup('currency', [{ type: 4, name: 'amount', value: 1 }])).toContain(
      'Voters now get 1 coin per vote.',
    );
    expect(
      await setup('currency', [
        { type: 4, name: 'amount', value: 25 },
        { type: 3, name: 'name', value: 'gems' },
      ]),
    ).toContain('Voters now get 25 gems per vote.');
    expect(await setup('adblocker', [{ type: 4, name: 'percent', value: 40 }])).toContain(
      'Votes cast with an ad blocker now earn 40% of the reward.',
    );
    expect(await setup('denials', [{ type: 3, name: 'policy', value: 'reduced' }])).toContain(
      'now earn the ad-blocker share (40%)',
    );
    expect(
      await setup('streak', [
        { type: 4, name: 'milestone_every', value: 5 },
        { type: 4, name: 'milestone_bonus', value: 100 },
      ]),
    ).toContain(
      'A vote within 36 hours of the last one now continues a streak; a bonus of 100 gems every 5 votes in a row.',
    );
    expect(await setup('logchannel', [{ type: 7, name: 'channel', value: channelId }])).toContain(
      `Test webhooks from Rankly and problems with rewards are now reported in <#${channelId}>.`,
    );
    expect(await setup('clear', [{ type: 3, name: 'setting', value: 'milestone' }])).toContain(
      'There is no milestone bonus any more.',
    );
  });

  it('refuses a DM text with a placeholder it does not fill, listing the ones it does, and saves nothing', async () => {
    const reply = await setup('dm', [
      { type: 5, name: 'enabled', value: true },
      { type: 3, name: 'template', value: 'Thanks {user}, you got {bogus}!' },
    ]);
    expect(reply).toContain('Not saved: the DM text uses {bogus}, which is not a placeholder.');
    expect(reply).toContain(
      '{user} {streak} {total} {reward} {balance} {currency} {role} {server} {next_vote}',
    );
    expect((await config())?.dmTemplate).toBeNull();
  });

  it('previews the DM and the announcement with the admin’s own numbers', async () => {
    await setup('role', [{ type: 8, name: 'role', value: voterRoleId }]);
    await bot.db.member.upsert({
      where: { guildId_userId: { guildId, userId: adminId } },
      create: { guildId, userId: adminId, totalVotes: 4, currentStreak: 1, balance: 975n },
      update: { totalVotes: 4, currentStreak: 1, balance: 975n },
    });
    const dm = await setup('dm', [
      { type: 5, name: 'enabled', value: true },
      {
        type: 3,
        name: 'template',
        value: 'Thanks {user}! {reward} in {server}. You have {balance} {currency}.',
      },
    ]);
    expect(dm).toContain('Voters now get a thank-you DM with your text. Preview, with your numbers:');
    expect(dm).toContain(
      `> Thanks <@${adminId}>! 25 gems and the **Voter** role in Test Server. You have 1,000 gems.`,
    );
    const announce = await setup('announce', [{ type: 7, name: 'channel', value: channelId }]);
    expect(announce).toContain(`Votes are now announced in <#${channelId}>. Preview, with your numbers:`);
    expect(announce).toContain(
      `> <@${adminId}> just voted and received 25 gems and the **Voter** role! (2 votes in a row, 5 votes in all)`,
    );
    const cleared = await setup('clear', [{ type: 3, name: 'setting', value: 'dmtemplate' }]);
    expect(cleared).toContain('The DM is back to the default text. Preview, with your numbers:');
    expect(cleared).toContain('> Thanks for voting, <@');
    expect((await config())?.dmTemplate).toBeNull();
  });
});

describe('/setup replay', () => {
  it('gives the rewards with the reward role chosen since, and says how it went', async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    // Saved before the bot's role moved below it: Discord refuses the grant.
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { rewardRoleId: highRoleId, dmEnabled: false, announceChannelId: null },
    });
    await bot.post('/webhook/votes', votePayload({ userId: voter, serverId: guildId }));
    await eventually(() =>
      bot.db.rewardEffect.findFirst({
        where: { userId: voter, kind: 'role', status: 'missing_permissions' },
      }),
    );
    // The admin picks another role instead of fixing the old one.
    expect(await setup('role', [{ type: 8, name: 'role', value: otherRoleId }])).toContain(
      `<@&${otherRoleId}>`,
    );
    const reply = await setup('replay');
    expect(reply).toContain('Given again: 1 reward. Not given: 0.');
    expect(
      bot.fake.find('PUT', new RegExp(`/members/${voter}/roles/${otherRoleId}$`)).map((r) => r.status),
    ).toEqual([204]);
    expect(bot.fake.find('PUT', new RegExp(`/members/${voter}/roles/${highRoleId}$`))).toHaveLength(1);
  });

  it('reports what is still not given, and why', async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    await bot.db.guildConfig.update({ where: { guildId }, data: { rewardRoleId: highRoleId } });
    await bot.post('/webhook/votes', votePayload({ userId: voter, serverId: guildId }));
    await eventually(() =>
      bot.db.rewardEffect.findFirst({
        where: { userId: voter, kind: 'role', status: 'missing_permissions' },
      }),
    );
    const reply = await setup('replay');
    expect(reply).toContain('Not all given');
    expect(reply).toContain('Given again: 0 rewards. Not given: 1.');
    expect(reply).toContain(`• <@&${highRoleId}>: 403 50013: Missing Permissions`);
    expect(reply).toContain('Fix what is listed, then run `/setup replay` again');
  });
});

describe('/votes show', () => {
  it('tells votes Rankly denied apart from no votes', async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    await bot.db.guildConfig.update({ where: { guildId }, data: { denialPolicy: 'none' } });
    for (const minutes of [3, 2, 1]) {
      await bot.post(
        '/webhook/votes',
        votePayload({
          userId: voter,
          serverId: guildId,
          creditsAwarded: false,
          creditDenialReason: 'Already voted recently',
          timestamp: new Date(Date.now() - minutes * 60_000).toISOString(),
        }),
        { authorization: testWebhookAuth },
      );
    }
    await eventually(
      async () => (await bot.db.vote.count({ where: { userId: voter, plannedAt: { not: null } } })) === 3,
    );
    expect(await run('votes', subcommand('show'), voter)).toContain(
      'You: 3 votes, none credited (Rankly denied them: Already voted recently).',
    );
    expect(await run('votes', subcommand('show'), snowflake())).toContain(
      'You have not voted for this server yet.',
    );
  });

  it('shows a streak whose window has passed as 0', async () => {
    const late = snowflake();
    const recent = snowflake();
    await bot.db.guildConfig.update({ where: { guildId }, data: { streakWindowHours: 36 } });
    await bot.db.member.createMany({
      data: [
        {
          guildId,
          userId: late,
          totalVotes: 4,
          currentStreak: 4,
          bestStreak: 4,
          lastVoteAt: new Date(Date.now() - 40 * 3_600_000),
        },
        {
          guildId,
          userId: recent,
          totalVotes: 4,
          currentStreak: 4,
          bestStreak: 4,
          lastVoteAt: new Date(Date.now() - 30 * 3_600_000),
        },
      ],
    });
    expect(await run('votes', subcommand('show'), late)).toContain('Streak: 0');
    expect(await run('votes', subcommand('show'), recent)).toContain('Streak: 4');
  });
});
