import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { describeDiscordError } from '../../discord/errors.js';
import { isBelow, roleGrantProblem, ruleText } from '../../discord/permissions.js';
import type { Report } from './check.js';

/** Discord's application flags for the Server Members intent (enabled, or enabled under 100 guilds). */
const guildMembersIntentFlags = (1 << 14) | (1 << 15);

export interface BotIdentity {
  rest: REST;
  userId: string;
  name: string;
}

/** The token, and the Server Members intent the gateway needs; the bot's identity, if the token works. */
export async function checkDiscord(config: Config, report: Report): Promise<BotIdentity | undefined> {
  if (!config.DISCORD_TOKEN) {
    report({
      status: 'warn',
      what: 'DISCORD_TOKEN is not set: the bot is a listener only, rewards wait',
      fix: 'copy the token from the Developer Portal (Bot page) into DISCORD_TOKEN',
    });
    return undefined;
  }
  // discord.js's own REST client: the same requests, headers and errors as the bot's.
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    timeout: config.DISCORD_REST_TIMEOUT_MS,
    retries: 1,
  }).setToken(config.DISCORD_TOKEN);
  let me: { id: string; username: string };
  try {
    me = (await rest.get(Routes.user())) as { id: string; username: string };
  } catch (err) {
    const refused = err instanceof DiscordAPIError && err.status === 401;
    report({
      status: 'fail',
      what: refused
        ? 'Discord token: refused by Discord (401)'
        : `Discord token: cannot reach Discord at ${config.DISCORD_API_URL ?? 'discord.com'} (${describeDiscordError(err)})`,
      fix: refused
        ? 'Developer Portal → your application → Bot → Reset Token, and put the new one in DISCORD_TOKEN'
        : 'check the network (and DISCORD_API_URL, if set)',
    });
    return undefined;
  }
  report({ status: 'ok', what: `Discord token: accepted, the bot is ${me.username} (${me.id})` });
  try {
    const app = (await rest.get(Routes.currentApplication())) as { flags?: number };
    report(
      ((app.flags ?? 0) & guildMembersIntentFlags) !== 0
        ? { status: 'ok', what: 'Discord: the Server Members intent is enabled' }
        : {
            status: 'fail',
            what: 'Discord: the Server Members intent is off; the bot cannot log in with it',
            fix: 'Developer Portal → your application → Bot → turn on Server Members Intent',
          },
    );
  } catch (err) {
    report({
      status: 'warn',
      what: `Discord: could not read the application (${describeDiscordError(err)})`,
    });
  }
  return { rest, userId: me.id, name: me.username };
}

/** For each guild with a reward or premium role: can the bot give it right now? */
export async function checkGuildRoles(
  db: Db,
  bot: BotIdentity,
  config: Config,
  report: Report,
): Promise<void> {
  const configured = await db.guildConfig.findMany({
    where: { OR: [{ rewardRoleId: { not: null } }, { premiumRoleId: { not: null } }] },
    select: { guildId: true, rewardRoleId: true, premiumRoleId: true },
    orderBy: { guildId: 'asc' },
  });
  const guilds: Array<{ guildId: string; roles: Array<readonly [string, string | null]> }> = configured.map(
    (g) => ({
      guildId: g.guildId,
      roles: [
        ['reward role', g.rewardRoleId],
        ['premium role', g.premiumRoleId],
      ],
    }),
  );
  const home = config.BOT_VOTE_GUILD_ID;
  if (home && config.BOT_VOTE_ROLE_ID) {
    let entry = guilds.find((g) => g.guildId === home);
    if (!entry) {
      entry = { guildId: home, roles: [] };
      guilds.push(entry);
    }
    entry.roles.push(['bot vote role', config.BOT_VOTE_ROLE_ID]);
  }
  if (guilds.length === 0) {
    report({ status: 'ok', what: 'guilds: none gives a role yet (/setup role, /setup premiumrole)' });
    return;
  }
  for (const guild of guilds) {
    let facts: Awaited<ReturnType<typeof guildFacts>>;
    try {
      facts = await guildFacts(bot, guild.guildId);
    } catch (err) {
      const gone = err instanceof DiscordAPIError && (err.status === 404 || err.status === 403);
      report({
        status: 'fail',
        what: `guild ${guild.guildId}: ${gone ? 'the bot is not a member' : `cannot read it (${describeDiscordError(err)})`}`,
        fix: gone ? 'invite the bot to the server again (with Manage Roles)' : 'run doctor again later',
      });
      continue;
    }
    for (const [label, roleId] of guild.roles) {
      if (!roleId) continue;
      const role = facts.roles.find((r) => r.id === roleId);
      const name = (id: string) => `@${facts.roles.find((r) => r.id === id)?.name ?? 'deleted-role'} (${id})`;
      const problem = roleGrantProblem(
        {
          guildId: guild.guildId,
          role: role && {
            id: role.id,
            position: role.position,
            managed: role.managed ?? false,
            permissions: BigInt(role.permissions),
          },
          bot: facts.bot,
        },
        name,
        'the bot',
      );
      report(
        problem
          ? {
              status: 'fail',
              what: `guild ${facts.name} (${guild.guildId}): ${label} ${name(roleId)} cannot be given`,
              fix: ruleText(problem),
            }
          : {
              status: 'ok',
              what: `guild ${facts.name} (${guild.guildId}): ${label} ${name(roleId)} can be given`,
            },
      );
    }
  }
}

interface RestRole {
  id: string;
  name: string;
  position: number;
  permissions: string;
  managed?: boolean;
}

/** A guild's roles and the bot's place among them, over REST (the CLI has no gateway cache). */
async function guildFacts(bot: BotIdentity, guildId: string) {
  const guild = (await bot.rest.get(Routes.guild(guildId))) as {
    name: string;
    owner_id: string;
    roles: RestRole[];
  };
  const member = (await bot.rest.get(Routes.guildMember(guildId, bot.userId))) as { roles: string[] };
  const mine = guild.roles.filter((r) => r.id === guildId || member.roles.includes(r.id));
  const highest = mine.reduce<RestRole | undefined>(
    (top, r) => (!top || isBelow(top, r) ? r : top),
    undefined,
  );
  return {
    name: guild.name,
    roles: guild.roles,
    bot: {
      isOwner: guild.owner_id === bot.userId,
      permissions: mine.reduce((all, r) => all | BigInt(r.permissions), 0n),
      highestRole: { id: highest?.id ?? guildId, position: highest?.position ?? 0 },
    },
  };
}
