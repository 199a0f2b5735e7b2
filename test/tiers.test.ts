import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakStaleStreaks } from '../src/jobs/loyalty-checks.js';
import { createLogger } from '../src/log.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * Vote tiers end to end (README "Loyalty"): /setup tier through the real
 * discord.js, votes through the webhook, and the tier roles given and
 * taken off at the fake Discord, each once, through the loyalty ledger.
 */
let bot: TestBot;
const adminId = snowflake();
const modsRoleId = snowflake(); // the admin's highest role, position 8 (the bot's is 10)
const transcript: string[] = [];
const log = createLogger({ level: 'warn', pretty: false });

beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  if (transcript.length) console.log(`\n--- a member reaching tiers ---\n${named(transcript.join('\n'))}\n`);
  await bot?.close();
});

interface TierGuild {
  guildId: string;
  channelId: string;
  voterId: string;
  bronze: string;
  silver: string;
  gold: string;
  staff: string;
}

/** Role mentions by name, for the transcript. */
const roleNames = new Map<string, string>();
const named = (text: string) => text.replace(/<@&(\d+)>/g, (m, id: string) => `@${roleNames.get(id) ?? m}`);

async function tierGuild(): Promise<TierGuild> {
  const g: TierGuild = {
    guildId: snowflake(),
    channelId: snowflake(),
    voterId: snowflake(),
    bronze: snowflake(),
    silver: snowflake(),
    gold: snowflake(),
    staff: snowflake(),
  };
  bot.fake.addGuild({
    id: g.guildId,
    roles: [
      { id: g.bronze, name: 'Bronze', position: 2 },
      { id: g.silver, name: 'Silver', position: 3 },
      { id: g.gold, name: 'Gold', position: 4 },
      { id: g.staff, name: 'Helpers', position: 5, permissions: String(P.ManageMessages | P.SendMessages) },
      { id: modsRoleId, name: 'Mods', position: 8 },
    ],
    members: [adminId, g.voterId],
    memberRoles: { [adminId]: [modsRoleId] },
    channels: [g.channelId],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(g.guildId));
  for (const [name, id] of Object.entries({ Bronze: g.bronze, Silver: g.silver, Gold: g.gold }))
    roleNames.set(id, name);
  return g;
}

async function command(g: TierGuild, name: string, options: CommandOption[], userId = adminId) {
  const { data } = await sendSlashCommand(bot.fake, {
    name,
    options,
    guildId: g.guildId,
    channelId: g.channelId,
    userId,
    member: { roles: userId === adminId ? [modsRoleId] : [], permissions: P.ManageGuild | P.ManageRoles },
  });
  return replyText(data);
}
const tier = (g: TierGuild, sub: string, options: CommandOption[] = []) =>
  command(g, 'setup', [{ type: 2, name: 'tier', options: subcommand(sub, options) }]);
const addTier = (g: TierGuild, votes: number, roleId: string, counts?: string) =>
  tier(g, 'add', [
    { type: 4, name: 'votes', value: votes },
    { type: 8, name: 'role', value: roleId },
    ...(counts ? [{ type: 3, name: 'counts', value: counts }] : []),
  ]);
const show = (g: TierGuild) => command(g, 'votes', subcommand('show'), g.voterId);

let voteClock = Date.parse('2026-11-20T10:00:00.000Z');
/** Votes an hour apart unless `at` says when. */
const nextVoteTime = () => {
  voteClock += 3_600_000;
  return new Date(voteClock);
};
async function vote(g: TierGuild, at = nextVoteTime()) {
  const before = await bot.db.vote.count({ where: { guildId: g.guildId, settledAt: { not: null } } });
  const res = await bot.post(
    '/webhook/votes',
    votePayload({ userId: g.voterId, serverId: g.guildId, timestamp: at.toISOString() }),
  );
  expect(res.status).toBe(200);
  await eventually(
    async () =>
      (await bot.db.vote.count({ where: { guildId: g.guildId, settledAt: { not: null } } })) > before,
  );
  // The tier rows of this vote have an outcome.
  await eventually(
    async () =>
      (await bot.db.loyaltyEffect.count({ where: { guildId: g.guildId, status: 'planned' } })) === 0,
  );
}

/** The tier role requests the fake Discord answered, in order, as "+Bronze" / "-Bronze". */
function roleChanges(g: TierGuild): string[] {
  const names: Record<string, string> = { [g.bronze]: 'Bronze', [g.silver]: 'Silver', [g.gold]: 'Gold' };
  return bot.fake.requests
    .filter((r) => r.path.startsWith(`/guilds/${g.guildId}/members/${g.voterId}/roles/`) && r.status === 204)
    .map((r) => `${r.method === 'PUT' ? '+' : '-'}${names[r.path.split('/').at(-1) ?? ''] ?? '?'}`);
}

describe('/setup tier', () => {
  it('refuses a role with staff permissions, naming the fix, and saves no tier', async () => {
    const g = await tierGuild();
    const reply = await addTier(g, 5, g.staff);
    expect(reply).toContain(`Not saved: <@&${g.staff}> has the **Manage Messages** permission`);
    expect(await bot.db.voteTier.count({ where: { guildId: g.guildId } })).toBe(0);
    // Nor one above the admin's own highest role.
    expect(await addTier(g, 5, modsRoleId)).toContain('is not below your highest role');
    expect(await bot.db.guildConfig.findUnique({ where: { guildId: g.guildId } })).toBeNull();
  });

  it('adds, lists and removes tiers, one role per tier', async () => {
    const g = await tierGuild();
    expect(await addTier(g, 10, g.silver)).toContain(`Members with 10 votes in all now get <@&${g.silver}>.`);
    expect(await addTier(g, 3, g.bronze, 'streak')).toContain('3 votes in a row');
    expect(await addTier(g, 10, g.gold)).toContain(`<@&${g.silver}> is already the tier at 10 votes in all`);
    const list = await tier(g, 'list');
    expect(list).toContain(`<@&${g.silver}>: 10 votes in all ✅`);
    expect(list).toContain(`<@&${g.bronze}>: 3 votes in a row ✅`);
    expect(list).toContain('only the highest tier');
    expect(await command(g, 'setup', subcommand('status'))).toContain(
      `Tiers (highest replaces lower):\n• <@&${g.silver}>: 10 votes in all ✅`,
    );
    expect(await tier(g, 'remove', [{ type: 8, name: 'role', value: g.silver }])).toContain(
      'members who have it keep it',
    );
    expect(await tier(g, 'remove', [{ type: 8, name: 'role', value: g.silver }])).toContain('is not a tier');
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId: g.guildId } })).hasTiers).toBe(
      true,
    );
    await tier(g, 'remove', [{ type: 8, name: 'role', value: g.bronze }]);
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId: g.guildId } })).hasTiers).toBe(
      false,
    );
  });
});

