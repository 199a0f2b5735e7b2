import { createHash } from 'node:crypto';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../commands/deploy.js';
import { commands } from '../commands/index.js';
import { getLeaderboard } from '../src/db/vote-stats.js';
import {
  eventually,
  snowflake,
  startTestBot,
  type TestBot,
  testWebhookAuth,
  votePayload,
} from './support/bot.js';
import type { RecordedRequest } from './support/fake-discord.js';
import {
  type CommandOption,
  dispatchSlashCommand,
  type ReplyData,
  replyText,
  sendSlashCommand,
  subcommand,
} from './support/interactions.js';

/**
 * Slash commands through the real discord.js: raw INTERACTION_CREATE
 * payloads go in over the fake gateway, and the replies come back to the
 * fake's interaction callback endpoint, where we read them.
 */
let bot: TestBot;
const guildId = snowflake();
const adminId = snowflake();
const lowRoleId = snowflake();
const highRoleId = snowflake();
const modsRoleId = snowflake();
const channelId = snowflake();

beforeAll(async () => {
  bot = await startTestBot({
    env: { PUBLIC_URL: 'https://bot.example.com' },
    guilds: [
      {
        id: guildId,
        roles: [
          { id: lowRoleId, name: 'Voter', position: 2 },
          { id: highRoleId, name: 'Boss', position: 12 },
          // The admin's own role: above the bot's (10), so only the bot limits which roles they choose.
          { id: modsRoleId, name: 'Mods', position: 15 },
        ],
        members: [adminId],
        memberRoles: { [adminId]: [modsRoleId] },
        channels: [channelId],
      },
    ],
  });
  // The guild arrives over the gateway before any interaction can use it.
  await new Promise<void>((resolve) => {
    const poll = () => (bot.discord?.client.guilds.cache.has(guildId) ? resolve() : setTimeout(poll, 20));
    poll();
  });
});
afterAll(async () => {
  await bot?.close();
});

/** Sends a slash command and returns the reply payload the bot posted. */
async function run(
  name: string,
  options: CommandOption[],
  opts: { userId?: string; resolved?: object } = {},
) {
  const { data } = await sendSlashCommand(bot.fake, {
    name,
    options,
    guildId,
    channelId,
    userId: opts.userId ?? adminId,
    member: { roles: opts.userId && opts.userId !== adminId ? [] : [modsRoleId] },
    ...(opts.resolved ? { resolved: opts.resolved } : {}),
  });
  return data;
}
const text = replyText;
const sub = subcommand;

