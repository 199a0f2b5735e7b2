import { PermissionFlagsBits as P } from 'discord.js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { dangerousPermissions } from '../src/discord/permissions.js';
import { createLogger } from '../src/log.js';
import { startBot } from '../src/main.js';
import { webhookSignature } from '../src/rankly/signature.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import type { RecordedRequest } from './support/fake-discord.js';
import {
  type CommandOption,
  dispatchSlashCommand,
  replyText,
  sendSlashCommand,
  subcommand,
} from './support/interactions.js';

/**
 * Nobody gets more than the server gave them (issue 14): who may run
 * /setup, which roles and channels it accepts, and the same role rule
 * again in the worker before each grant. Through the real discord.js and
 * the fake Discord, which computes permissions as Discord does.
 */
let bot: TestBot;
const premiumSecret = 'premium-signing-secret';
const guildId = snowflake();
const ownerId = snowflake();
const adminId = snowflake();
const plainMemberId = snowflake();
const botRoleId = snowflake();
const modsRoleId = snowflake(); // the admin's highest role, position 8
const voterRoleId = snowflake(); // position 2: a fine reward
const staffRoleId = snowflake(); // position 4, given dangerous permissions below
const managedRoleId = snowflake();
const aboveAdminRoleId = snowflake(); // position 9: below the bot (10), above the admin (8)
const aboveBotRoleId = snowflake(); // position 12
const openChannelId = snowflake();
const hiddenChannelId = snowflake(); // the admin cannot see it
const muteBotChannelId = snowflake(); // the bot may not send there
const noEmbedsChannelId = snowflake(); // the bot may not embed links there

