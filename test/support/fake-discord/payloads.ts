/** Discord's JSON objects (users, roles, members, channels, guilds, messages) built from the fake's state. */
import { APPLICATION_ID, BOT_USER, BOT_USER_ID, type Guild, type Member } from './state.js';
import type { Json } from './types.js';
import { isObj, snowflake } from './util.js';

export function userObject(id: string): Json {
  return { id, username: `user_${id}`, discriminator: '0', global_name: null, avatar: null, bot: false };
}

export const guildRoles = (g: Guild) =>
  [...g.roles.values()]
    .sort((a, b) => a.position - b.position)
    .map((r) => ({
      id: r.id,
      name: r.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: r.position,
      permissions: r.permissions,
      managed: r.managed,
      mentionable: false,
      flags: 0,
    }));
export const memberObject = (m: Member): Json => ({
  user: m.userId === BOT_USER_ID ? BOT_USER : userObject(m.userId),
  nick: null,
  avatar: null,
  banner: null,
  roles: [...m.roles],
  joined_at: m.joinedAt,
  premium_since: null,
  deaf: false,
  mute: false,
  flags: 0,
  pending: false,
  communication_disabled_until: null,
});
export const channelObject = (g: Guild, id: string, i: number): Json => ({
  id,
  type: 0,
  guild_id: g.id,
  name: `channel-${i}`,
  position: i,
  permission_overwrites: (g.overwrites.get(id) ?? []).map((o) => ({
    id: o.id,
    type: o.type,
    allow: String(o.allow ?? 0n),
    deny: String(o.deny ?? 0n),
  })),
  topic: null,
  nsfw: false,
  last_message_id: null,
  rate_limit_per_user: 0,
  parent_id: null,
  flags: 0,
});
export const guildObject = (g: Guild): Json => ({
  id: g.id,
  name: g.name,
  icon: null,
  splash: null,
  discovery_splash: null,
  banner: null,
  description: null,
  owner_id: g.ownerId,
  afk_channel_id: null,
  afk_timeout: 300,
  verification_level: 0,
  default_message_notifications: 0,
  explicit_content_filter: 0,
  mfa_level: 0,
  nsfw_level: 0,
  premium_tier: 0,
  premium_subscription_count: 0,
  premium_progress_bar_enabled: false,
  system_channel_id: null,
  system_channel_flags: 0,
  rules_channel_id: null,
  public_updates_channel_id: null,
  safety_alerts_channel_id: null,
  preferred_locale: g.preferredLocale,
  vanity_url_code: null,
  max_members: 500000,
  max_video_channel_users: 25,
  max_stage_video_channel_users: 50,
  application_id: null,
  widget_enabled: false,
  widget_channel_id: null,
  features: [],
  emojis: [],
  stickers: [],
  roles: guildRoles(g),
});
/** `baseUrl` is the fake's own address: attachment URLs point back at it. */
export const messageObject = (baseUrl: string, channelId: string, body: unknown, extra: Json = {}): Json => {
  const b = isObj(body) ? body : {};
  const files = Array.isArray(b.files) ? (b.files as string[]) : [];
  return {
    id: snowflake(),
    channel_id: channelId,
    author: BOT_USER,
    content: typeof b.content === 'string' ? b.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    embeds: Array.isArray(b.embeds) ? b.embeds : [],
    components: Array.isArray(b.components) ? b.components : [],
    attachments: files.map((filename) => ({
      id: snowflake(),
      filename,
      size: 0,
      url: `${baseUrl}/attachments/${filename}`,
      proxy_url: `${baseUrl}/attachments/${filename}`,
    })),
    reactions: [],
    pinned: false,
    type: 0,
    flags: typeof b.flags === 'number' ? b.flags : 0,
    ...extra,
  };
};
export const application = (): Json => ({
  id: APPLICATION_ID,
  name: 'RewardsBot',
  icon: null,
  description: '',
  bot_public: true,
  bot_require_code_grant: false,
  verify_key: '0'.repeat(64),
  // GATEWAY_GUILD_MEMBERS_LIMITED: the Server Members intent is on, as the bot needs.
  flags: 1 << 15,
  team: null,
  owner: userObject('1'),
  bot: BOT_USER,
});
