import { type Guild, PermissionFlagsBits } from 'discord.js';

/** What decides whether the bot can give a role, as plain data (from the gateway cache or REST). */
export interface RoleGrantFacts {
  guildId: string;
  /** The role to give; undefined when it no longer exists. */
  role: { id: string; position: number; managed: boolean } | undefined;
  /** The bot's membership; undefined when it is not known (not a member, or not cached yet). */
  bot:
    | {
        isOwner: boolean;
        /** Permissions of all its roles, @everyone included, OR-ed together. */
        permissions: bigint;
        highestRole: { id: string; position: number };
      }
    | undefined;
}

/**
 * Why the bot could not give a role right now, in words an admin can act
 * on; null when it can. `mention` names a role: `<@&id>` in Discord, its
 * name on a terminal. One rule for /setup (gateway cache) and the CLI's
 * doctor (REST).
 */
export function roleGrantProblem(
  facts: RoleGrantFacts,
  mention: (roleId: string) => string,
  botName = 'I',
): string | null {
  const { role, bot } = facts;
  const my = botName === 'I' ? 'my' : `${botName}'s`;
  if (!role) return 'That role no longer exists. Pick another one.';
  if (role.id === facts.guildId) return '@everyone cannot be given as a reward. Pick another role.';
  if (role.managed)
    return `${mention(role.id)} is managed by an integration and cannot be given. Pick another role.`;
  if (!bot) return `${botName} cannot see ${my} own membership in this server yet; try again in a moment.`;
  if (bot.isOwner) return null;
  const manage = PermissionFlagsBits.ManageRoles | PermissionFlagsBits.Administrator;
  if ((bot.permissions & manage) === 0n) {
    return `${botName} need${botName === 'I' ? '' : 's'} the **Manage Roles** permission: Server Settings → Roles → ${my} role → enable Manage Roles.`;
  }
  if (!isBelow(role, bot.highestRole)) {
    return `${mention(role.id)} is above (or equal to) ${my} highest role ${mention(bot.highestRole.id)}. Drag ${my} role above it in Server Settings → Roles.`;
  }
  return null;
}

/** Discord's role order: by position, and on a tie the older role (smaller id) is higher. */
function isBelow(a: { id: string; position: number }, b: { id: string; position: number }): boolean {
  if (a.position !== b.position) return a.position < b.position;
  return BigInt(a.id) > BigInt(b.id);
}

/**
 * Why the bot could not give `roleId` to members of `guild` right now, in
 * words an admin can act on; null when it can. Uses the gateway's cache.
 */
export function roleProblem(guild: Guild, roleId: string): string | null {
  const me = guild.members.me;
  const role = guild.roles.cache.get(roleId);
  return roleGrantProblem(
    {
      guildId: guild.id,
      role: role && { id: role.id, position: role.position, managed: role.managed },
      bot: me
        ? {
            isOwner: guild.ownerId === me.id,
            permissions: me.permissions.bitfield,
            highestRole: { id: me.roles.highest.id, position: me.roles.highest.position },
          }
        : undefined,
    },
    (id) => `<@&${id}>`,
  );
}