beforeAll(async () => {
  bot = await startTestBot({
    env: { RANKLY_PREMIUM_WEBHOOK_SECRET: premiumSecret },
    guilds: [
      {
        id: guildId,
        ownerId,
        botRoleId,
        roles: [
          { id: voterRoleId, name: 'Voter', position: 2 },
          { id: managedRoleId, name: 'Server Booster', position: 3, managed: true },
          { id: staffRoleId, name: 'Staff', position: 4 },
          { id: modsRoleId, name: 'Mods', position: 8 },
          { id: aboveAdminRoleId, name: 'Veteran', position: 9 },
          { id: aboveBotRoleId, name: 'Elder', position: 12 },
        ],
        members: [ownerId, adminId, plainMemberId],
        memberRoles: { [adminId]: [modsRoleId] },
        channels: [
          openChannelId,
          { id: hiddenChannelId, overwrites: [{ id: modsRoleId, type: 0, deny: P.ViewChannel }] },
          { id: muteBotChannelId, overwrites: [{ id: botRoleId, type: 0, deny: P.SendMessages }] },
          { id: noEmbedsChannelId, overwrites: [{ id: botRoleId, type: 0, deny: P.EmbedLinks }] },
        ],
      },
    ],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(guildId));
});
afterAll(async () => {
  await bot?.close();
});

const admin = { userId: adminId, roles: [modsRoleId], permissions: P.ManageGuild | P.ManageRoles };
const owner = { userId: ownerId, roles: [], permissions: P.Administrator };
type Invoker = { userId: string; roles: string[]; permissions: bigint };

async function setup(name: string, options: CommandOption[], who: Invoker = admin) {
  const { data } = await sendSlashCommand(bot.fake, {
    name: 'setup',
    options: subcommand(name, options),
    guildId,
    channelId: openChannelId,
    userId: who.userId,
    member: { roles: who.roles, permissions: who.permissions },
  });
  return replyText(data);
}
const roleOption = (roleId: string): CommandOption => ({ type: 8, name: 'role', value: roleId });
const channelOption = (channelId: string): CommandOption => ({ type: 7, name: 'channel', value: channelId });
const config = () => bot.db.guildConfig.findUnique({ where: { guildId } });

describe('who may run /setup (checked by the bot, not only by Discord)', () => {
  it('refuses a member without Manage Server, and saves nothing', async () => {
    const reply = await setup('currency', [{ type: 4, name: 'amount', value: 1_000_000 }], {
      userId: plainMemberId,
      roles: [],
      permissions: P.SendMessages | P.ManageRoles,
    });
    expect(reply).toContain('You need the **Manage Server** permission');
    expect(await config()).toBeNull();
  });

  it('refuses to let a member with Manage Server but not Manage Roles choose a role; the role stays', async () => {
    expect(await setup('role', [roleOption(voterRoleId)])).toContain(`Voters now get <@&${voterRoleId}>`);
    const reply = await setup('role', [roleOption(staffRoleId)], {
      userId: plainMemberId,
      roles: [modsRoleId],
      permissions: P.ManageGuild,
    });
    expect(reply).toContain('needs the **Manage Roles** permission as well as Manage Server');
    expect(await config()).toMatchObject({ rewardRoleId: voterRoleId });
    // Settings that choose no role are fine with Manage Server alone.
    const currency = await setup('currency', [{ type: 4, name: 'amount', value: 10 }], {
      userId: plainMemberId,
      roles: [modsRoleId],
      permissions: P.ManageGuild,
    });
    expect(currency).toContain('Done');
  });
});

describe('reward roles at /setup', () => {
  it('refuses a role with any staff permission, naming it and the fix, and keeps the previous role', async () => {
    for (const [name, bit] of dangerousPermissions) {
      bot.fake.updateRole(guildId, staffRoleId, { permissions: bit | P.SendMessages });
      await eventually(
        () =>
          bot.discord?.client.guilds.cache.get(guildId)?.roles.cache.get(staffRoleId)?.permissions
            .bitfield ===
          (bit | P.SendMessages),
      );
      const reply = await setup('role', [roleOption(staffRoleId)]);
      expect(reply, name).toContain(`Not saved: <@&${staffRoleId}> has the **${name}** permission`);
      expect(reply, name).toContain('Remove it from the role in Server Settings → Roles');
      expect(await config()).toMatchObject({ rewardRoleId: voterRoleId });
    }
    bot.fake.updateRole(guildId, staffRoleId, { permissions: P.Administrator | P.BanMembers });
    await eventually(() =>
      bot.discord?.client.guilds.cache
        .get(guildId)
        ?.roles.cache.get(staffRoleId)
        ?.permissions.has(P.BanMembers, false),
    );
    expect(await setup('role', [roleOption(staffRoleId)])).toContain(
      'has the **Administrator** and **Ban Members** permissions',
    );
    // The premium role follows the same rule.
    expect(await setup('premiumrole', [roleOption(staffRoleId)])).toContain('Not saved');
    expect((await config())?.premiumRoleId).toBeNull();
  });

  it('refuses @everyone and roles managed by an integration', async () => {
    expect(await setup('role', [roleOption(guildId)])).toContain('@everyone cannot be given');
    expect(await setup('role', [roleOption(managedRoleId)])).toContain('managed by an integration');
    expect(await config()).toMatchObject({ rewardRoleId: voterRoleId });
  });

  it('refuses a role that is not below the invoker’s highest role, unless the invoker owns the server', async () => {
    expect(await setup('role', [roleOption(modsRoleId)])).toContain(
      `<@&${modsRoleId}> is not below your highest role <@&${modsRoleId}>`,
    );
    expect(await setup('role', [roleOption(aboveAdminRoleId)])).toContain(
      'you can only choose a role below your own',
    );
    expect(await config()).toMatchObject({ rewardRoleId: voterRoleId });
    expect(await setup('role', [roleOption(aboveAdminRoleId)], owner)).toContain(
      `Voters now get <@&${aboveAdminRoleId}>`,
    );
    expect(await config()).toMatchObject({ rewardRoleId: aboveAdminRoleId });
  });

  it('refuses a role above the bot with the fix, even for the owner', async () => {
    const reply = await setup('role', [roleOption(aboveBotRoleId)], owner);
    expect(reply).toContain(`Not saved: <@&${aboveBotRoleId}> is above (or equal to) my highest role`);
    expect(reply).toContain('Drag my role above it');
    expect(await config()).toMatchObject({ rewardRoleId: aboveAdminRoleId });
    await setup('role', [roleOption(voterRoleId)]);
  });
});

describe('channels at /setup', () => {
  it('accepts a channel only where the invoker can post and the bot can post embeds and files', async () => {
    expect(await setup('announce', [channelOption(hiddenChannelId)])).toContain(
      `Not saved: You cannot see or post in <#${hiddenChannelId}> (no **View Channel**`,
    );
    expect(await setup('logchannel', [channelOption(muteBotChannelId)])).toContain(
      `I cannot post in <#${muteBotChannelId}>: I need **Send Messages** there`,
    );
    expect(await setup('announce', [channelOption(noEmbedsChannelId)])).toContain(
      'I need **Embed Links** there',
    );
    expect(await config()).toMatchObject({ announceChannelId: null, logChannelId: null });
    // The owner sees every channel, but the bot still cannot post in this one.
    expect(await setup('logchannel', [channelOption(muteBotChannelId)], owner)).toContain('I cannot post in');
    expect(await setup('logchannel', [channelOption(openChannelId)])).toContain('Done');
    expect(await config()).toMatchObject({ logChannelId: openChannelId });
  });
});

describe('durations', () => {
  it('accepts 1 minute to 365 days, refuses the rest with the range, and shows what it understood', async () => {
    const duration = (value: string) =>
      setup('role', [roleOption(voterRoleId), { type: 3, name: 'duration', value }]);
    expect(await duration('1d12h')).toContain(`Voters now get <@&${voterRoleId}> for 36 hours`);
    for (const value of ['30s', '366d', '999999999w']) {
      expect(await duration(value), value).toContain('outside the allowed range: from 1 minute to 365 days');
    }
    expect(await duration('5 fortnights')).toContain('is not a duration');
    expect(await duration('1h'.repeat(20))).toContain('too long');
    expect(await config()).toMatchObject({ rewardRoleSeconds: 129_600 });
    expect(await setup('cooldown', [{ type: 4, name: 'hours', value: 36 }])).toContain('36 hours after');
    expect(await setup('streak', [{ type: 4, name: 'window_hours', value: 48 }])).toContain(
      'A vote within 2 days of the last one now continues a streak',
    );
    await setup('role', [roleOption(voterRoleId)]);
  });
});

const logPosts = () => bot.fake.find('POST', new RegExp(`^/channels/${openChannelId}/messages$`));
const contentOf = (r: RecordedRequest | undefined) => String((r?.body as { content?: string })?.content);

describe('reward roles at grant time', () => {
  it('does not grant a role that became dangerous after setup: refused with the reason, the log channel told once', async () => {
    const voters = [snowflake(), snowflake()];
    for (const voter of voters) bot.fake.addMember(guildId, voter, { dispatch: false });
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { rewardRoleId: staffRoleId, dmEnabled: false },
    });
    bot.fake.updateRole(guildId, staffRoleId, { permissions: P.ManageRoles });
    await eventually(
      () =>
        bot.discord?.client.guilds.cache.get(guildId)?.roles.cache.get(staffRoleId)?.permissions.bitfield ===
        P.ManageRoles,
    );
    const alertsBefore = logPosts().length;
    for (const voter of voters)
      await bot.post('/webhook/votes', votePayload({ userId: voter, serverId: guildId }));
    const effects = await eventually(async () => {
      const rows = await bot.db.rewardEffect.findMany({
        where: { guildId, userId: { in: voters }, kind: 'role' },
      });
      return rows.length === 2 && rows.every((r) => r.status === 'refused') ? rows : undefined;
    });
    expect(effects[0]?.detail).toContain('has the **Manage Roles** permission');
    expect(bot.fake.find('PUT', new RegExp(`/roles/${staffRoleId}$`))).toEqual([]);
    await eventually(() => logPosts().length > alertsBefore);
    const alerts = logPosts().slice(alertsBefore);
    expect(alerts).toHaveLength(1);
    expect(contentOf(alerts[0])).toContain('I did not give a reward role');
    expect(contentOf(alerts[0])).toContain('`/setup replay`');

    // Fixed in Server Settings: the replay gives it.
    bot.fake.updateRole(guildId, staffRoleId, { permissions: 0n });
    await eventually(
      () =>
        bot.discord?.client.guilds.cache.get(guildId)?.roles.cache.get(staffRoleId)?.permissions.bitfield ===
        0n,
    );
    expect(await setup('replay', [])).toContain('Given again: 2 rewards. Not given: 0.');
    await eventually(
      async () =>
        (await bot.db.rewardEffect.count({
          where: { guildId, userId: { in: voters }, kind: 'role', status: 'done' },
        })) === 2,
    );
    expect(bot.fake.find('PUT', new RegExp(`/roles/${staffRoleId}$`)).map((r) => r.status)).toEqual([
      204, 204,
    ]);
    await bot.db.guildConfig.update({ where: { guildId }, data: { rewardRoleId: voterRoleId } });
  });

  it('does not grant a premium role that carries Administrator', async () => {
    const buyer = snowflake();
    bot.fake.addMember(guildId, buyer, { dispatch: false });
    bot.fake.updateRole(guildId, staffRoleId, { permissions: P.Administrator });
    await eventually(
      () =>
        bot.discord?.client.guilds.cache.get(guildId)?.roles.cache.get(staffRoleId)?.permissions.bitfield ===
        P.Administrator,
    );
    await bot.db.guildConfig.update({ where: { guildId }, data: { premiumRoleId: staffRoleId } });
    const body = JSON.stringify({
      event: 'premium_purchase',
      purchaseId: `p-${snowflake()}`,
      timestamp: new Date().toISOString(),
      buyer: { userId: buyer, username: 'buyer' },
      tier: { id: 'pro', name: 'Pro', duration: 'monthly', planType: 'user' },
      serverId: null,
    });
    const res = await fetch(`${bot.url}/webhook/premium`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-webhook-signature': webhookSignature(body, premiumSecret),
      },
      body,
    });
    expect(res.status).toBe(200);
    const effect = await eventually(() =>
      bot.db.premiumEffect.findFirst({
        where: { userId: buyer, kind: 'role_grant', status: { not: 'planned' } },
      }),
    );
    expect(effect).toMatchObject({ status: 'refused' });
    expect(effect.detail).toContain('**Administrator**');
    expect(bot.fake.find('PUT', new RegExp(`/members/${buyer}/roles/`))).toEqual([]);
    await bot.db.guildConfig.update({ where: { guildId }, data: { premiumRoleId: null } });
  });

  it('checks the role over REST in a worker without the gateway', async () => {
    const otherGuild = snowflake();
    const roleId = snowflake();
    const voter = snowflake();
    const worker = await startTestBot({
      env: { RUN: 'web,worker' },
      guilds: [
        {
          id: otherGuild,
          roles: [{ id: roleId, name: 'Admins', position: 2, permissions: String(P.Administrator) }],
          members: [voter],
        },
      ],
    });
    try {
      await worker.db.guildConfig.create({
        data: { guildId: otherGuild, rewardRoleId: roleId, dmEnabled: false },
      });
      await worker.post('/webhook/votes', votePayload({ userId: voter, serverId: otherGuild }));
      const effect = await eventually(() =>
        worker.db.rewardEffect.findFirst({
          where: { userId: voter, kind: 'role', status: { not: 'planned' } },
        }),
      );
      expect(effect).toMatchObject({ status: 'refused' });
      expect(effect.detail).toContain('**Administrator**');
      expect(worker.fake.find('GET', new RegExp(`^/guilds/${otherGuild}/roles$`))).toHaveLength(1);
      expect(worker.fake.find('PUT', /\/roles\//)).toEqual([]);
    } finally {
      await worker.close();
    }
  });
});

