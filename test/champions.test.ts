import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDueMonths } from '../src/jobs/loyalty-checks.js';
import { createLogger } from '../src/log.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * Monthly champions (README "Loyalty"): two bot processes (separate
 * startBot instances: their own pools, queues and workers) on one database
 * and one fake Discord close the same month at the same moment; the month
 * is closed once, the champions' roles move once, one announcement names them.
 */
let first: TestBot;
let second: TestBot;
const log = createLogger({ level: 'warn', pretty: false });
const guildId = snowflake();
const channelId = snowflake();
const adminId = snowflake();
const modsRoleId = snowflake();
const championRoleId = snowflake();
const regularRoleId = snowflake(); // a monthly tier
const [ana, ben, cid, dee, lastChampion] = [snowflake(), snowflake(), snowflake(), snowflake(), snowflake()];

beforeAll(async () => {
  first = await startTestBot({
    guilds: [
      {
        id: guildId,
        roles: [
          { id: championRoleId, name: 'Champion', position: 3 },
          { id: regularRoleId, name: 'Regular', position: 2 },
          { id: modsRoleId, name: 'Mods', position: 8 },
        ],
        members: [adminId, ana, ben, cid, dee, lastChampion],
        memberRoles: { [adminId]: [modsRoleId], [lastChampion]: [championRoleId] },
        channels: [channelId],
      },
    ],
  });
  second = await startTestBot({ sharing: first });
  await eventually(() => first.discord?.client.guilds.cache.has(guildId));
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

async function setup(options: CommandOption[]) {
  const { data } = await sendSlashCommand(first.fake, {
    name: 'setup',
    options,
    guildId,
    channelId,
    userId: adminId,
    member: { roles: [modsRoleId], permissions: P.ManageGuild | P.ManageRoles },
  });
  return replyText(data);
}

it('crowns the top voters of the month once with two processes, moves the role, and announces them once', async () => {
  await first.db.guildConfig.create({ data: { guildId, announceChannelId: channelId } });
  const reply = await setup(
    subcommand('champions', [
      { type: 8, name: 'role', value: championRoleId },
      { type: 4, name: 'count', value: 2 },
    ]),
  );
  expect(reply).toContain(
    `The top 2 voters of each calendar month (UTC) now get <@&${championRoleId}> on the 1st, announced in <#${channelId}>.`,
  );
  await setup([
    {
      type: 2,
      name: 'tier',
      options: subcommand('add', [
        { type: 4, name: 'votes', value: 2 },
        { type: 8, name: 'role', value: regularRoleId },
        { type: 3, name: 'counts', value: 'month' },
      ]),
    },
  ]);
  // Last month's champion, as the close of November left it.
  await first.db.loyaltyMonth.create({
    data: { guildId, month: '2026-11', champions: [{ userId: lastChampion, votes: 9 }] },
  });

  // December: Ana 3 votes, Ben 2, Cid 2 (reaching 2 after Ben: the tie is Ben's), Dee 1.
  const base = Date.parse('2026-12-01T06:00:00Z');
  const votes: Array<[string, number]> = [
    [ana, 0],
    [ben, 1],
    [ana, 2],
    [ben, 3],
    [cid, 4],
    [cid, 5],
    [dee, 6],
    [ana, 7],
  ];
  for (const [userId, hour] of votes) {
    const timestamp = new Date(base + hour * 3_600_000).toISOString();
    await first.post('/webhook/votes', votePayload({ userId, serverId: guildId, timestamp }));
  }
  await eventually(
    async () =>
      (await first.db.vote.count({ where: { guildId, settledAt: { not: null } } })) === votes.length,
  );
  const regularGiven = () =>
    first.fake.find('PUT', new RegExp(`^/guilds/${guildId}/members/\\d+/roles/${regularRoleId}$`));
  await eventually(() => regularGiven().length === 3); // Ana, Ben and Cid reached 2 votes this month

  // The 1st of January, five past midnight: both processes close December at the same moment.
  const newYear = () => new Date('2027-01-01T00:05:00Z');
  const deps = (bot: TestBot) => ({ db: bot.db, queue: bot.queue, log, now: newYear });
  const closed = await Promise.all([closeDueMonths(deps(first)), closeDueMonths(deps(second))]);
  expect(closed.flat()).toEqual([guildId]);

  // The channel also has each vote's announcement: the champions' is the one with the cup.
  const announcements = () =>
    first.fake
      .find('POST', new RegExp(`^/channels/${channelId}/messages$`))
      .filter((r) => String((r.body as { content?: string }).content).startsWith('🏆'));
  await eventually(() => announcements().length >= 1);
  const championPuts = () =>
    first.fake.find('PUT', new RegExp(`^/guilds/${guildId}/members/\\d+/roles/${championRoleId}$`));
  const championDeletes = () =>
    first.fake.find('DELETE', new RegExp(`^/guilds/${guildId}/members/\\d+/roles/${championRoleId}$`));
  expect(
    championPuts()
      .map((r) => r.path.split('/')[4])
      .sort(),
  ).toEqual([ana, ben].sort());
  expect(championDeletes().map((r) => r.path.split('/')[4])).toEqual([lastChampion]);
  expect(String((announcements()[0]?.body as { content?: string } | undefined)?.content)).toBe(
    `🏆 The top voters of December 2026: <@${ana}> (3 votes), <@${ben}> (2 votes)! They hold <@&${championRoleId}> this month.`,
  );
  // Monthly tiers start again from nothing.
  await eventually(
    () =>
      first.fake.find('DELETE', new RegExp(`^/guilds/${guildId}/members/\\d+/roles/${regularRoleId}$`))
        .length === 3,
  );

  // Closing again (the next check, another replica) finds the month closed.
  expect(await closeDueMonths(deps(second))).toEqual([]);
  await new Promise((r) => setTimeout(r, 1500));
  expect(announcements()).toHaveLength(1);
  expect(championPuts()).toHaveLength(2);
  expect(await first.db.loyaltyMonth.count({ where: { guildId, month: '2026-12' } })).toBe(1);
  const ledger = await first.db.loyaltyEffect.findMany({ where: { guildId, cause: 'champions:2026-12' } });
  expect(ledger.map((e) => `${e.kind} ${e.status}`).sort()).toEqual([
    'champion_announcement done',
    'champion_grant done',
    'champion_grant done',
    'champion_remove done',
  ]);

  const status = await setup(subcommand('status'));
  expect(status).toContain(
    `Monthly champions: top 2 get <@&${championRoleId}> · last crowned: December 2026 ✅`,
  );
});
