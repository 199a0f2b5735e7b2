import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { getLeaderboard, getMemberVoteStats } from '../src/db/vote-stats.js';
import { webhookSignature } from '../src/rankly/signature.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * Bot vote webhooks end to end: signed bodies over real HTTP, stored as
 * votes credited in the home guild, rewarded by the vote reward job against
 * the fake Discord, counted like server votes.
 */
const oldSecret = 'bot-vote-old-secret';
const newSecret = 'bot-vote-new-secret';
const botId = '1234567890123456789';
let bot: TestBot;
let homeGuild: string;
let guildRole: string;
let botVoteRole: string;

beforeAll(async () => {
  homeGuild = snowflake();
  guildRole = snowflake();
  botVoteRole = snowflake();
  bot = await startTestBot({
    env: {
      RANKLY_VOTE_WEBHOOK_SECRET: `${oldSecret}, ${newSecret}`,
      BOT_VOTE_GUILD_ID: homeGuild,
      BOT_VOTE_CURRENCY: '25',
      BOT_VOTE_ROLE_ID: botVoteRole,
    },
    guilds: [
      {
        id: homeGuild,
        name: 'Home',
        roles: [
          { id: guildRole, name: 'Server Voter', position: 3 },
          { id: botVoteRole, name: 'Bot Voter', position: 2 },
        ],
      },
    ],
  });
  await bot.db.guildConfig.create({
    data: { guildId: homeGuild, rewardRoleId: guildRole, rewardRoleSeconds: 3600, currencyAmount: 10 },
  });
});
afterAll(async () => {
  await bot?.close();
});

function botVote(userId: string, overrides: Record<string, unknown> = {}) {
  return {
    event: 'bot_vote',
    timestamp: new Date().toISOString(),
    voter: { userId, username: 'voter' },
    bot: { id: botId, name: 'Test Bot' },
    creditsAwarded: true,
    adBlocker: false,
    creditDenialReason: null,
    ...overrides,
  };
}

function send(body: unknown, opts: { secret?: string; signature?: string; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(body);
  return fetch(`${bot.url}/webhook/bot-votes`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-webhook-signature': opts.signature ?? webhookSignature(raw, opts.secret ?? newSecret),
    },
    body: raw,
  });
}

function newMember(): string {
  const userId = snowflake();
  bot.fake.addMember(homeGuild, userId, { dispatch: false });
  return userId;
}

const settled = (userId: string) =>
  eventually(async () => {
    const votes = await bot.db.vote.findMany({ where: { userId } });
    return votes.length > 0 && votes.every((v) => v.settledAt !== null) ? votes : undefined;
  });

describe('signature and body', () => {
  it('accepts either rotation secret; refuses a wrong or missing signature with 401, storing nothing', async () => {
    for (const secret of [oldSecret, newSecret]) {
      expect((await send(botVote(newMember()), { secret })).status, secret).toBe(200);
    }
    const userId = newMember();
    const body = JSON.stringify(botVote(userId));
    for (const signature of [
      webhookSignature(body, 'wrong'),
      '',
      'z'.repeat(64),
      webhookSignature(`${body} `, newSecret),
    ]) {
      expect((await send(null, { raw: body, signature })).status).toBe(401);
    }
    const missing = await fetch(`${bot.url}/webhook/bot-votes`, { method: 'POST', body });
    expect(missing.status).toBe(401);
    expect(await bot.db.vote.count({ where: { userId } })).toBe(0);
  });

  it('answers 400 naming the fields for a signed body that can never be a bot vote', async () => {
    const notJson = await send(null, { raw: '{not json' });
    expect(notJson.status).toBe(400);
    const wrong = await send(botVote(newMember(), { event: 'server_vote', voter: { userId: '12' } }));
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(['event', 'voter.userId']);
  });

  it('acknowledges a signed test delivery as a test and stores nothing', async () => {
    const userId = newMember();
    const response = await send(botVote(userId, { test: true }));
    expect(await response.json()).toEqual({ received: true, test: true });
    expect(await bot.db.vote.count({ where: { userId } })).toBe(0);
  });
});

