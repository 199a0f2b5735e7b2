import { PermissionFlagsBits } from 'discord.js';
import { snowflake } from './bot.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';

/** What a test's admin holds unless it says otherwise: enough for every /setup subcommand. */
export const adminPermissions = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageRoles;

export type CommandOption = { type: number; name: string; value?: unknown; options?: CommandOption[] };

/**
 * Sends a slash command over the fake gateway (to the shard that owns the
 * guild, as Discord does) and returns its interaction id; the bot's reply
 * arrives at POST /interactions/<id>/<token>/callback (its token is `token-<id>`).
 */
export function dispatchSlashCommand(
  fake: FakeDiscord,
  command: Invoker & {
    name: string;
    options?: CommandOption[];
    resolved?: object;
  },
): string {
  const { guildId } = command;
  return dispatchInteraction(fake, command, 2, {
    id: snowflake(),
    name: command.name,
    type: 1,
    options: command.options ?? [],
    resolved: command.resolved ?? resolvedOptions(fake, guildId, command.options ?? []),
  });
}

/** Who acts, and where. */
export interface Invoker {
  guildId: string;
  channelId: string;
  userId: string;
  /**
   * The invoker's roles and permissions as Discord computes them for the
   * channel (default: Manage Server and Manage Roles, no roles).
   */
  member?: { roles?: string[]; permissions?: bigint };
  /** The language of the invoker's Discord client, sent with every interaction (default 'en-US'). */
  locale?: string;
}

/** Sends an INTERACTION_CREATE of `type` as Discord does (to the owning shard); returns its id. */
function dispatchInteraction(
  fake: FakeDiscord,
  who: Invoker,
  type: number,
  data: object,
  extra = {},
): string {
  const id = snowflake();
  const { guildId, channelId, userId } = who;
  fake.dispatch(
    'INTERACTION_CREATE',
    {
      id,
      application_id: fake.applicationId,
      type,
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
        roles: who.member?.roles ?? [],
        joined_at: new Date().toISOString(),
        permissions: String(who.member?.permissions ?? adminPermissions),
        deaf: false,
        mute: false,
        flags: 0,
      },
      data,
      locale: who.locale ?? 'en-US',
      guild_locale: fake.guildLocale(guildId),
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      attachment_size_limit: 8_388_608,
      ...extra,
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

/** A message the bot answered an interaction with, as the member's client shows it now. */
export type ShownMessage = ReplyData & {
  id: string;
  components?: Array<{ type: number; components?: Array<Record<string, unknown>> }>;
};

/** The message `@original` of the interaction with this token is now (the fake's copy of it). */
export function currentMessage(fake: FakeDiscord, token: string): ShownMessage {
  const message = fake.originalMessage(token);
  if (!message) throw new Error(`no message for interaction token ${token}`);
  return message as unknown as ShownMessage;
}

/** A component of a message by its custom_id (in its action rows). */
function componentOf(message: ShownMessage, customId: string): Record<string, unknown> {
  const found = (message.components ?? [])
    .flatMap((row) => row.components ?? [])
    .find((c) => c.custom_id === customId);
  if (!found) throw new Error(`the message has no component ${customId}`);
  if (found.disabled) throw new Error(`${customId} is disabled`);
  return found;
}

/** The callback an interaction got, and its token (for the next step on the same message). */
export interface Answered {
  token: string;
  callback: { type: number; data?: Record<string, unknown> };
}

/** The first callback Discord accepted for interaction `id` (refused ones are skipped, as Discord shows nothing). */
async function answered(fake: FakeDiscord, id: string): Promise<Answered> {
  const path = new RegExp(`^/interactions/${id}/`);
  for (let count = 1; ; count++) {
    const accepted = (await fake.waitFor('POST', path, count, 10_000)).find((r) => r.status < 300);
    if (accepted) return { token: `token-${id}`, callback: accepted.body as Answered['callback'] };
  }
}

/**
 * `who` uses a component of the message that the interaction with token
 * `on` answered with (a member can only use what their client shows):
 * a button press, or the values chosen in a select menu, as Discord sends
 * it (MESSAGE_COMPONENT, with the roles and channels chosen resolved).
 */
export async function useComponent(
  fake: FakeDiscord,
  who: Invoker,
  on: string,
  customId: string,
  values?: string[],
): Promise<Answered> {
  const message = currentMessage(fake, on);
  const component = componentOf(message, customId);
  const componentType = Number(component.type);
  const resolved =
    componentType === 6
      ? fake.resolve(who.guildId, { roles: values ?? [] })
      : componentType === 8
        ? fake.resolve(who.guildId, { channels: values ?? [] })
        : undefined;
  const data = {
    custom_id: customId,
    component_type: componentType,
    ...(values ? { values } : {}),
    ...(resolved ? { resolved } : {}),
  };
  return answered(fake, dispatchInteraction(fake, who, 3, data, { message }));
}

export const clickButton = (fake: FakeDiscord, who: Invoker, on: string, customId: string) =>
  useComponent(fake, who, on, customId);
export const chooseInSelect = (
  fake: FakeDiscord,
  who: Invoker,
  on: string,
  customId: string,
  values: string[],
) => useComponent(fake, who, on, customId, values);

/**
 * Submits the modal that the interaction with token `opened` opened, with
 * `values` by text input custom_id (MODAL_SUBMIT, with the message the
 * button was on, as Discord sends it for a modal opened from a component).
 */
export async function submitModal(
  fake: FakeDiscord,
  who: Invoker,
  opened: string,
  values: Record<string, string>,
): Promise<Answered> {
  const modal = fake.openedModal(opened) as
    | { custom_id: string; components: Array<{ type: number; components?: unknown[]; component?: unknown }> }
    | undefined;
  if (!modal) throw new Error(`no modal was opened in answer to ${opened}`);
  const input = (c: unknown) => {
    const { custom_id: id, type } = c as { custom_id: string; type: number };
    return { type, custom_id: id, value: values[id] ?? '' };
  };
  const components = modal.components.map((row) =>
    row.component
      ? { type: row.type, component: input(row.component) }
      : { type: row.type, components: (row.components ?? []).map(input) },
  );
  const message = fake.originalMessage(opened);
  const id = dispatchInteraction(
    fake,
    who,
    5,
    { custom_id: modal.custom_id, components },
    message ? { message } : {},
  );
  return answered(fake, id);
}
