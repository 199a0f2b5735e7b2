import { type Guild, type GuildMember, PermissionFlagsBits as P } from 'discord.js';

/**
 * Who may change what, in one place (README "Who may change what"): the
 * invoker's permission check, the reward role rule and the channel rule.
 * /setup, the CLI's doctor and the worker (before each grant) call these;
 * each answer is null (allowed) or a sentence an admin can act on, naming
 * the fix.
 */

/** Permissions a reward role must never carry: each would hand any voter staff powers. */
export const dangerousPermissions: ReadonlyArray<readonly [string, bigint]> = [
  ['Administrator', P.Administrator],
  ['Manage Server', P.ManageGuild],
  ['Manage Roles', P.ManageRoles],
  ['Manage Channels', P.ManageChannels],
  ['Manage Webhooks', P.ManageWebhooks],
  ['Manage Messages', P.ManageMessages],
  ['Ban Members', P.BanMembers],
  ['Kick Members', P.KickMembers],
  ['Timeout Members', P.ModerateMembers],
  ['Mention @everyone, @here and All Roles', P.MentionEveryone],
];

/** What an admin action needs: Manage Server for settings, Manage Roles as well to choose a role. */
export type AdminAction = 'settings' | 'roles';

/**
 * Whether the member running an admin command may: checked at run time,
 * because a server can open `/setup` to anyone in its integration settings
 * (default_member_permissions is only a default).
 */
export function adminProblem(memberPermissions: bigint, action: AdminAction): string | null {
  const has = (bit: bigint) => (memberPermissions & (bit | P.Administrator)) !== 0n;
  if (!has(P.ManageGuild)) {
    return 'You need the **Manage Server** permission to change the vote rewards. Ask a server admin.';
  }
  if (action === 'roles' && !has(P.ManageRoles)) {
    return 'Choosing a reward role needs the **Manage Roles** permission as well as Manage Server. Ask a server admin who has both.';
  }
  return null;
}

export interface RoleFacts {
  id: string;
  position: number;
  managed: boolean;
  permissions: bigint;
}

export interface MemberFacts {
  isOwner: boolean;
  /** Permissions of all its roles, @everyone included, OR-ed together. */
  permissions: bigint;
  highestRole: { id: string; position: number };
}

/** What decides whether a role may be a reward, as plain data (from the gateway cache or REST). */
export interface RoleGrantFacts {
  guildId: string;
  /** The role to give; undefined when it no longer exists. */
  role: RoleFacts | undefined;
  /** The bot's membership; undefined when it is not known (not a member, or not cached yet). */
  bot: MemberFacts | undefined;
  /** The member choosing the role (at setup); absent at grant time. */
  invoker?: MemberFacts;
}

type Mention = (roleId: string) => string;

/**
 * What the role itself must be, wherever it is used: at setup and again
 * before each grant (its permissions can change after setup). The checks
 * that Discord enforces itself (the bot's place in the role list) are in
 * roleGrantProblem.
 */
export function rewardRoleProblem(
  guildId: string,
  role: RoleFacts | undefined,
  mention: Mention,
): string | null {
  if (!role) return 'That role no longer exists. Pick another one.';
  if (role.id === guildId) return '@everyone cannot be given as a reward. Pick another role.';
  if (role.managed) {
    return `${mention(role.id)} is managed by an integration (a bot's own role or the booster role) and cannot be given. Pick another role.`;
  }
  const dangerous = dangerousPermissions
    .filter(([, bit]) => (role.permissions & bit) !== 0n)
    .map(([name]) => name);
  if (dangerous.length > 0) {
    return (
      `${mention(role.id)} has the ${listOf(dangerous.map((d) => `**${d}**`))} permission${dangerous.length > 1 ? 's' : ''}: ` +
      'a vote reward must not give anyone staff powers. Remove ' +
      `${dangerous.length > 1 ? 'them' : 'it'} from the role in Server Settings → Roles, or pick a role without ${dangerous.length > 1 ? 'them' : 'it'}.`
    );
  }
  return null;
}

/**
 * Why a role cannot be a reward right now, in words an admin can act on;
 * null when it can. `mention` names a role: `<@&id>` in Discord, its name
 * on a terminal. With `invoker`, the role must also be below the invoker's
 * highest role (unless they own the server): nobody hands out more than
 * they hold.
 */
