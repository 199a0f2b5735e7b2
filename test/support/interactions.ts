import { PermissionFlagsBits } from 'discord.js';
import { snowflake } from './bot.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';

/** What a test's admin holds unless it says otherwise: enough for every /setup subcommand. */
export const adminPermissions = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageRoles;

export type CommandOption = { type: number; name: string; value?: unknown; options?: CommandOption[] };

/**
 * Sends a slash command over the fake gateway (to the shard that owns the
 * guild, as Discord does) and returns its interaction id; the bot's reply
 * arrives at POST /interactions/<id>/<token>/callback.
 */
export function dispatchSlashCommand(
  fake: FakeDiscord,
  command: {
    guildId: string;
    channelId: string;
    userId: string;
    name: string;
    options?: CommandOption[];
    resolved?: object;
    /**
     * The invoker's roles and permissions as Discord computes them for the
     * channel (default: Manage Server and Manage Roles, no roles).
     */
    member?: { roles?: string[]; permissions?: bigint };
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
        roles: command.member?.roles ?? [],
        joined_at: new Date().toISOString(),
        permissions: String(command.member?.permissions ?? adminPermissions),
        deaf: false,
        mute: false,
        flags: 0,
      },
      data: {
        id: snowflake(),
        name: command.name,
        type: 1,
        options: command.options ?? [],
        resolved: command.resolved ?? resolvedOptions(fake, guildId, command.options ?? []),
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

/** Role (8) and channel (7) options come with their objects, as Discord sends them. */
function resolvedOptions(fake: FakeDiscord, guildId: string, options: CommandOption[]): object {
  const flat = (list: CommandOption[]): CommandOption[] => list.flatMap((o) => [o, ...flat(o.options ?? [])]);
  const ids = (type: number) =>
    flat(options)
      .filter((o) => o.type === type)
      .map((o) => String(o.value));
  const roles = ids(8);
  const channels = ids(7);
  if (roles.length === 0 && channels.length === 0) return {};
  return fake.resolve(guildId, { roles, channels });
}

export interface ReplyData {
  flags?: number;
  content?: string;
  embeds?: Array<{
    title?: string;
    description?: string;
    image?: { url?: string };
    fields?: Array<{ name: string; value: string }>;
  }>;
  attachments?: Array<{ id: number | string; filename: string }>;
  files?: string[];
}

/**
 * Sends a slash command to the bot as Discord does, as a raw
 * INTERACTION_CREATE over the fake gateway, and returns the bot's answer
 * from the fake's interaction callback endpoint (or, for a deferred reply,
 * the edit of the original message): the reply payload, with the flags of
 * the first answer, and the request itself (its `uploads` hold attached files).
 */
export async function sendSlashCommand(
  fake: FakeDiscord,
  command: Parameters<typeof dispatchSlashCommand>[1],
): Promise<{ data: ReplyData; request: RecordedRequest }> {
  const id = dispatchSlashCommand(fake, command);
  const [callback] = await fake.waitFor('POST', new RegExp(`^/interactions/${id}/`), 1, 10_000);
  if (!callback) throw new Error(`no reply to interaction ${id}`);
  const answer = callback.body as { type: number; data?: ReplyData };
  if (answer.type !== 5) return { data: answer.data ?? {}, request: callback };
  // Deferred ("thinking…", with its flags): the answer is the edit of the original message.
  const [edit] = await fake.waitFor(
    'PATCH',
    new RegExp(`^/webhooks/${fake.applicationId}/token-${id}/messages/@original$`),
    1,
    30_000,
  );
  if (!edit) throw new Error(`no answer to deferred interaction ${id}`);
  return { data: { ...(edit.body as ReplyData), flags: answer.data?.flags ?? 0 }, request: edit };
}

/** Everything a reply says, as one text: content, embed titles, descriptions and fields. */
export const replyText = (reply: ReplyData) =>
  [
    reply.content ?? '',
    ...(reply.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).map((f) => `${f.name}: ${f.value}`),
    ]),
  ].join('\n');

export const subcommand = (name: string, options: CommandOption[] = []): CommandOption[] => [
  { type: 1, name, options },
];