describe('tiers reached by votes', () => {
  it('replaces the lower tier role with the higher one, once each, and /votes show says where the member stands', async () => {
    const g = await tierGuild();
    for (const [votes, role] of [
      [1, g.bronze],
      [2, g.silver],
      [4, g.gold],
    ] as const) {
      transcript.push(
        `> /setup tier add votes:${votes} role:@${role === g.bronze ? 'Bronze' : role === g.silver ? 'Silver' : 'Gold'}`,
      );
      transcript.push(await addTier(g, votes, role));
    }
    const said = async () => {
      const reply = await show(g);
      transcript.push(
        `(vote ${await bot.db.vote.count({ where: { guildId: g.guildId } })} arrived; Discord so far: ${roleChanges(g).join(' ')})`,
      );
      transcript.push(
        '> /votes show',
        reply
          .split('\n')
          .filter((l) => /^(Votes|Tier|Next tier):/.test(l))
          .join('\n'),
      );
      return reply;
    };
    await vote(g);
    expect(roleChanges(g)).toEqual(['+Bronze']);
    // Committed with the plan: the second chance if the process had died before the grant.
    const [fallback] = await bot.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'loyalty.apply' AND data->>'userId' = ${g.voterId}`;
    expect(fallback?.n).toBe(1);
    expect(await said()).toMatch(
      new RegExp(
        `Tier: <@&${g.bronze}> \\(1 vote in all\\)\\nNext tier: <@&${g.silver}> in 1 more vote in all`,
      ),
    );
    await vote(g);
    expect(roleChanges(g)).toEqual(['+Bronze', '+Silver', '-Bronze']);
    await vote(g);
    expect(roleChanges(g)).toEqual(['+Bronze', '+Silver', '-Bronze']);
    expect(await said()).toContain(`Next tier: <@&${g.gold}> in 1 more vote in all`);
    await vote(g);
    expect(roleChanges(g)).toEqual(['+Bronze', '+Silver', '-Bronze', '+Gold', '-Silver']);
    expect(await said()).toContain('Next tier: the highest tier in all');
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: g.guildId, userId: g.voterId } },
    });
    expect(member.tierRoleIds).toEqual([g.gold]);
    const ledger = await bot.db.loyaltyEffect.findMany({
      where: { guildId: g.guildId },
      orderBy: { id: 'asc' },
    });
    expect(ledger.map((e) => `${e.kind} ${e.status}`)).toEqual([
      'tier_grant done',
      'tier_grant done',
      'tier_remove done',
      'tier_grant done',
      'tier_remove done',
    ]);
  });

  it('keeps every tier reached when the guild stacks them', async () => {
    const g = await tierGuild();
    await addTier(g, 1, g.bronze);
    await addTier(g, 2, g.silver);
    expect(await tier(g, 'mode', [{ type: 3, name: 'mode', value: 'stack' }])).toContain(
      'keep every tier role',
    );
    await vote(g);
    await vote(g);
    await vote(g);
    expect(roleChanges(g)).toEqual(['+Bronze', '+Silver']);
  });

  it('gives a tier role Discord failed once (5xx) exactly once, through the ledger', async () => {
    const g = await tierGuild();
    await addTier(g, 1, g.bronze);
    bot.fake.failNext({
      method: 'PUT',
      path: new RegExp(`/members/${g.voterId}/roles/${g.bronze}$`),
      status: 500,
      times: 3,
    });
    await vote(g);
    await eventually(() => roleChanges(g).length === 1, 20_000);
    expect(roleChanges(g)).toEqual(['+Bronze']);
    expect(await bot.db.loyaltyEffect.findMany({ where: { guildId: g.guildId } })).toMatchObject([
      { kind: 'tier_grant', status: 'done' },
    ]);
  });

  it('refuses a tier role that gained staff powers after /setup, and gives it after the fix with /setup replay', async () => {
    const g = await tierGuild();
    await addTier(g, 1, g.bronze);
    const permissionsAre = (bits: bigint) =>
      eventually(
        () =>
          bot.discord?.client.guilds.cache.get(g.guildId)?.roles.cache.get(g.bronze)?.permissions.bitfield ===
          bits,
      );
    bot.fake.updateRole(g.guildId, g.bronze, { permissions: P.BanMembers });
    await permissionsAre(P.BanMembers);
    await vote(g);
    await eventually(async () =>
      (await bot.db.loyaltyEffect.findMany({ where: { guildId: g.guildId } })).some(
        (e) => e.status === 'refused',
      ),
    );
    expect(roleChanges(g)).toEqual([]);
    bot.fake.updateRole(g.guildId, g.bronze, { permissions: 0n });
    await permissionsAre(0n);
    expect(await command(g, 'setup', subcommand('replay'))).toContain(
      '1 tier or champion role change was sent again.',
    );
    await eventually(() => roleChanges(g).length === 1);
    expect(roleChanges(g)).toEqual(['+Bronze']);
  });

  it('takes a streak tier off when the streak breaks, once, and gives it back on a new streak', async () => {
    const g = await tierGuild();
    await addTier(g, 2, g.silver, 'streak');
    const hour = 3_600_000;
    const now = Date.now();
    await vote(g, new Date(now - 60 * hour));
    await vote(g, new Date(now - 40 * hour)); // 20 h later: a streak of 2
    expect(roleChanges(g)).toEqual(['+Silver']);
    // The last vote was 40 h ago, over the 36 h window: the streak is broken. Two replicas check at once.
    const deps = { db: bot.db, queue: bot.queue, log, now: () => new Date() };
    // (The bot's own periodic check may have found it first: then both find nothing.)
    const found = await Promise.all([breakStaleStreaks(deps), breakStaleStreaks(deps)]);
    expect(found[0] + found[1]).toBeLessThanOrEqual(1);
    await eventually(() => roleChanges(g).length === 2);
    expect(roleChanges(g)).toEqual(['+Silver', '-Silver']);
    expect(await breakStaleStreaks(deps)).toBe(0);
    expect(
      await bot.db.member.findUniqueOrThrow({
        where: { guildId_userId: { guildId: g.guildId, userId: g.voterId } },
      }),
    ).toMatchObject({ currentStreak: 0, tierRoleIds: [] });
    await vote(g, new Date(now - hour));
    await vote(g, new Date(now));
    expect(roleChanges(g)).toEqual(['+Silver', '-Silver', '+Silver']);
  });
});