export function roleGrantProblem(facts: RoleGrantFacts, mention: Mention, botName = 'I'): string | null {
  const { role, bot, invoker } = facts;
  const my = botName === 'I' ? 'my' : `${botName}'s`;
  const own = rewardRoleProblem(facts.guildId, role, mention);
  if (own || !role) return own;
  if (invoker && !invoker.isOwner && !isBelow(role, invoker.highestRole)) {
    return `${mention(role.id)} is not below your highest role ${mention(invoker.highestRole.id)}: you can only choose a role below your own. Ask someone with a higher role, or the server owner.`;
  }
  if (!bot) return `${botName} cannot see ${my} own membership in this server yet; try again in a moment.`;
  if (bot.isOwner) return null;
  if ((bot.permissions & (P.ManageRoles | P.Administrator)) === 0n) {
    return `${botName} need${botName === 'I' ? '' : 's'} the **Manage Roles** permission: Server Settings → Roles → ${my} role → enable Manage Roles.`;
  }
  if (!isBelow(role, bot.highestRole)) {
    return `${mention(role.id)} is above (or equal to) ${my} highest role ${mention(bot.highestRole.id)}. Drag ${my} role above it in Server Settings → Roles.`;
  }
  return null;
}

/** Discord's role order: by position, and on a tie the older role (smaller id) is higher. */
export function isBelow(a: { id: string; position: number }, b: { id: string; position: number }): boolean {
  if (a.position !== b.position) return a.position < b.position;
  return BigInt(a.id) > BigInt(b.id);
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function memberFacts(guild: Guild, member: GuildMember): MemberFacts {
  return {
    isOwner: guild.ownerId === member.id,
    permissions: member.permissions.bitfield,
    highestRole: { id: member.roles.highest.id, position: member.roles.highest.position },
  };
}

/** The facts of a role in the gateway's cache (undefined when the guild has no such role). */
export function cachedRoleFacts(guild: Guild, roleId: string): RoleFacts | undefined {
  const role = guild.roles.cache.get(roleId);
  return (
    role && {
      id: role.id,
      position: role.position,
      managed: role.managed,
      permissions: role.permissions.bitfield,
    }
  );
}

/**
 * Why `roleId` cannot be a reward in `guild` right now; null when it can.
 * Uses the gateway's cache. With `invoker`, also checks that they may hand
 * it out (see roleGrantProblem).
 */
export function roleProblem(guild: Guild, roleId: string, invoker?: GuildMember): string | null {
  const me = guild.members.me;
  return roleGrantProblem(
    {
      guildId: guild.id,
      role: cachedRoleFacts(guild, roleId),
      bot: me ? memberFacts(guild, me) : undefined,
      ...(invoker ? { invoker: memberFacts(guild, invoker) } : {}),
    },
    (id) => `<@&${id}>`,
  );
}

const permissionNames: Array<[bigint, string]> = [
  [P.ViewChannel, 'View Channel'],
  [P.SendMessages, 'Send Messages'],
  [P.EmbedLinks, 'Embed Links'],
  [P.AttachFiles, 'Attach Files'],
];
/** What the invoker needs in a channel they point the bot at, and what the bot needs to post there. */
const invokerNeeds = P.ViewChannel | P.SendMessages;
const botNeeds = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles;

/**
 * Why a channel cannot take the bot's announcements or log messages; null
 * when it can. The invoker must be able to read and write there (nobody
 * makes the bot post where they cannot), and the bot must be able to post
 * embeds and files. Permissions are the channel's, overwrites included.
 */
export function channelProblem(facts: {
  channelId: string;
  invoker: bigint | undefined;
  bot: bigint | undefined;
}): string | null {
  const missing = (have: bigint, need: bigint) =>
    permissionNames
      .filter(([bit]) => (need & bit) !== 0n && (have & bit) === 0n)
      .map(([, name]) => `**${name}**`);
  const channel = `<#${facts.channelId}>`;
  if (facts.invoker === undefined) return `I cannot see ${channel}. Pick a text channel of this server.`;
  const yours = missing(facts.invoker, invokerNeeds);
  if (yours.length > 0) {
    return `You cannot ${yours.length > 1 || yours[0]?.includes('View') ? 'see or post in' : 'post in'} ${channel} (no ${listOf(yours)}): pick a channel you can post in.`;
  }
  if (facts.bot === undefined)
    return `I cannot see my own membership in this server yet; try again in a moment.`;
  const mine = missing(facts.bot, botNeeds);
  if (mine.length > 0) {
    return `I cannot post in ${channel}: I need ${listOf(mine)} there. Allow them for my role in the channel's settings (Edit Channel → Permissions), then run this again.`;
  }
  return null;
}

/** channelProblem for a channel in the gateway's cache. */
export function cachedChannelProblem(guild: Guild, channelId: string, invoker: GuildMember): string | null {
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  return channelProblem({
    channelId,
    invoker: channel?.permissionsFor(invoker).bitfield,
    bot: channel && me ? channel.permissionsFor(me).bitfield : undefined,
  });
}
