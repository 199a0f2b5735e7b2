import { PermissionFlagsBits } from 'discord.js';
import { snowflake } from './bot.js';
import type { FakeDiscord } from './fake-discord.js';

export type CommandOption = { type: number; name: string; value?: unknown; options?: CommandOption[] };

/**
 * Sends a slash command over the fake gateway (to the shard that owns the
 * guild, as Discord does) and returns its interaction id; the bot's reply
 * arrives at POST /interactions/<id>/<token>/callback.
 */
export function sendSlashCommand(
  fake: FakeDiscord,
  command: {
    guildId: string;
    channelId: string;
    userId: string;
    name: string;
    options?: CommandOption[];
    resolved?: object;
  },
): string {
  const id = snowflake();
  const { guildId, channelId, userId } = command;
  fake.dispatch(
    'INTERACTION_CREATE',
    {
      id,
      application_id: fake.applicationId,
      type: 2,
      token: `token-${id}`,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId },
      member: {
        user: {
          id: userId,
          username: `user${userId.slice(-4)}`,
          discriminator: '0',
          global_name: null,
          avatar: null,
        },
        roles: [],
        joined_at: new Date().toISOString(),
        permissions: String(PermissionFlagsBits.ManageGuild),
        deaf: false,
        mute: false,
        flags: 0,
      },
      data: {
        id: snowflake(),
        name: command.name,
        type: 1,
        options: command.options ?? [],
        ...(command.resolved ? { resolved: command.resolved } : {}),
      },
      locale: 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      attachment_size_limit: 8_388_608,
    },
    guildId,
  );
  return id;
}
