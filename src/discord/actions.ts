import { DiscordAPIError, type REST, Routes } from 'discord.js';
import { DiscordErrorCodes } from './errors.js';
import type { RoleFacts } from './permissions.js';
import type { RouteBuckets } from './route-buckets.js';

/** How long a worker without the gateway trusts a guild's role list read over REST. */
const roleListTtlMs = 30_000;

/**
 * The few things the jobs ask of Discord, over REST only: they never need
 * the gateway, so rewards flow as long as the REST API answers.
 */
export interface DiscordActions {
  addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
  removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
  /**
   * Whether the bot is in a guild now: the gateway's cache when it holds the
   * guild, else Discord's answer to GET /guilds/<id> (cached briefly). Throws
   * when Discord cannot tell (down, rate-limited): the caller retries.
   */
  botInGuild(guildId: string): Promise<boolean>;
  /**
   * Whether a user is a member of a guild now (asked only when a DM was
   * refused): the gateway's member cache, else GET /guilds/<id>/members/<user>.
   * When Discord cannot tell, the answer is yes.
   */
  isMember(guildId: string, userId: string): Promise<boolean>;
  /** Opens the DM channel with a user (Discord gives the same id every time). */
  openDm(userId: string): Promise<string>;
  /** A guild's name, when the gateway has it cached (for friendlier DMs). */
  guildName?(guildId: string): string | undefined;
  /** The guild's preferred locale in Discord (Server Settings → Community), when cached. */
  guildLocale?(guildId: string): string | undefined;
  /** A role's name, when cached: a role mention shows as "@unknown-role" in DMs. */
  roleName?(guildId: string, roleId: string): string | undefined;
  /**
   * A role as it is now (its permissions may have changed since /setup), for
   * the check before each grant; undefined when the guild has no such role.
   * From the gateway's cache when this process has the guild, else over REST
   * (the guild's role list, kept for 30 s).
   */
  role(guildId: string, roleId: string): Promise<RoleFacts | undefined>;
  /**
   * Posts in a channel; only the mentioned users are pinged, never @everyone
   * or roles. With a nonce, Discord posts it once however often it is sent
   * within a few minutes (enforce_nonce).
   */
  sendMessage(channelId: string, content: string, mentionUserIds?: string[], nonce?: string): Promise<void>;
  /**
   * Edits the message an interaction answered with (PATCH `@original` of
   * its webhook), while its token works (15 minutes). The token is in the
   * URL; log.ts redacts it from logged errors.
   */
  editInteractionReply(applicationId: string, token: string, body: { content: string }): Promise<void>;
}

/**
 * `roleRests`: the clients role changes go through, in turn (several, so a
 * guild's role changes are not queued one after another; see client.ts).
 */
