import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStreak } from '../src/domain/streak.js';
import { breakStaleStreaks } from '../src/jobs/loyalty-checks.js';
import { createLogger } from '../src/log.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/** Streak protection (README "Loyalty"): one missed window a month (UTC) keeps a streak. */
const hour = 3_600_000;

describe('the rule', () => {
  const state = {
    totalVotes: 2,
    currentStreak: 2,
    bestStreak: 2,
    lastVoteAt: new Date('2026-11-02T00:00:00Z'),
  };
  const voteAfter = (hours: number, protection: boolean) =>
    computeStreak(state, new Date(state.lastVoteAt.getTime() + hours * hour), 36, protection);

  it('keeps the streak over one missed window, and says it was used', () => {
    expect(voteAfter(50, true)).toMatchObject({ currentStreak: 3, protectionUsed: true });
    expect(voteAfter(30, true)).toEqual({ ...voteAfter(30, false) }); // within the window: not used
    expect(voteAfter(30, true).protectionUsed).toBeUndefined();
  });

  it('does not keep it over two missed windows, nor without protection', () => {
    expect(voteAfter(73, true)).toMatchObject({ currentStreak: 1 });
    expect(voteAfter(73, true).protectionUsed).toBeUndefined();
    expect(voteAfter(50, false)).toMatchObject({ currentStreak: 1 });
  });
});

let bot: TestBot;
const log = createLogger({ level: 'warn', pretty: false });
const adminId = snowflake();
const modsRoleId = snowflake();

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

async function protectedGuild() {
  const g = { guildId: snowflake(), channelId: snowflake(), voterId: snowflake(), roleId: snowflake() };
  bot.fake.addGuild({
    id: g.guildId,
    roles: [
      { id: g.roleId, name: 'On fire', position: 2 },
      { id: modsRoleId, name: 'Mods', position: 8 },
    ],
    members: [adminId, g.voterId],
    memberRoles: { [adminId]: [modsRoleId] },
    channels: [g.channelId],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(g.guildId));
  const run = async (name: string, options: CommandOption[], userId = adminId) =>
    replyText(
      (
        await sendSlashCommand(bot.fake, {
          name,
          options,
          guildId: g.guildId,
          channelId: g.channelId,
          userId,
          member: { roles: [modsRoleId], permissions: P.ManageGuild | P.ManageRoles },
        })
      ).data,
    );
  const reply = await run(
    'setup',
    subcommand('streak', [
      { type: 4, name: 'window_hours', value: 6 },
      { type: 5, name: 'protection', value: true },
    ]),
  );
  expect(reply).toContain(
    'A vote within 6 hours of the last one now continues a streak; there is no milestone bonus. Streak protection is on: once a month, a missed window does not end a streak.',
  );
  let settled = 0;
  const vote = async (at: string) => {
    await bot.post('/webhook/votes', votePayload({ userId: g.voterId, serverId: g.guildId, timestamp: at }));
    settled++;
    await eventually(
      async () =>
        (await bot.db.vote.count({ where: { guildId: g.guildId, settledAt: { not: null } } })) === settled,
    );
  };
  const member = () =>
    bot.db.member.findUniqueOrThrow({ where: { guildId_userId: { guildId: g.guildId, userId: g.voterId } } });
  return { ...g, run, vote, member };
}

describe('through the bot', () => {
  it('keeps a streak over one missed window a month, not two, and /votes show says so', async () => {
    const g = await protectedGuild();
    // Window 6 h. This month (UTC): 01:00, 05:00, then 14:00 (9 h: one window missed, kept), 23:30 (used: restarts).
    await g.vote('2026-12-01T01:00:00Z');
    await g.vote('2026-12-01T05:00:00Z');
    await g.vote('2026-12-01T14:00:00Z');
    expect(await g.member()).toMatchObject({
      currentStreak: 3,
      protectedMonth: '2026-12',
      protectedAt: new Date('2026-12-01T14:00:00Z'),
    });
    await g.vote('2026-12-01T23:30:00Z');
    expect(await g.member()).toMatchObject({ currentStreak: 1, bestStreak: 3, protectedMonth: '2026-12' });
    const shown = await g.run('votes', subcommand('show'), g.voterId);
    expect(shown).toContain(
      `Streak protection: used <t:${Date.parse('2026-12-01T14:00:00Z') / 1000}:R>; ready again on the 1st`,
    );
    expect(await g.run('setup', subcommand('status'))).toContain(
      'Streak protection: on (one missed window a month)',
    );
  });

  it('does not break a streak tier while protection can still keep the streak', async () => {
    const g = await protectedGuild();
    await g.run('setup', [
      {
        type: 2,
        name: 'tier',
        options: subcommand('add', [
          { type: 4, name: 'votes', value: 2 },
          { type: 8, name: 'role', value: g.roleId },
          { type: 3, name: 'counts', value: 'streak' },
        ]),
      },
    ]);
    await g.vote('2026-12-01T01:00:00Z');
    await g.vote('2026-12-01T05:00:00Z');
    const puts = () =>
      bot.fake.find('PUT', new RegExp(`^/guilds/${g.guildId}/members/${g.voterId}/roles/${g.roleId}$`));
    const deletes = () =>
      bot.fake.find('DELETE', new RegExp(`^/guilds/${g.guildId}/members/${g.voterId}/roles/${g.roleId}$`));
    await eventually(() => puts().length === 1);
    const at = (iso: string) => ({ db: bot.db, queue: bot.queue, log, now: () => new Date(iso) });
    // 8 h after: one window missed, protection still there.
    expect(await breakStaleStreaks(at('2026-12-01T13:00:00Z'))).toBe(0);
    expect((await g.member()).currentStreak).toBe(2);
    // 13 h after: two windows missed, broken.
    expect(await breakStaleStreaks(at('2026-12-01T18:00:00Z'))).toBe(1);
    await eventually(() => deletes().length === 1);
    expect(await g.member()).toMatchObject({ currentStreak: 0, tierRoleIds: [] });
  });
});
