import { type REST, Routes } from 'discord.js';

/**
 * The few things the jobs ask of Discord, over REST only: they never need
 * the gateway, so rewards flow as long as the REST API answers.
 */
export interface DiscordActions {
  addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
  removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
  /** The DM channel with a user (created once; the same id every time). */
  openDm(userId: string): Promise<string>;
  /** A guild's name, when the gateway has it cached (for friendlier DMs). */
  guildName?(guildId: string): string | undefined;
  /** A role's name, when cached: a role mention shows as "@unknown-role" in DMs. */
  roleName?(guildId: string, roleId: string): string | undefined;
  /**
   * Posts in a channel; only the mentioned users are pinged, never @everyone
   * or roles. With a nonce, Discord posts it once however often it is sent
   * within a few minutes (enforce_nonce).
   */
  sendMessage(channelId: string, content: string, mentionUserIds?: string[], nonce?: string): Promise<void>;
}

/**
 * `roleRests`: the clients role changes go through, in turn (several, so a
 * guild's role changes are not queued one after another; see client.ts).
 */
export function createDiscordActions(
  rest: REST,
  roleRests: REST[] = [rest],
  cache: Pick<DiscordActions, 'guildName' | 'roleName'> = {},
): DiscordActions {
  let nextRoleRest = 0;
  const roleRest = () => roleRests[nextRoleRest++ % roleRests.length] ?? rest;
  // DM channel ids never change for a user; caching saves one call per DM.
  const dmChannels = new Map<string, string>();
  const maxCachedDmChannels = 10_000;

  async function openDm(userId: string): Promise<string> {
    const cached = dmChannels.get(userId);
    if (cached) return cached;
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    if (dmChannels.size >= maxCachedDmChannels) dmChannels.clear();
    dmChannels.set(userId, channel.id);
    return channel.id;
  }

  return {
    async addRole(guildId, userId, roleId, reason) {
      await roleRest().put(Routes.guildMemberRole(guildId, userId, roleId), { reason });
    },
    async removeRole(guildId, userId, roleId, reason) {
      await roleRest().delete(Routes.guildMemberRole(guildId, userId, roleId), { reason });
    },
    openDm,
    ...cache,
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
