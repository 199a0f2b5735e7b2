import { DiscordAPIError, PermissionFlagsBits as P, type REST, Routes } from 'discord.js';
import {
  channelPermissions,
  guildPermissions,
  highestRole,
  type RestOverwrite,
  type RestRole,
} from '../discord/computed-permissions.js';
import { DiscordErrorCodes } from '../discord/errors.js';
import { type AdminAction, adminProblem, type MemberFacts, ruleText } from '../discord/permissions.js';

/**
 * What the dashboard knows of one guild for one user, read with the bot's
 * token (so a `web` process needs no gateway): the roles, the text
 * channels, the bot's and the user's membership. Every guild page asks for
 * it, and it is kept 30 s, so a permission taken away in Discord stops
 * working within that; a change (POST) always reads it afresh.
 */
export interface GuildRole extends RestRole {
  name: string;
  managed: boolean;
}
export interface GuildChannel {
  id: string;
  name: string;
  overwrites: RestOverwrite[];
}
export interface GuildFacts {
  id: string;
  name: string;
  ownerId: string;
  roles: Map<string, GuildRole>;
  channels: GuildChannel[];
  bot: MemberFacts & { userId: string; roles: string[] };
  member: MemberFacts & { userId: string; roles: string[] };
}

export type Access =
  | { ok: true; guild: GuildFacts }
  /** 404: the bot is not in the guild (or it does not exist); 403: the user may not manage it. */
  | { ok: false; status: 403 | 404; problem: string };

const ttlMs = 30_000;

export interface GuildAccess {
  /** May `userId` do `action` in `guildId` now? With the guild's facts when they may. */
  check(guildId: string, userId: string, action: AdminAction, opts?: { fresh?: boolean }): Promise<Access>;
  /** Whether the bot is in a guild (for the guild list), kept 30 s. */
  botInGuild(guildId: string): Promise<boolean>;
  /** The guild's name when the bot is in it, else null (the public page), kept 30 s with botInGuild's answer. */
  guildName(guildId: string): Promise<string | null>;
}

type RawRole = { id: string; name: string; position: number; permissions: string; managed?: boolean };
type RawMember = { roles: string[] };
type RawChannel = {
  id: string;
  name?: string;
  type: number;
  position?: number;
  permission_overwrites?: Array<{ id: string; type: number; allow: string; deny: string }>;
};

const codeOf = (err: unknown) => (err instanceof DiscordAPIError ? err.code : undefined);

export function createGuildAccess(rest: REST): GuildAccess {
  const facts = new Map<string, { at: number; value: Promise<GuildFacts | 'absent' | 'not-member'> }>();
  const presence = new Map<string, { at: number; value: Promise<string | null> }>();
  let botId: Promise<string> | undefined;
  const botUserId = () => {
    botId ??= (rest.get(Routes.user('@me')) as Promise<{ id: string }>).then((u) => u.id);
    botId.catch(() => {
      botId = undefined;
    });
    return botId;
  };

  async function read(guildId: string, userId: string): Promise<GuildFacts | 'absent' | 'not-member'> {
    let guild: { id: string; name: string; owner_id: string; roles: RawRole[] };
    try {
      guild = (await rest.get(Routes.guild(guildId))) as typeof guild;
    } catch (err) {
      const code = codeOf(err);
      if (code === DiscordErrorCodes.unknownGuild || code === DiscordErrorCodes.missingAccess)
        return 'absent';
      throw err;
    }
    const me = await botUserId();
    const member = (id: string) =>
      (rest.get(Routes.guildMember(guildId, id)) as Promise<RawMember>).catch((err: unknown) => {
        if (codeOf(err) === DiscordErrorCodes.unknownMember) return null;
        throw err;
      });
    const [bot, user, channels] = await Promise.all([
      member(me),
      member(userId),
      rest.get(Routes.guildChannels(guildId)) as Promise<RawChannel[]>,
    ]);
    if (!bot) return 'absent';
    if (!user) return 'not-member';
    const roles = new Map(
      guild.roles.map((r) => [
        r.id,
        {
          id: r.id,
          name: r.name,
          position: r.position,
          permissions: BigInt(r.permissions),
          managed: Boolean(r.managed),
        },
      ]),
    );
    const base = { id: guild.id, ownerId: guild.owner_id, roles };
    const facts = (id: string, memberRoles: string[]) => ({
      userId: id,
      roles: memberRoles,
      isOwner: guild.owner_id === id,
      permissions: guildPermissions(base, { userId: id, roles: memberRoles }),
      highestRole: highestRole(base, memberRoles),
    });
    return {
      ...base,
      name: guild.name,
      // Text (0) and announcement (5) channels: where the bot can post.
      channels: channels
        .filter((c) => c.type === 0 || c.type === 5)
        .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
        .map((c) => ({
          id: c.id,
          name: c.name ?? c.id,
          overwrites: (c.permission_overwrites ?? []).map((o) => ({
            id: o.id,
            type: o.type,
            allow: BigInt(o.allow),
            deny: BigInt(o.deny),
          })),
        })),
      bot: facts(me, bot.roles),
      member: facts(userId, user.roles),
    };
  }

  function cached<T>(
    map: Map<string, { at: number; value: Promise<T> }>,
    key: string,
    fresh: boolean,
    load: () => Promise<T>,
  ) {
    const kept = map.get(key);
    if (!fresh && kept && Date.now() - kept.at < ttlMs) return kept.value;
    const value = load();
    map.set(key, { at: Date.now(), value });
    // A failed read is not kept: the next request asks again.
    value.catch(() => map.delete(key));
    if (map.size > 10_000) map.clear();
    return value;
  }

  return {
    async check(guildId, userId, action, opts = {}) {
      const found = await cached(facts, `${guildId}:${userId}`, opts.fresh ?? false, () =>
        read(guildId, userId),
      );
      if (found === 'absent') return { ok: false, status: 404, problem: 'The bot is not in this server.' };
      if (found === 'not-member')
        return { ok: false, status: 403, problem: 'You are not a member of this server.' };
      const refusal = adminProblem(found.member.permissions, action);
      return refusal ? { ok: false, status: 403, problem: ruleText(refusal) } : { ok: true, guild: found };
    },
    async botInGuild(guildId) {
      return (await this.guildName(guildId)) !== null;
    },
    guildName(guildId) {
      return cached(presence, guildId, false, async () => {
        try {
          return ((await rest.get(Routes.guild(guildId))) as { name: string }).name;
        } catch (err) {
          const code = codeOf(err);
          if (code === DiscordErrorCodes.unknownGuild || code === DiscordErrorCodes.missingAccess)
            return null;
          throw err;
        }
      });
    },
  };
}

/** The permissions a channel gives a member of the guild (for the channel rule). */
export function permissionsIn(
  guild: GuildFacts,
  who: GuildFacts['member'],
  channelId: string,
): bigint | undefined {
  const channel = guild.channels.find((c) => c.id === channelId);
  return channel ? channelPermissions(guild, who, channel.overwrites) : undefined;
}

/** What the bot needs to do its job, asked for by the "add the bot" link. */
export const invitePermissions =
  P.ManageRoles | P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles;

/** Manage Server (or Administrator, or ownership) in a guild of the user's list. */
export function managesGuild(g: { owner: boolean; permissions: string }): boolean {
  if (g.owner) return true;
  const perms = BigInt(g.permissions);
  return (perms & (P.ManageGuild | P.Administrator)) !== 0n;
}