describe('/setup', () => {
  it('is for Manage Server members only, and not in DMs', () => {
    const setup = commands.find((c) => c.definition.name === 'setup')!.definition;
    expect(setup.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(setup.dm_permission).toBe(false);
  });

  it('sets a temporary reward role the bot can give, ephemerally', async () => {
    const reply = await run(
      'setup',
      sub('role', [
        { type: 8, name: 'role', value: lowRoleId },
        { type: 3, name: 'duration', value: '12h' },
      ]),
    );
    expect(reply.flags).toBe(64);
    expect(text(reply)).toContain(`Voters now get <@&${lowRoleId}> for 12 hours`);
    expect(await bot.db.guildConfig.findUnique({ where: { guildId } })).toMatchObject({
      rewardRoleId: lowRoleId,
      rewardRoleSeconds: 43_200,
    });
  });

  it('refuses a role above the bot, says how to fix it, and keeps the role it had', async () => {
    const reply = await run('setup', sub('role', [{ type: 8, name: 'role', value: highRoleId }]));
    expect(text(reply)).toContain('Not saved');
    expect(text(reply)).toContain('Drag my role above it');
    expect(await bot.db.guildConfig.findUnique({ where: { guildId } })).toMatchObject({
      rewardRoleId: lowRoleId,
    });
  });

  it('refuses a duration it cannot read, with a friendly message', async () => {
    const reply = await run(
      'setup',
      sub('role', [
        { type: 8, name: 'role', value: lowRoleId },
        { type: 3, name: 'duration', value: 'a fortnight' },
      ]),
    );
    expect(reply.flags).toBe(64);
    expect(text(reply)).toContain('is not a duration');
  });

  it('sets currency and streak settings, and clears them', async () => {
    await run(
      'setup',
      sub('currency', [
        { type: 4, name: 'amount', value: 25 },
        { type: 3, name: 'name', value: 'gems' },
      ]),
    );
    await run(
      'setup',
      sub('streak', [
        { type: 4, name: 'milestone_every', value: 5 },
        { type: 4, name: 'milestone_bonus', value: 100 },
      ]),
    );
    expect(await bot.db.guildConfig.findUnique({ where: { guildId } })).toMatchObject({
      currencyAmount: 25,
      currencyName: 'gems',
      milestoneEvery: 5,
      milestoneBonus: 100,
    });
    await run('setup', sub('clear', [{ type: 3, name: 'setting', value: 'milestone' }]));
    expect(await bot.db.guildConfig.findUnique({ where: { guildId } })).toMatchObject({
      milestoneEvery: null,
    });
  });

  it('makes a per-guild webhook secret, shows it once, stores only its hash, and rotates it', async () => {
    const reply = await run('setup', sub('webhook'));
    const all = text(reply);
    expect(all).toContain(`https://bot.example.com/webhook/votes/${guildId}`);
    const secret = /Authorization: `([^`]+)`/.exec(all)?.[1] as string;
    expect(secret.length).toBeGreaterThan(20);
    // Stored once the reply reached Discord, so a moment after it.
    await eventually(async () => {
      const stored = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
      return stored.webhookSecretHash === createHash('sha256').update(secret).digest('hex');
    });
    const post = (auth: string) =>
      bot.post(`/webhook/votes/${guildId}`, votePayload({ userId: snowflake(), serverId: guildId }), {
        authorization: auth,
      });
    expect((await post(secret)).status).toBe(200);

    expect(text(await run('setup', sub('webhook')))).toContain('cannot be shown again');
    const rotated = await run('setup', sub('webhook', [{ type: 5, name: 'rotate', value: true }]));
    const next = /Authorization: `([^`]+)`/.exec(text(rotated))?.[1] as string;
    expect(next).not.toBe(secret);
    expect(text(rotated)).toMatch(/The previous secret keeps working until <t:\d+:f>/);
    await eventually(
      async () =>
        (await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).webhookSecretHash ===
        createHash('sha256').update(next).digest('hex'),
    );
    expect((await post(next)).status).toBe(200);
    // The old one still works during the grace period (24 hours by default), on both URLs...
    expect((await post(secret)).status).toBe(200);
    const shared = () =>
      bot.post('/webhook/votes', votePayload({ userId: snowflake(), serverId: guildId }), {
        authorization: secret,
      });
    expect((await shared()).status).toBe(200);
    const { previousWebhookSecretUntil } = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    const hoursLeft = (previousWebhookSecretUntil!.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);
    const status = text(await run('setup', sub('status')));
    expect(status).toContain(
      `Own secret: yes · the previous one still works until <t:${Math.floor(previousWebhookSecretUntil!.getTime() / 1000)}:f>`,
    );
    // ...and not after it.
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { previousWebhookSecretUntil: new Date(Date.now() - 1000) },
    });
    expect((await post(secret)).status).toBe(401);
    expect((await shared()).status).toBe(401);
    expect((await post(next)).status).toBe(200);
    expect(text(await run('setup', sub('status')))).toMatch(/Own secret: yes\n/);
    // A server with its own secret accepts only its own: the bot-wide one is refused.
    expect((await post(testWebhookAuth)).status).toBe(401);
    expect(bot.logText()).not.toContain(secret);
    expect(bot.logText()).not.toContain(next);
  });

  it('stores a new secret only once the reply showing it reached Discord', async () => {
    const hashOf = async () =>
      (await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).webhookSecretHash;
    const rotate = () =>
      dispatchSlashCommand(bot.fake, {
        name: 'setup',
        options: sub('webhook', [{ type: 5, name: 'rotate', value: true }]),
        guildId,
        channelId,
        userId: adminId,
      });
    const callbacks = (id: string, count: number) =>
      bot.fake.waitFor('POST', new RegExp(`^/interactions/${id}/[^/]+/callback$`), count, 10_000);
    const [shown] = await callbacks(rotate(), 1);
    const shownSecret = (request: RecordedRequest | undefined) =>
      /Authorization: `([^`]+)`/.exec(
        text((request?.body as { data?: ReplyData } | undefined)?.data ?? {}),
      )?.[1];
    const current = shownSecret(shown) as string;
    await eventually(async () => (await hashOf()) === createHash('sha256').update(current).digest('hex'));
    const before = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    // Discord fails the reply: the admin never sees the secret it held.
    bot.fake.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500 });
    const [failed, apology] = await callbacks(rotate(), 2);
    expect(failed?.status).toBe(500);
    const unseen = shownSecret(failed);
    expect(unseen).toBeDefined();
    expect(JSON.stringify(apology?.body)).toContain('something went wrong');
    const after = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    expect(after.webhookSecretHash).toBe(before.webhookSecretHash);
    expect(after.previousWebhookSecretHash).toBe(before.previousWebhookSecretHash);
    const post = (auth: string) =>
      bot.post(`/webhook/votes/${guildId}`, votePayload({ userId: snowflake(), serverId: guildId }), {
        authorization: auth,
      });
    expect((await post(current)).status).toBe(200);
    expect((await post(unseen as string)).status).toBe(401);
  });

  it('shows the status: configuration, whether roles can be given, activity', async () => {
    const reply = await run('setup', sub('status'));
    const all = text(reply);
    expect(reply.flags).toBe(64);
    expect(all).toContain(`<@&${lowRoleId}> ✅ can be given`);
    expect(all).toContain('Currency: 25 gems per vote');
    expect(all).toMatch(/today: \d+/);
  });
});

describe('/votes', () => {
  it("shows a member's votes, streak and balance", async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    // The /setup webhook test gave the guild its own secret; this one posts without.
    await bot.db.guildConfig.update({ where: { guildId }, data: { webhookSecretHash: null } });
    await bot.post(
      '/webhook/votes',
      votePayload({
        userId: voter,
        serverId: guildId,
        timestamp: new Date(Date.now() - 3_600_000).toISOString(),
      }),
    );
    await eventually(() => bot.db.vote.count({ where: { userId: voter, settledAt: { not: null } } }));
    const reply = await run('votes', sub('show'), { userId: voter });
    const all = text(reply);
    expect(all).toContain('Votes: 1');
    expect(all).toContain('Streak: 1');
    expect(all).toContain('Balance: 25 gems');
    expect(all).toMatch(/Next vote: in \d+ hours · <t:\d+:t>/);
  });

  it('answers a member without votes kindly', async () => {
    const reply = await run('votes', sub('show'), { userId: snowflake() });
    expect(reply.flags).toBe(64);
    expect(text(reply)).toContain('have not voted');
  });

  it('ranks the top 10 with shared ranks for ties, and gives the caller their rank', async () => {
    const board = snowflake();
    const users = Array.from({ length: 15 }, () => snowflake());
    const counts = [9, 8, 8, 7, 6, 6, 5, 5, 4, 3, 3, 2, 2, 1, 1];
    const now = new Date('2026-11-25T12:00:00.000Z');
    await bot.db.member.createMany({
      data: users.map((userId, i) => ({ guildId: board, userId, totalVotes: (counts[i] as number) * 10 })),
    });
    await bot.db.voteTally.createMany({
      data: users.map((userId, i) => ({
        guildId: board,
        period: 'w2026-48',
        userId,
        votes: counts[i] as number,
      })),
    });
    // Last week's tally does not count this week.
    await bot.db.voteTally.create({
      data: { guildId: board, period: 'w2026-47', userId: users[14] as string, votes: 50 },
    });

    const week = await getLeaderboard(bot.db, board, 'week', users[13] as string, { now });
    expect(week.top.map((r) => r.votes)).toEqual(counts.slice(0, 10));
    expect(week.top.map((r) => r.rank)).toEqual([1, 2, 2, 4, 5, 5, 7, 7, 9, 10]);
    expect(week.top[0]?.userId).toBe(users[0]);
    expect(week.caller).toMatchObject({ userId: users[13], votes: 1, rank: 14 });
    const all = await getLeaderboard(bot.db, board, 'all', users[0] as string, { now });
    expect(all.top.map((r) => r.votes)).toEqual(counts.slice(0, 10).map((c) => c * 10));
    expect(all.caller).toMatchObject({ rank: 1 });
    expect((await getLeaderboard(bot.db, board, 'month', users[0] as string, { now })).top).toEqual([]);
  });

  it('counts the votes the reward job counted, in the tally of their week and month', async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    await bot.db.guildConfig.update({ where: { guildId }, data: { webhookSecretHash: null } });
    const at = new Date('2026-11-25T12:00:00.000Z');
    await bot.post(
      '/webhook/votes',
      votePayload({ userId: voter, serverId: guildId, timestamp: at.toISOString() }),
    );
    await eventually(() => bot.db.vote.count({ where: { userId: voter, settledAt: { not: null } } }));
    const week = await getLeaderboard(bot.db, guildId, 'week', voter, { now: at });
    expect(week.caller).toMatchObject({ userId: voter, votes: 1 });
    expect((await getLeaderboard(bot.db, guildId, 'month', voter, { now: at })).caller).toMatchObject({
      votes: 1,
    });
  });

  it('shows the leaderboard as an embed with the caller line', async () => {
    const reply = await run('votes', sub('leaderboard', [{ type: 3, name: 'period', value: 'all' }]));
    expect(text(reply)).toContain('Top voters of all time');
    expect(text(reply)).toMatch(/You: (You are #\d+|You have no votes)/);
  });
});

describe('/votes remind', () => {
  it('schedules one DM after the cooldown of each vote, and stops when DMs fail', async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { webhookSecretHash: null, voteCooldownHours: 1 },
    });
    const on = await run('votes', sub('remind', [{ type: 3, name: 'state', value: 'on' }]), {
      userId: voter,
    });
    expect(on.content).toContain('Vote reminders are on');
    // A vote 59 minutes and 59 seconds ago: its 1-hour cooldown ends in a second.
    await bot.post(
      '/webhook/votes',
      votePayload({
        userId: voter,
        serverId: guildId,
        timestamp: new Date(Date.now() - 3_599_000).toISOString(),
      }),
    );
    const reminder = await eventually(
      () => bot.db.rewardEffect.findFirst({ where: { userId: voter, kind: 'reminder', status: 'done' } }),
      10_000,
    );
    expect(reminder.content).toContain('You can vote');
    // DMs closed: the next reminder fails and switches reminders off.
    bot.fake.closeDms(voter);
    await bot.post(
      '/webhook/votes',
      votePayload({
        userId: voter,
        serverId: guildId,
        timestamp: new Date(Date.now() - 3_598_000).toISOString(),
      }),
    );
    await eventually(async () => {
      const member = await bot.db.member.findUnique({
        where: { guildId_userId: { guildId, userId: voter } },
      });
      return member?.remindEnabled === false;
    }, 15_000);
    expect(
      await bot.db.rewardEffect.count({ where: { userId: voter, kind: 'reminder', status: 'done' } }),
    ).toBe(1);
  }, 40_000);
});

describe('failures', () => {
  it('logs an unexpected failure with its context and apologises with an error id', async () => {
    // The leaderboard's table goes missing under the bot's feet.
    await bot.db.$executeRawUnsafe('ALTER TABLE vote_tally RENAME TO vote_tally_away');
    const reply = await run(
      'votes',
      sub('leaderboard', [{ type: 3, name: 'period', value: 'week' }]),
    ).finally(() => bot.db.$executeRawUnsafe('ALTER TABLE vote_tally_away RENAME TO vote_tally'));
    expect(reply.flags).toBe(64);
    const errorId = /error id `([0-9a-f]{8})`/.exec(text(reply))?.[1];
    expect(errorId).toBeDefined();
    expect(bot.logs.find((l) => l.errorId === errorId)).toMatchObject({
      level: 50,
      command: 'votes',
      guildId,
      msg: 'slash command failed',
    });
  });
});

describe('/premium', () => {
  it("shows a user's premium and the server's", async () => {
    const buyer = snowflake();
    await bot.db.entitlement.create({
      data: {
        scope: 'user',
        subjectId: buyer,
        tierId: 'pro',
        tierName: 'Pro Plan',
        status: 'active',
        since: new Date(),
        until: null,
        giftedBy: adminId,
      },
    });
    const reply = await run('premium', [], { userId: buyer });
    const all = text(reply);
    expect(all).toContain('**Pro Plan**: active');
    expect(all).toContain('Lifetime');
    expect(all).toContain(`Gifted by <@${adminId}>`);
    expect(all).toContain('This server: None');
  });
});

describe('commands:deploy', () => {
  it('bulk-overwrites the commands of a guild with one PUT', async () => {
    const registered = await deployCommands({ token: bot.fake.token, apiUrl: bot.fake.apiUrl, guildId });
    expect(registered.map((c) => c.name).sort()).toEqual(['premium', 'setup', 'shop', 'votes']);
    const puts = bot.fake.find(
      'PUT',
      new RegExp(`^/applications/${bot.fake.applicationId}/guilds/${guildId}/commands$`),
    );
    expect(puts).toHaveLength(1);
  });
});
