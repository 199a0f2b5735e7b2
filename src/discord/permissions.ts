import { type Guild, type GuildMember, PermissionFlagsBits as P } from 'discord.js';
import { intlLocale, languageOf, type MessageKey, t } from '../messages/index.js';

/**
 * Who may change what, in one place (README "Who may change what"): the
 * invoker's permission check, the reward role rule and the channel rule.
 * /setup, the CLI's doctor, the dashboard and the worker (before each grant)
 * call these; each answer is null (allowed) or a refusal: a reason code
 * with its values, which ruleText turns into a sentence an admin can act
 * on, naming the fix, in the reader's language (the catalogue's
 * `rule.*` keys). The rules decide; who reads the answer decides its language.
 */

/** Why a rule refuses: `code` names the catalogue text (`rule.<code>`), `values` fill it. */
export interface RuleProblem {
  code: RuleCode;
  values: Record<string, string>;
  /** Permissions the text names (dangerous ones, or missing ones), said in the reader's language. */
  permissions?: PermissionKey[];
}

export type RuleCode =
  | 'admin.manageServer'
  | 'admin.manageRoles'
  | 'role.gone'
  | 'role.everyone'
  | 'role.managed'
  | 'role.dangerous'
  | 'role.aboveInvoker'
  | 'botUnknown'
  | 'role.botNeedsManageRoles'
  | 'role.aboveBot'
  | 'channel.unseen'
  | 'channel.invoker'
  | 'channel.bot';

type PermissionKey = Extract<MessageKey, `permission.${string}`>;

/**
 * The refusal as a sentence in `locale` (a Discord locale or a language
 * code; English by default, as the dashboard, the CLI and the logs read it).
 */
export function ruleText(problem: RuleProblem, locale = 'en'): string {
  const names = (problem.permissions ?? []).map((key) => `**${t(key, {}, locale)}**`);
  return t(
    `rule.${problem.code}`,
    { ...problem.values, permissions: listOf(names, locale), count: names.length },
    locale,
  );
}

/** ruleText of a refusal in `locale`, or null when there is none. */
export function problemText(problem: RuleProblem | null | undefined | '', locale = 'en'): string | null {
  return problem ? ruleText(problem, locale) : null;
}

/** Permissions a reward role must never carry: each would hand any voter staff powers. */
const dangerous: ReadonlyArray<readonly [PermissionKey, bigint]> = [
  ['permission.administrator', P.Administrator],
  ['permission.manageGuild', P.ManageGuild],
  ['permission.manageRoles', P.ManageRoles],
  ['permission.manageChannels', P.ManageChannels],
  ['permission.manageWebhooks', P.ManageWebhooks],
  ['permission.manageMessages', P.ManageMessages],
  ['permission.banMembers', P.BanMembers],
  ['permission.kickMembers', P.KickMembers],
  ['permission.moderateMembers', P.ModerateMembers],
  ['permission.mentionEveryone', P.MentionEveryone],
];

/** The dangerous permissions by their English names (as the README names them). */
export const dangerousPermissions: ReadonlyArray<readonly [string, bigint]> = dangerous.map(
  ([key, bit]) => [t(key), bit] as const,
);

/** What an admin action needs: Manage Server for settings, Manage Roles as well to choose a role. */
export type AdminAction = 'settings' | 'roles';

/**
 * Whether the member running an admin command may: checked at run time,
 * because a server can open `/setup` to anyone in its integration settings
 * (default_member_permissions is only a default).
 */
export function adminProblem(memberPermissions: bigint, action: AdminAction): RuleProblem | null {
  const has = (bit: bigint) => (memberPermissions & (bit | P.Administrator)) !== 0n;
  if (!has(P.ManageGuild)) return { code: 'admin.manageServer', values: {} };
  if (action === 'roles' && !has(P.ManageRoles)) return { code: 'admin.manageRoles', values: {} };
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
): RuleProblem | null {
  if (!role) return { code: 'role.gone', values: {} };
  if (role.id === guildId) return { code: 'role.everyone', values: {} };
  if (role.managed) return { code: 'role.managed', values: { role: mention(role.id) } };
  const held = dangerous.filter(([, bit]) => (role.permissions & bit) !== 0n).map(([key]) => key);
  if (held.length > 0)
    return { code: 'role.dangerous', values: { role: mention(role.id) }, permissions: held };
  return null;
}