describe('replays keep the clock', () => {
  it('gives a refused temporary role for its whole time from when it is granted, then takes it off', async () => {
    const voter = snowflake();
    bot.fake.addMember(guildId, voter, { dispatch: false });
    // Saved before the bot's role moved below it: Discord refuses the grant (50013).
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { rewardRoleId: aboveBotRoleId, rewardRoleSeconds: 2, dmEnabled: false },
    });
    await bot.post('/webhook/votes', votePayload({ userId: voter, serverId: guildId }));
    await eventually(() =>
      bot.db.rewardEffect.findFirst({
        where: { userId: voter, kind: 'role', status: 'missing_permissions' },
      }),
    );
    // The 2 s pass and the expiry job finds nothing held.
    await eventually(async () => {
      const member = await bot.db.member.findUnique({
        where: { guildId_userId: { guildId, userId: voter } },
      });
      return member?.roleExpiresAt === null;
    }, 15_000);
    // The admin fixes the role order and replays.
    bot.fake.updateRole(guildId, aboveBotRoleId, { position: 7 });
    const replayedAt = Date.now();
    expect(await setup('replay', [], owner)).toContain('Given again: 1 reward. Not given: 0.');
    await bot.fake.waitFor('PUT', new RegExp(`/members/${voter}/roles/${aboveBotRoleId}$`), 2, 10_000);
    const member = await eventually(async () => {
      const m = await bot.db.member.findUnique({ where: { guildId_userId: { guildId, userId: voter } } });
      return m?.roleExpiresAt ? m : undefined;
    });
    expect(member.roleExpiresAt!.getTime()).toBeGreaterThanOrEqual(replayedAt + 2_000);
    // ... and it comes off again: never a role kept for good.
    await bot.fake.waitFor('DELETE', new RegExp(`/members/${voter}/roles/${aboveBotRoleId}$`), 1, 15_000);
    bot.fake.updateRole(guildId, aboveBotRoleId, { position: 12 });
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { rewardRoleId: voterRoleId, rewardRoleSeconds: null },
    });
  }, 40_000);
});

