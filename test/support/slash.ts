import { PermissionFlagsBits } from 'discord.js';
import { snowflake, type TestBot } from './bot.js';
import type { RecordedRequest } from './fake-discord.js';

export type SlashOption = { type: number; name: string; value?: unknown; options?: SlashOption[] };

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
  bot: TestBot,
  opts: {
    name: string;
    options: SlashOption[];
    guildId: string;
    channelId: string;
    userId: string;
    resolved?: object;
  },
): Promise<{ data: ReplyData; request: RecordedRequest }> {
  const id = snowflake();
  const { guildId, channelId, userId } = opts;
  bot.fake.dispatch(
    'INTERACTION_CREATE',
    {
      id,
      application_id: bot.fake.applicationId,
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
        name: opts.name,
        type: 1,
        options: opts.options,
        ...(opts.resolved ? { resolved: opts.resolved } : {}),
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
  const [callback] = await bot.fake.waitFor('POST', new RegExp(`^/interactions/${id}/`), 1, 10_000);
  if (!callback) throw new Error(`no reply to interaction ${id}`);
  const answer = callback.body as { type: number; data?: ReplyData };
  if (answer.type !== 5) return { data: answer.data ?? {}, request: callback };
  // Deferred ("thinking…", with its flags): the answer is the edit of the original message.
  const [edit] = await bot.fake.waitFor(
    'PATCH',
    new RegExp(`^/webhooks/${bot.fake.applicationId}/token-${id}/messages/@original$`),
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

export const subcommand = (name: string, options: SlashOption[] = []): SlashOption[] => [
  { type: 1, name, options },
];