/**
 * Why a role cannot be a reward right now; null when it can. `mention`
 * names a role: `<@&id>` in Discord, its name on a terminal; `botName` is
 * who the text says lacks something: 'me' (the bot speaking, "my role"),
 * or a name ("the bot") for the CLI. With `invoker`, the role must also be
 * below the invoker's highest role (unless they own the server): nobody
 * hands out more than they hold.
 */
export function roleGrantProblem(
  facts: RoleGrantFacts,
  mention: Mention,
  botName = 'me',
): RuleProblem | null {
  const { role, bot, invoker } = facts;
  const own = rewardRoleProblem(facts.guildId, role, mention);
  if (own || !role) return own;
  if (invoker && !invoker.isOwner && !isBelow(role, invoker.highestRole)) {
    return {
      code: 'role.aboveInvoker',
      values: { role: mention(role.id), highest: mention(invoker.highestRole.id) },
    };
  }
  if (!bot) return { code: 'botUnknown', values: { bot: botName } };
  if (bot.isOwner) return null;
  if ((bot.permissions & (P.ManageRoles | P.Administrator)) === 0n) {
    return {
      code: 'role.botNeedsManageRoles',
      values: { bot: botName },
      permissions: ['permission.manageRoles'],
    };
  }
  if (!isBelow(role, bot.highestRole)) {
    return {
      code: 'role.aboveBot',
      values: { role: mention(role.id), highest: mention(bot.highestRole.id), bot: botName },
    };
  }
  return null;
}

/** Discord's role order: by position, and on a tie the older role (smaller id) is higher. */
export function isBelow(a: { id: string; position: number }, b: { id: string; position: number }): boolean {
  if (a.position !== b.position) return a.position < b.position;
  return BigInt(a.id) > BigInt(b.id);
}

/**
 * "A, B and C" in the reader's language. English is said the British way,
 * without a comma before "and", as the bot's English texts always were.
 */
function listOf(items: string[], locale: string): string {
  const language = languageOf(locale);
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : intlLocale(language), {
    type: 'conjunction',
  }).format(items);
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
export function roleProblem(guild: Guild, roleId: string, invoker?: GuildMember): RuleProblem | null {
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

const channelPermissions: Array<[bigint, PermissionKey]> = [
  [P.ViewChannel, 'permission.viewChannel'],
  [P.SendMessages, 'permission.sendMessages'],
  [P.EmbedLinks, 'permission.embedLinks'],
  [P.AttachFiles, 'permission.attachFiles'],
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
}): RuleProblem | null {
  const missing = (have: bigint, need: bigint) =>
    channelPermissions.filter(([bit]) => (need & bit) !== 0n && (have & bit) === 0n).map(([, key]) => key);
  const channel = `<#${facts.channelId}>`;
  if (facts.invoker === undefined) return { code: 'channel.unseen', values: { channel } };
  const yours = missing(facts.invoker, invokerNeeds);
  if (yours.length > 0) {
    const see = yours.length > 1 || yours[0] === 'permission.viewChannel' ? 'yes' : 'no';
    return { code: 'channel.invoker', values: { channel, see }, permissions: yours };
  }
  if (facts.bot === undefined) return { code: 'botUnknown', values: { bot: 'me' } };
  const mine = missing(facts.bot, botNeeds);
  if (mine.length > 0) return { code: 'channel.bot', values: { channel }, permissions: mine };
  return null;
}

/** channelProblem for a channel in the gateway's cache. */
export function cachedChannelProblem(
  guild: Guild,
  channelId: string,
  invoker: GuildMember,
): RuleProblem | null {
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  return channelProblem({
    channelId,
    invoker: channel?.permissionsFor(invoker).bitfield,
    bot: channel && me ? channel.permissionsFor(me).bitfield : undefined,
  });
}