describe('rewards', () => {
  it('stores a bot vote as a vote in the home guild and gives the bot vote reward, not the guild one', async () => {
    const userId = newMember();
    const response = await send(botVote(userId));
    expect(await response.json()).toEqual({ received: true });
    const [vote] = await settled(userId);
    expect(vote).toMatchObject({ guildId: homeGuild, botId, counted: true });
    const effects = await bot.db.rewardEffect.findMany({ where: { userId } });
    // By name (the kind enum sorts in its declaration order).
    effects.sort((a, b) => a.kind.localeCompare(b.kind));
    expect(effects.map((e) => [e.kind, e.status, e.amount, e.roleId])).toEqual([
      ['currency', 'done', 25, null],
      ['dm', 'done', null, null],
      ['role', 'done', null, botVoteRole],
    ]);
    expect(bot.fake.find('PUT', new RegExp(`/members/${userId}/roles/${botVoteRole}$`))).toHaveLength(1);
    expect(bot.fake.find('PUT', new RegExp(`/members/${userId}/roles/${guildRole}$`))).toHaveLength(0);
    // The bot's role is kept for good: no expiry was scheduled for it.
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: homeGuild, userId } },
    });
    expect(member.roleExpiresAt).toBeNull();
  });

  it('counts bot votes with server votes in /votes; a bot vote leaves the server role expiry alone', async () => {
    const userId = newMember();
    await bot.post('/webhook/votes', votePayload({ userId, serverId: homeGuild }));
    await settled(userId);
    const { roleExpiresAt } = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: homeGuild, userId } },
    });
    expect(roleExpiresAt).not.toBeNull();
    await send(botVote(userId, { timestamp: new Date(Date.now() + 1000).toISOString() }));
    await eventually(async () => (await settled(userId)).length === 2);
    const stats = await getMemberVoteStats(bot.db, homeGuild, userId);
    expect(stats).toMatchObject({ votes: 2, currentStreak: 2, balance: 35n });
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: homeGuild, userId } },
    });
    expect(member.roleExpiresAt).toEqual(roleExpiresAt);
    const board = await getLeaderboard(bot.db, homeGuild, 'week', userId);
    expect(board.caller).toMatchObject({ userId, votes: 2 });
  });

  it('follows the reward matrix: an uncredited bot vote earns nothing and is not counted', async () => {
    const userId = newMember();
    await send(botVote(userId, { creditsAwarded: false, creditDenialReason: 'Already voted recently' }));
    const [vote] = await settled(userId);
    expect(vote).toMatchObject({ counted: false, creditDenialReason: 'Already voted recently' });
    expect(await bot.db.rewardEffect.count({ where: { userId } })).toBe(0);
  });
});