describe('no secret in any log', () => {
  it('a reply that fails right after showing a webhook secret logs neither the secret nor the interaction token', async () => {
    bot.fake.failNext({ method: 'POST', path: /^\/interactions\//, status: 500, times: 2 });
    const id = dispatchSlashCommand(bot.fake, {
      name: 'setup',
      options: subcommand('webhook', [{ type: 5, name: 'rotate', value: true }]),
      guildId,
      channelId: openChannelId,
      userId: adminId,
      member: { roles: admin.roles, permissions: admin.permissions },
    });
    const [failed] = await bot.fake.waitFor('POST', new RegExp(`^/interactions/${id}/`), 2, 10_000);
    const shown = /Authorization[^`]*`([^`]+)`/.exec(JSON.stringify(failed?.body))?.[1];
    expect(shown?.length).toBeGreaterThan(20);
    await eventually(() => bot.logs.some((l) => l.msg === 'could not answer the interaction'));
    expect(bot.logText()).not.toContain(shown);
    expect(bot.logText()).not.toContain(`token-${id}`);
    // What is logged still says what failed.
    expect(bot.logs.find((l) => l.msg === 'slash command failed')).toMatchObject({ command: 'setup' });
  });
});

describe('start-up window', () => {
  it('answers a slash command that arrives before the job queue runs with "starting up", not a crash', async () => {
    const otherGuild = snowflake();
    const web = await startTestBot({ env: { RUN: 'web' } });
    web.fake.addGuild({ id: otherGuild, members: [adminId], channels: [openChannelId] });
    // The queue's start waits on this lock; Discord connects meanwhile.
    const blocker = new pg.Client({ connectionString: web.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE pgboss.version IN ACCESS EXCLUSIVE MODE');
    const config = loadConfig({
      DATABASE_URL: web.databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      RUN: 'gateway',
      DISCORD_TOKEN: web.fake.token,
      DISCORD_API_URL: web.fake.apiUrl,
    });
    const starting = startBot(config, createLogger({ level: 'silent', pretty: false }), { migrate: false });
    try {
      await eventually(() => web.fake.gatewayConnections().some((c) => c.identified), 15_000);
      const { data } = await sendSlashCommand(web.fake, {
        name: 'votes',
        options: subcommand('show'),
        guildId: otherGuild,
        channelId: openChannelId,
        userId: adminId,
      });
      expect(replyText(data)).toContain('I am starting up; try again in a few seconds.');
      expect(data.flags).toBe(64);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
      await (await starting).stop();
      await web.close();
    }
  });
});