export function createDiscordActions(
  rest: REST,
  roleRests: REST[] = [rest],
  cache: Pick<DiscordActions, 'guildName' | 'guildLocale' | 'roleName'> & {
    /** The role from the gateway's cache; null when this process does not have the guild. */
    cachedRole?(guildId: string, roleId: string): RoleFacts | undefined | null;
    /** The gateway holds this guild (so the bot is in it); absent without a gateway. */
    hasGuild?(guildId: string): boolean;
    /** The gateway's member cache holds this member (a miss proves nothing: it is partial). */
    hasMember?(guildId: string, userId: string): boolean;
  } = {},
  /** The per-route limits of role changes, shared by the clients (route-buckets.ts). */
  buckets?: RouteBuckets,
): DiscordActions {
  const changeRole = async (guildId: string, change: () => Promise<unknown>) => {
    const release = await buckets?.acquire(guildId);
    try {
      await change();
    } finally {
      release?.();
    }
  };
  let nextRoleRest = 0;
  const roleRest = () => roleRests[nextRoleRest++ % roleRests.length] ?? rest;
  // Opens (or returns) the DM channel; its id is kept in Postgres by the ledger (jobs/effects.ts).
  async function openDm(userId: string): Promise<string> {
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    return channel.id;
  }

  const roleLists = new Map<string, { at: number; roles: Promise<Map<string, RoleFacts>> }>();
  const fetchRoles = (guildId: string) => {
    const roles = (
      rest.get(Routes.guildRoles(guildId)) as Promise<Array<RoleFacts & { permissions: string }>>
    ).then(
      (list) =>
        new Map(
          list.map((r) => [r.id, { ...r, managed: Boolean(r.managed), permissions: BigInt(r.permissions) }]),
        ),
    );
    roleLists.set(guildId, { at: Date.now(), roles });
    // A failed read is not kept: the next grant asks again.
    roles.catch(() => roleLists.delete(guildId));
    if (roleLists.size > 10_000) roleLists.clear();
    return roles;
  };
  async function role(guildId: string, roleId: string): Promise<RoleFacts | undefined> {
    const cached = cache.cachedRole?.(guildId, roleId);
    if (cached !== undefined && cached !== null) return cached;
    if (cached === undefined && cache.cachedRole) return undefined;
    const kept = roleLists.get(guildId);
    const fresh = kept && Date.now() - kept.at < roleListTtlMs;
    const found = (await (fresh ? kept.roles : fetchRoles(guildId))).get(roleId);
    // A role created since the list was read: read it once more before saying it does not exist.
    return found ?? (fresh ? (await fetchRoles(guildId)).get(roleId) : undefined);
  }

  // Discord's answers about membership, for a short while: a burst of
  // votes for one guild costs one request, and a guild the bot joins or
  // leaves is seen within minutes. A "no" is kept for less time than a "yes".
  const membership = new Map<string, { member: boolean; until: number }>();
  const membershipTtlMs = { member: 10 * 60_000, notMember: 60_000 };

  async function botInGuild(guildId: string): Promise<boolean> {
    if (cache.hasGuild?.(guildId)) return true;
    const known = membership.get(guildId);
    if (known && known.until > Date.now()) return known.member;
    let member = true;
    try {
      await rest.get(Routes.guild(guildId));
    } catch (err) {
      // 10004 Unknown Guild (no such guild), 50001 Missing Access (not a member).
      const code = err instanceof DiscordAPIError ? err.code : undefined;
      if (code !== DiscordErrorCodes.unknownGuild && code !== DiscordErrorCodes.missingAccess) throw err;
      member = false;
    }
    if (membership.size >= 10_000) membership.clear();
    membership.set(guildId, {
      member,
      until: Date.now() + (member ? membershipTtlMs.member : membershipTtlMs.notMember),
    });
    return member;
  }

  async function isMember(guildId: string, userId: string): Promise<boolean> {
    if (cache.hasMember?.(guildId, userId)) return true;
    try {
      await rest.get(Routes.guildMember(guildId, userId));
      return true;
    } catch (err) {
      return !(err instanceof DiscordAPIError && err.code === DiscordErrorCodes.unknownMember);
    }
  }

  return {
    role,
    botInGuild,
    isMember,
    async addRole(guildId, userId, roleId, reason) {
      await changeRole(guildId, () =>
        roleRest().put(Routes.guildMemberRole(guildId, userId, roleId), { reason }),
      );
    },
    async removeRole(guildId, userId, roleId, reason) {
      await changeRole(guildId, () =>
        roleRest().delete(Routes.guildMemberRole(guildId, userId, roleId), { reason }),
      );
    },
    openDm,
    ...(cache.guildName ? { guildName: cache.guildName } : {}),
    ...(cache.guildLocale ? { guildLocale: cache.guildLocale } : {}),
    ...(cache.roleName ? { roleName: cache.roleName } : {}),
    async editInteractionReply(applicationId, token, body) {
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), {
        body: { ...body, allowed_mentions: { parse: [] } },
        auth: false,
      });
    },
    async sendMessage(channelId, content, mentionUserIds = [], nonce) {
      await rest.post(Routes.channelMessages(channelId), {
        body: {
          content,
          allowed_mentions: { parse: [], users: mentionUserIds },
          ...(nonce ? { nonce, enforce_nonce: true } : {}),
        },
      });
    },
  };
}