describe('duplicates', () => {
  it('deduplicates by (voter, bot, timestamp): a redelivery is acknowledged and rewarded once', async () => {
    const userId = newMember();
    const payload = botVote(userId);
    expect(await (await send(payload)).json()).toEqual({ received: true });
    // Rankly's retry, and a copy differing in other fields: the same vote.
    expect(await (await send(payload)).json()).toEqual({ received: true, duplicate: true });
    const copies = await Promise.all(
      [1, 2, 3].map(() => send({ ...payload, bot: { id: botId, name: 'Renamed' } }).then((r) => r.json())),
    );
    expect(copies).toEqual([1, 2, 3].map(() => ({ received: true, duplicate: true })));
    await settled(userId);
    expect(await bot.db.vote.count({ where: { userId } })).toBe(1);
    expect(bot.fake.find('PUT', new RegExp(`/members/${userId}/roles/`))).toHaveLength(1);
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: homeGuild, userId } },
    });
    expect(member.balance).toBe(25n);
    const metrics = await bot.metrics?.registry.metrics();
    expect(metrics).toMatch(
      /rankly_webhooks_received_total\{route="\/webhook\/bot-votes",outcome="duplicate"\} [4-9]/,
    );
  });

  it('a vote for another bot, or for the home server, at the same moment is a different vote', async () => {
    const userId = newMember();
    const timestamp = new Date().toISOString();
    await send(botVote(userId, { timestamp }));
    const other = await send(
      botVote(userId, { timestamp, bot: { id: '2234567890123456789', name: 'Other' } }),
    );
    expect(await other.json()).toEqual({ received: true });
    const server = await bot.post('/webhook/votes', votePayload({ userId, serverId: homeGuild, timestamp }));
    expect(await server.json()).toEqual({ received: true });
    expect(await bot.db.vote.count({ where: { userId } })).toBe(3);
    // ...and the server vote's own redelivery is still its duplicate.
    const again = await bot.post('/webhook/votes', votePayload({ userId, serverId: homeGuild, timestamp }));
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    await settled(userId);
  });
});

describe('configuration', () => {
  it('answers 503 naming the missing setting when bot votes are not configured', async () => {
    const partial = await startTestBot({ env: { RANKLY_VOTE_WEBHOOK_SECRET: newSecret }, discord: false });
    try {
      const response = await fetch(`${partial.url}/webhook/bot-votes`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { message: string }).message).toContain('BOT_VOTE_GUILD_ID');
    } finally {
      await partial.close();
    }
  });
});

describe('the CLI', () => {
  it('send bot-vote posts a correctly signed bot vote: a test by default, a stored vote with --live', async () => {
    const userId = newMember();
    let out = '';
    const io = {
      env: {
        DATABASE_URL: bot.databaseUrl,
        PORT: new URL(bot.url).port,
        RANKLY_VOTE_WEBHOOK_SECRET: `${oldSecret},${newSecret}`,
      },
      out: (t: string) => {
        out += t;
      },
      err: (t: string) => {
        out += t;
      },
    };
    expect(await runCli(['send', 'bot-vote', '--user', userId], io)).toBe(0);
    expect(out).toContain('-> 200 {"received":true,"test":true}');
    expect(await runCli(['send', 'bot-vote', '--live', '--user', userId, '--bot', botId], io)).toBe(0);
    expect(out).toContain('-> 200 {"received":true}');
    const [vote] = await settled(userId);
    expect(vote).toMatchObject({ botId, guildId: homeGuild });
  });

  it('doctor checks the bot vote settings and whether the bot vote role can be given', async () => {
    let out = '';
    const env = {
      DATABASE_URL: bot.databaseUrl,
      DISCORD_TOKEN: bot.fake.token,
      DISCORD_API_URL: bot.fake.apiUrl,
      PUBLIC_URL: 'https://bot.example.com',
      RANKLY_VOTE_WEBHOOK_SECRET: newSecret,
      BOT_VOTE_GUILD_ID: homeGuild,
      BOT_VOTE_CURRENCY: '25',
      BOT_VOTE_ROLE_ID: botVoteRole,
    };
    const write = (t: string) => {
      out += t;
    };
    const io = { env, out: write, err: write };
    await runCli(['doctor'], io);
    expect(out).toContain(`[ok]   bot votes: credited in guild ${homeGuild}, 25 currency each and a role`);
    expect(out).toContain(
      `[ok]   guild Home (${homeGuild}): bot vote role @Bot Voter (${botVoteRole}) can be given`,
    );
    out = '';
    expect(await runCli(['doctor'], { ...io, env: { ...env, BOT_VOTE_GUILD_ID: '' } })).toBe(1);
    expect(out).toContain('[FAIL] bot votes: RANKLY_VOTE_WEBHOOK_SECRET is set but BOT_VOTE_GUILD_ID is not');
  });
});
