/**
 * Local fake of Discord's HTTP API (v10) and gateway, so tests can drive the real discord.js
 * (`REST` and `Client`) against 127.0.0.1. Point discord.js at it with `rest: { api: fake.apiUrl }`;
 * the gateway URL is handed out by `GET /gateway/bot` like Discord does.
 *
 * Behaviour copied from Discord where discord.js depends on it:
 * - 429 bodies carry a float `retry_after`, but discord.js only reads the integer `Retry-After` header.
 * - 'reset' faults send a TCP RST: undici surfaces that as ECONNRESET, which @discordjs/rest retries.
 *   (A plain FIN close would surface as "other side closed" and NOT be retried.)
 * - 'timeout' faults never answer; @discordjs/rest aborts after its `timeout` option and retries.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, WebSocket, WebSocketServer } from 'ws';

export interface FakeRole {
  id: string;
  name?: string;
  position: number;
  permissions?: string /* bitfield string */;
  /** Managed by an integration (a bot's own role, a booster role): nobody can give it. */
  managed?: boolean;
}
/** A channel permission overwrite, as Discord stores it (type 0: role, 1: member). */
export interface FakeOverwrite {
  id: string;
  type: 0 | 1;
  allow?: bigint;
  deny?: bigint;
}
export interface FakeChannel {
  id: string;
  overwrites?: FakeOverwrite[];
}
export interface FakeGuildInit {
  id: string;
  name?: string;
  roles?: FakeRole[]; // @everyone role (id === guild id, position 0) is added automatically if missing
  members?: string[]; // user ids that are members
  channels?: Array<string | FakeChannel>; // text channels (an id, or an id with permission overwrites)
  botRoleId?: string; // the bot's highest role; defaults to a role at position 10 with MANAGE_ROLES
  botCanManageRoles?: boolean; // default true
  ownerId?: string; // the guild owner; default '1' (nobody the tests use)
  /** Roles of members, by user id (the roles must be in `roles`). */
  memberRoles?: Record<string, string[]>;
}
/** `status` is 0 when no HTTP response was sent ('timeout' / 'reset' faults). */
export interface RecordedRequest {
  method: string;
  /** Decoded, without `/api/v10` and without the query string, e.g. `/guilds/1/members/2/roles/3`. */
  path: string;
  /** Parsed JSON; for multipart: payload_json plus `files: string[]`; `null` when empty. */
  body: unknown;
  status: number;
  /** Arrival time (Date.now()). Requests are recorded once answered (or faulted), in arrival order. */
  at: number;
  /** Had exactly `Authorization: Bot <token>`. */
  authorized: boolean;
  /** A message create that Discord deduplicated by its nonce (enforce_nonce): nothing new was posted. */
  replayed?: boolean;
  /** The files of a multipart request, with their bytes (`body.files` has their names). */
  uploads?: UploadedFile[];
}
export interface UploadedFile {
  /** The form field, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}
export interface FaultRule {
  method?: string;
  path?: RegExp;
  /** How many matching requests to fault (default 1). */
  times?: number;
  /** HTTP status for kind 'status' (ignored for 'timeout' / 'reset'). */
  status: number;
  code?: number;
  retryAfter?: number;
  global?: boolean;
  kind?: 'status' | 'timeout' | 'reset';
}
type ChaosKind = '429' | '500' | 'timeout' | 'reset';
export interface FakeDiscord {
  apiUrl: string;
  port: number;
  token: string;
  botUserId: string;
  applicationId: string;
  requests: RecordedRequest[];
  /** The shard count GET /gateway/bot recommends (default 1); discord.js's `shards: 'auto'` uses it. */
  recommendShards(count: number): void;
  /** Adds (or replaces) a guild. Shards already identified receive GUILD_CREATE, as when a bot joins. */
  addGuild(g: FakeGuildInit): void;
  /** Changes a role, as an admin in Server Settings → Roles would; shards receive GUILD_ROLE_UPDATE. */
  updateRole(guildId: string, roleId: string, patch: { permissions?: bigint; position?: number }): void;
  /**
   * The `resolved` part of an interaction naming these roles and channels,
   * as Discord fills it from the guild (role and channel options need it).
   */
  resolve(guildId: string, ids: { roles?: string[]; channels?: string[] }): Json;
  /** GUILD_MEMBER_ADD goes to the owning shard (only if it identified with the GuildMembers intent). */
  addMember(guildId: string, userId: string, opts?: { dispatch?: boolean }): void;
  /** Opening the DM channel still works; sending into it fails 403 / 50007. */
  closeDms(userId: string): void;
  failNext(rule: FaultRule): void;
  setLatency(minMs: number, maxMs: number): void;
  setChaos(opts: { rate: number; kinds?: ChaosKind[]; seed?: number } | null): void;
  /** Per-route buckets are fixed windows per method + route template + major parameter. */
  rateLimits(opts: { globalPerSecond?: number; perRoute?: { limit: number; windowMs: number } } | null): void;
  maxRequestsPerSecond(): number;
  /** Without guildId the event goes to every identified shard. Member events need the GuildMembers intent. */
  dispatch(t: string, d: unknown, guildId?: string): void;
  gatewayConnections(): Array<{ shardId: number; shardCount: number; identified: boolean }>;
  find(method: string, path: RegExp): RecordedRequest[];
  /** Resolves once `count` matching requests have been answered (default timeout 5000 ms). */
  waitFor(method: string, path: RegExp, count?: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** Clears recorded requests, queued faults, chaos, latency and rate-limit counters (keeps guilds, limit config). */
  reset(): void;
  close(): Promise<void>;
}

const API_PREFIX = '/api/v10';
const DISCORD_EPOCH = 1420070400000n;
const ADMINISTRATOR = 1n << 3n;
const MANAGE_ROLES = 1n << 28n;
const VIEW_CHANNEL = 1n << 10n;
const SEND_MESSAGES = 1n << 11n;
const VIEW_SEND_HISTORY = VIEW_CHANNEL | SEND_MESSAGES | (1n << 16n);
/** What a new bot role gets here: roles, and everything it needs to post (embeds, files). */
const BOT_ROLE_PERMISSIONS = MANAGE_ROLES | VIEW_SEND_HISTORY | (1n << 14n) | (1n << 15n);
const INTENT_GUILD_MEMBERS = 1 << 1;
const MEMBER_EVENTS = new Set(['GUILD_MEMBER_ADD', 'GUILD_MEMBER_UPDATE', 'GUILD_MEMBER_REMOVE']);
const HEARTBEAT_INTERVAL = 41250;
const ERROR_MESSAGES: Record<number, string> = {
  0: 'General error',
  10003: 'Unknown Channel',
  10004: 'Unknown Guild',
  10007: 'Unknown Member',
  10011: 'Unknown Role',
  10062: 'Unknown interaction',
  40060: 'Interaction has already been acknowledged.',
  50001: 'Missing Access',
  50007: 'Cannot send messages to this user',
  50013: 'Missing Permissions',
  50035: 'Invalid Form Body',
};

export type Json = Record<string, unknown>;
interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A message create answered from an earlier one with the same nonce (enforce_nonce). */
  replayed?: boolean;
}
type Outcome = Reply | { kind: 'timeout' | 'reset' };
interface Role {
  id: string;
  name: string;
  position: number;
  permissions: string;
  managed: boolean;
}
interface Member {
  userId: string;
  roles: Set<string>;
  joinedAt: string;
}
interface Guild {
  id: string;
  name: string;
  roles: Map<string, Role>;
  members: Map<string, Member>;
  channels: string[];
  overwrites: Map<string, FakeOverwrite[]>;
  botRoleId: string;
  botCanManageRoles: boolean;
  ownerId: string;
  joinedAt: string;
}
interface Conn {
  ws: WebSocket;
  shardId: number;
  shardCount: number;
  identified: boolean;
  seq: number;
  intents: number;
  largeThreshold: number;
}
interface Ctx {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
/** `p` are the route's capture groups ('' when an optional group did not match). */
type Params = [string, string, string];
type Handler = (p: Params, ctx: Ctx) => Reply;

const reply = (status: number, body?: unknown): Reply => ({ status, body });
const apiError = (status: number, code: number, message = ERROR_MESSAGES[code] ?? 'Error'): Reply =>
  reply(status, { message, code });
/** RegExp#test without the surprise of a stale lastIndex on /g regexes. */
const matches = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Small seeded PRNG so chaos runs are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let snowflakeIncrement = 0n;
function snowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeIncrement);
}

/** Which shard Discord routes a guild to. */
function shardFor(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file parts of a multipart/form-data body, bytes intact. */
function parseUploads(raw: Buffer, contentType = ''): UploadedFile[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!contentType.startsWith('multipart/form-data') || !boundary) return undefined;
  const uploads: UploadedFile[] = [];
  for (const part of raw.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`)) {
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    const head = part.slice(0, sep);
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (filename === undefined) continue;
    uploads.push({
      field: /name="([^"]*)"/.exec(head)?.[1] ?? '',
      filename,
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1],
      data: Buffer.from(part.slice(sep + 4).replace(/\r\n$/, ''), 'latin1'),
    });
  }
  return uploads;
}

/** JSON, or for multipart/form-data (discord.js with files) the parsed payload_json plus `files: [names]`. */
function parseBody(raw: Buffer, contentType = ''): unknown {
  if (raw.length === 0) return null;
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (contentType.startsWith('multipart/form-data') && boundary) {
    const body: Json = {};
    const files: string[] = [];
    // latin1 keeps binary file bytes 1:1 so splitting on the boundary is safe.
    for (const part of raw.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`)) {
      const sep = part.indexOf('\r\n\r\n');
      if (sep < 0) continue;
      const head = part.slice(0, sep);
      const content = part.slice(sep + 4).replace(/\r\n$/, '');
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      if (filename !== undefined) files.push(filename);
      else if (/name="payload_json"/.test(head)) {
        try {
          Object.assign(body, JSON.parse(Buffer.from(content, 'latin1').toString('utf8')));
        } catch {
          /* keep going */
        }
      }
    }
    return { ...body, files };
  }
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function userObject(id: string): Json {
  return { id, username: `user_${id}`, discriminator: '0', global_name: null, avatar: null, bot: false };
}

export async function startFakeDiscord(
  opts: {
    token?: string;
    port?: number;
    /**
     * GUILD_CREATE carries the member list as Discord sends it: every member of
     * a guild up to IDENTIFY's large_threshold (with the GuildMembers intent),
     * only the bot's own for larger ones. Off: only the bot's own, always.
     */
    memberLists?: boolean;
  } = {},
): Promise<FakeDiscord> {
  const token = opts.token ?? 'fake-bot-token';
  const botUserId = '1000000000000000001';
  const applicationId = botUserId; // modern bots: application id === bot user id
  const botUser = {
    id: botUserId,
    username: 'RewardsBot',
    discriminator: '0',
    bot: true,
    avatar: null,
    global_name: null,
  };

  const guilds = new Map<string, Guild>();
  const dmChannels = new Map<string, string>(); // userId -> channelId
  const closedDms = new Set<string>();
  const sentByNonce = new Map<string, unknown>();
  const commands = new Map<string, Json[]>(); // 'global' | guildId -> commands
  const interactions = new Map<
    string,
    { channelId: string; acked: boolean; originalId: string; original?: Json }
  >(); // by token
  const requests: RecordedRequest[] = [];
  const faults: Array<FaultRule & { left: number }> = [];
  const conns = new Set<Conn>();
  const timers = new Set<NodeJS.Timeout>();
  const hanging = new Set<ServerResponse>();
  const waiters = new Map<() => void, (e: Error) => void>(); // check -> reject
  let latency: [number, number] = [0, 0];
  let chaos: { rate: number; kinds: ChaosKind[]; rand: () => number } | null = null;
  let limits: { globalPerSecond: number; perRoute?: { limit: number; windowMs: number } } | null = null;
  let globalHits: number[] = [];
  const buckets = new Map<string, { remaining: number; resetAt: number }>();
  let closing = false;
  let recommendedShards = 1;

  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  // ---------------------------------------------------------------- state helpers
  const guildRoles = (g: Guild) =>
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
  const memberObject = (m: Member): Json => ({
    user: m.userId === botUserId ? botUser : userObject(m.userId),
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
  const channelObject = (g: Guild, id: string, i: number): Json => ({
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
  const guildObject = (g: Guild): Json => ({
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
    preferred_locale: 'en-US',
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
  /** Full GUILD_CREATE payload (gateway-only fields on top of the REST guild object). */
  const guildCreate = (g: Guild, c: Conn): Json => {
    const large = g.members.size > c.largeThreshold;
    const listed =
      opts.memberLists && !large && c.intents & INTENT_GUILD_MEMBERS
        ? [...g.members.values()]
        : [g.members.get(botUserId) as Member];
    return {
      ...guildObject(g),
      unavailable: false,
      joined_at: g.joinedAt,
      large: opts.memberLists ? large : false,
      member_count: g.members.size,
      members: listed.map((m) => memberObject(m)),
      channels: g.channels.map((id, i) => channelObject(g, id, i)),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      incidents_data: null,
    };
  };
  const findChannel = (id: string): { guild: Guild; index: number } | { dmUser: string } | undefined => {
    for (const g of guilds.values()) {
      const index = g.channels.indexOf(id);
      if (index >= 0) return { guild: g, index };
    }
    for (const [user, channel] of dmChannels) if (channel === id) return { dmUser: user };
    return undefined;
  };
  const messageObject = (channelId: string, body: unknown, extra: Json = {}): Json => {
    const b = isObj(body) ? body : {};
    const files = Array.isArray(b.files) ? (b.files as string[]) : [];
    return {
      id: snowflake(),
      channel_id: channelId,
      author: botUser,
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
  const botCanManage = (g: Guild): boolean => {
    if (!g.botCanManageRoles) return false;
    let perms = BigInt(g.roles.get(g.id)?.permissions ?? '0');
    for (const r of g.members.get(botUserId)?.roles ?? [])
      perms |= BigInt(g.roles.get(r)?.permissions ?? '0');
    return (perms & (ADMINISTRATOR | MANAGE_ROLES)) !== 0n;
  };
  /** Discord's permission computation: base from roles, Administrator is all, then channel overwrites. */
  const channelPermissions = (g: Guild, userId: string, channelId: string): bigint => {
    const member = g.members.get(userId);
    if (!member) return 0n;
    if (g.ownerId === userId) return ~0n;
    let perms = BigInt(g.roles.get(g.id)?.permissions ?? '0');
    for (const r of member.roles) perms |= BigInt(g.roles.get(r)?.permissions ?? '0');
    if (perms & ADMINISTRATOR) return ~0n;
    const overwrites = g.overwrites.get(channelId) ?? [];
    const apply = (o: FakeOverwrite | undefined) => {
      if (o) perms = (perms & ~(o.deny ?? 0n)) | (o.allow ?? 0n);
    };
    apply(overwrites.find((o) => o.type === 0 && o.id === g.id));
    const roleOverwrites = overwrites.filter((o) => o.type === 0 && member.roles.has(o.id));
    apply({
      id: '',
      type: 0,
      allow: roleOverwrites.reduce((a, o) => a | (o.allow ?? 0n), 0n),
      deny: roleOverwrites.reduce((a, o) => a | (o.deny ?? 0n), 0n),
    });
    apply(overwrites.find((o) => o.type === 1 && o.id === userId));
    return perms;
  };
  const botTopPosition = (g: Guild): number =>
    Math.max(0, ...[...(g.members.get(botUserId)?.roles ?? [])].map((r) => g.roles.get(r)?.position ?? 0));

  // ---------------------------------------------------------------- REST routes
  const withGuild =
    (fn: (g: Guild, p: Params, ctx: Ctx) => Reply): Handler =>
    (p, ctx) => {
      const g = guilds.get(p[0]);
      return g ? fn(g, p, ctx) : apiError(404, 10004);
    };
  const changeRole: Handler = withGuild((g, p, ctx) => {
    const member = g.members.get(p[1]);
    if (!member) return apiError(404, 10007);
    const role = g.roles.get(p[2]);
    if (!role) return apiError(404, 10011);
    if (!botCanManage(g) || role.position >= botTopPosition(g) || role.managed) return apiError(403, 50013);
    const had = member.roles.has(role.id);
    if (ctx.method === 'PUT') member.roles.add(role.id);
    else member.roles.delete(role.id);
    // Discord only emits GUILD_MEMBER_UPDATE when something actually changed.
    if (had !== member.roles.has(role.id))
      api.dispatch('GUILD_MEMBER_UPDATE', { guild_id: g.id, ...memberObject(member) }, g.id);
    return reply(204);
  });
  const commandsRoute: Handler = (p, ctx) => {
    const guildId = p[1] || undefined;
    if (guildId && !guilds.has(guildId)) return apiError(404, 10004);
    const scope = guildId ?? 'global';
    if (ctx.method === 'GET') return reply(200, commands.get(scope) ?? []);
    if (!Array.isArray(ctx.body)) return apiError(400, 50035);
    const previous = commands.get(scope) ?? [];
    const stored = ctx.body.filter(isObj).map((c) => ({
      type: 1,
      description: '',
      options: [],
      default_member_permissions: null,
      nsfw: false,
      ...c,
      // Discord keeps ids stable for commands that are overwritten by name.
      id: previous.find((p) => p.name === c.name)?.id ?? snowflake(),
      application_id: applicationId,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    commands.set(scope, stored);
    return reply(200, stored);
  };
  const interaction = (tok: string) => {
    let i = interactions.get(tok);
    if (!i) {
      i = { channelId: '0', acked: false, originalId: snowflake() };
      interactions.set(tok, i);
    }
    return i;
  };
  const webhookMessage: Handler = (p, ctx) => {
    const i = interaction(p[1]);
    const target = p[2];
    if (target === '')
      return reply(
        200,
        messageObject(i.channelId, ctx.body, { webhook_id: applicationId, application_id: applicationId }),
      );
    if (ctx.method === 'DELETE') return reply(204);
    const id = target === '@original' ? i.originalId : target;
    const prev = target === '@original' ? i.original : undefined;
    const body =
      ctx.method === 'PATCH' ? { ...(prev ?? {}), ...(isObj(ctx.body) ? ctx.body : {}) } : (prev ?? {});
    const msg = messageObject(i.channelId, body, {
      id,
      webhook_id: applicationId,
      application_id: applicationId,
    });
    if (target === '@original' && ctx.method === 'PATCH')
      i.original = { content: msg.content, embeds: msg.embeds, components: msg.components, flags: msg.flags };
    return reply(200, msg);
  };
  const application = (): Json => ({
    id: applicationId,
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
    bot: botUser,
  });

  const routes: Array<[string, RegExp, Handler]> = [
    ['GET', /^\/users\/@me$/, () => reply(200, botUser)],
    ['GET', /^\/users\/(\d+)$/, (p) => reply(200, p[0] === botUserId ? botUser : userObject(p[0]))],
    [
      'GET',
      /^\/gateway\/bot$/,
      () =>
        reply(200, {
          url: wsUrl,
          shards: recommendedShards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        }),
    ],
    ['GET', /^\/gateway$/, () => reply(200, { url: wsUrl })],
    ['GET', /^\/(?:oauth2\/)?applications\/@me$/, () => reply(200, application())],
    ['GET', /^\/guilds\/(\d+)$/, withGuild((g) => reply(200, guildObject(g)))],
    ['GET', /^\/guilds\/(\d+)\/roles$/, withGuild((g) => reply(200, guildRoles(g)))],
    [
      'GET',
      /^\/guilds\/(\d+)\/channels$/,
      withGuild((g) =>
        reply(
          200,
          g.channels.map((c, i) => channelObject(g, c, i)),
        ),
      ),
    ],
    [
      'GET',
      /^\/guilds\/(\d+)\/members\/(\d+)$/,
      withGuild((g, p) => {
        const member = g.members.get(p[1]);
        return member ? reply(200, memberObject(member)) : apiError(404, 10007);
      }),
    ],
    ['PUT', /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/, changeRole],
    ['DELETE', /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/, changeRole],
    [
      'POST',
      /^\/users\/@me\/channels$/,
      (_p, { body }) => {
        const recipient = isObj(body) ? body.recipient_id : undefined;
        if (typeof recipient !== 'string' || !/^\d+$/.test(recipient)) return apiError(400, 50035);
        let id = dmChannels.get(recipient);
        if (!id) {
          id = snowflake();
          dmChannels.set(recipient, id);
        }
        return reply(200, {
          id,
          type: 1,
          last_message_id: null,
          flags: 0,
          recipients: [userObject(recipient)],
        });
      },
    ],
    [
      'GET',
      /^\/channels\/(\d+)$/,
      (p) => {
        const c = findChannel(p[0]);
        if (!c) return apiError(404, 10003);
        if ('dmUser' in c)
          return reply(200, {
            id: p[0],
            type: 1,
            last_message_id: null,
            flags: 0,
            recipients: [userObject(c.dmUser)],
          });
        return reply(200, channelObject(c.guild, p[0], c.index));
      },
    ],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      (p, { body }) => {
        const c = findChannel(p[0]);
        if (!c) return apiError(404, 10003);
        if ('dmUser' in c && closedDms.has(c.dmUser)) return apiError(403, 50007);
        if ('guild' in c) {
          const perms = channelPermissions(c.guild, botUserId, p[0]);
          if (!(perms & VIEW_CHANNEL)) return apiError(403, 50001);
          if (!(perms & SEND_MESSAGES)) return apiError(403, 50013);
        }
        // Like Discord: with enforce_nonce, a create whose nonce was seen in
        // the last minutes returns the earlier message and posts nothing.
        const nonce = isObj(body) && body.enforce_nonce === true ? body.nonce : undefined;
        const nonceKey =
          typeof nonce === 'string' || typeof nonce === 'number' ? `${p[0]}:${nonce}` : undefined;
        const earlier = nonceKey ? sentByNonce.get(nonceKey) : undefined;
        if (earlier) return { ...reply(200, earlier), replayed: true };
        const message = messageObject(p[0], body);
        if (nonceKey) sentByNonce.set(nonceKey, message);
        return reply(200, message);
      },
    ],
    [
      'POST',
      /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
      (p, ctx) => {
        const i = interaction(p[1]);
        if (i.acked) return apiError(400, 40060);
        i.acked = true;
        const data = isObj(ctx.body) && isObj(ctx.body.data) ? ctx.body.data : {};
        const type = isObj(ctx.body) ? Number(ctx.body.type) : 0;
        if (type === 4 || type === 7) i.original = data;
        if (ctx.query.get('with_response') !== 'true') return reply(204);
        const flags = typeof data.flags === 'number' ? data.flags : 0;
        return reply(200, {
          interaction: {
            id: p[0],
            type: 2,
            response_message_id: i.originalId,
            response_message_loading: type === 5,
            response_message_ephemeral: (flags & 64) !== 0,
          },
          resource: {
            type,
            ...(type === 4 || type === 7
              ? { message: messageObject(i.channelId, data, { id: i.originalId }) }
              : {}),
          },
        });
      },
    ],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, webhookMessage],
    ['GET|PATCH|DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, webhookMessage],
    ['GET|PUT', /^\/applications\/(\d+)\/commands$/, commandsRoute],
    ['GET|PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, commandsRoute],
  ];

  // ---------------------------------------------------------------- faults and rate limits
  const rateLimited = (
    retryAfter: number,
    global: boolean,
    scope: string,
    headers: Record<string, string> = {},
  ): Reply => ({
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: Number(retryAfter.toFixed(3)), global },
    headers: {
      ...headers,
      'Retry-After': String(Math.max(1, Math.ceil(retryAfter))),
      'X-RateLimit-Scope': scope,
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    },
  });
  const faultOutcome = (f: FaultRule): Outcome => {
    if (f.kind === 'timeout' || f.kind === 'reset') return { kind: f.kind };
    if (f.status === 429)
      return rateLimited(f.retryAfter ?? 1, f.global ?? false, f.global ? 'global' : 'user');
    if (f.status >= 500)
      return reply(f.status, { message: STATUS_CODES[f.status] ?? 'Internal Server Error', code: 0 });
    return apiError(
      f.status,
      f.code ?? 0,
      ERROR_MESSAGES[f.code ?? -1] ?? `${f.status}: ${STATUS_CODES[f.status] ?? 'Error'}`,
    );
  };
  const takeFault = (method: string, path: string): Outcome | undefined => {
    const i = faults.findIndex(
      (f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || matches(f.path, path)),
    );
    const f = faults[i];
    if (!f) return undefined;
    if (--f.left <= 0) faults.splice(i, 1);
    return faultOutcome(f);
  };
  const chaosOutcome = (): Outcome | undefined => {
    if (!chaos || chaos.rand() >= chaos.rate) return undefined;
    const kind = chaos.kinds[Math.floor(chaos.rand() * chaos.kinds.length)] ?? '500';
    if (kind === '429') return rateLimited(0.05 + chaos.rand() * 0.25, false, 'user');
    if (kind === '500') return faultOutcome({ status: 500 });
    return { kind };
  };
  /** Bucket like Discord: one hash per method + route template, one counter per hash + major parameter. */
  const bucketFor = (method: string, path: string) => {
    const major = /^\/(?:channels|guilds|webhooks)\/(\d+)/.exec(path)?.[1] ?? 'global';
    const template = path
      .replace(/\/\d+(?=\/|$)/g, '/:id')
      .replace(/\/(webhooks|interactions)\/:id\/[^/]+/, '/$1/:id/:token');
    const hash = createHash('sha1').update(`${method} ${template}`).digest('hex').slice(0, 32);
    return { hash, key: `${hash}:${major}` };
  };
  /** Returns a 429 when over a limit, else the rate limit headers for the eventual response. */
  const checkLimits = (
    method: string,
    path: string,
    isPublic: boolean,
    now: number,
  ): { reject?: Reply; headers: Record<string, string> } => {
    if (!limits) return { headers: {} };
    if (!isPublic) {
      // interaction/webhook routes are not subject to the global limit
      globalHits = globalHits.filter((t) => t > now - 1000);
      const oldest = globalHits[0];
      if (oldest !== undefined && globalHits.length >= limits.globalPerSecond)
        return { reject: rateLimited((oldest + 1000 - now) / 1000, true, 'global'), headers: {} };
      globalHits.push(now);
    }
    if (!limits.perRoute) return { headers: {} };
    const { hash, key } = bucketFor(method, path);
    let b = buckets.get(key);
    if (!b || b.resetAt <= now) {
      b = { remaining: limits.perRoute.limit, resetAt: now + limits.perRoute.windowMs };
      buckets.set(key, b);
    }
    const after = (b.resetAt - now) / 1000;
    const headers = {
      'X-RateLimit-Limit': String(limits.perRoute.limit),
      'X-RateLimit-Reset': (b.resetAt / 1000).toFixed(3),
      'X-RateLimit-Reset-After': after.toFixed(3),
      'X-RateLimit-Bucket': hash,
    };
    if (b.remaining <= 0)
      return {
        reject: rateLimited(after, false, 'user', { ...headers, 'X-RateLimit-Remaining': '0' }),
        headers,
      };
    b.remaining--;
    return { headers: { ...headers, 'X-RateLimit-Remaining': String(b.remaining) } };
  };

  const decide = (ctx: Ctx, authorized: boolean, now: number): Outcome => {
    const fault = takeFault(ctx.method, ctx.path) ?? chaosOutcome();
    if (fault) return fault;
    const isPublic = /^\/(interactions|webhooks)\//.test(ctx.path);
    if (!authorized && !isPublic) return apiError(401, 0, '401: Unauthorized');
    const { reject, headers } = checkLimits(ctx.method, ctx.path, isPublic, now);
    if (reject) return reject;
    for (const [methods, re, handler] of routes) {
      const m = re.exec(ctx.path);
      if (m && methods.split('|').includes(ctx.method))
        return { ...handler([m[1] ?? '', m[2] ?? '', m[3] ?? ''], ctx), headers };
    }
    return apiError(404, 0, '404: Not Found');
  };

  const record = (r: RecordedRequest): void => {
    // Keep arrival order even though latency makes requests complete out of order.
    let i = requests.length;
    while (i > 0 && (requests[i - 1]?.at ?? 0) > r.at) i--;
    requests.splice(i, 0, r);
    for (const check of [...waiters.keys()]) check();
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = Date.now();
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    // discord.js percent-encodes '@original'; record and route on the decoded path.
    const pathname = safeDecode(url.pathname);
    const inApi = pathname.startsWith(`${API_PREFIX}/`);
    const ctx: Ctx = {
      method,
      path: inApi ? pathname.slice(API_PREFIX.length) : pathname,
      query: url.searchParams,
      body: parseBody(raw, req.headers['content-type']),
    };
    const authorized = req.headers.authorization === `Bot ${token}`;
    const rec: RecordedRequest = { method, path: ctx.path, body: ctx.body, status: 0, at, authorized };
    const uploads = parseUploads(raw, req.headers['content-type']);
    if (uploads) rec.uploads = uploads;
    const outcome = inApi ? decide(ctx, authorized, at) : apiError(404, 0, '404: Not Found');

    if ('kind' in outcome) {
      record(rec);
      if (outcome.kind === 'reset')
        req.socket.resetAndDestroy(); // RST => ECONNRESET on the client
      else {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
      } // until the client aborts or close()
      return;
    }
    const [min, max] = latency;
    const delay = min + Math.random() * (max - min);
    if (delay > 0) await new Promise<void>((resolve) => later(delay, resolve));
    if (closing || res.destroyed) return;
    rec.status = outcome.status;
    if (outcome.replayed) rec.replayed = true;
    const headers: Record<string, string> = { ...outcome.headers };
    if (outcome.body === undefined) {
      res.writeHead(outcome.status, headers).end();
    } else {
      headers['Content-Type'] = 'application/json';
      res.writeHead(outcome.status, headers).end(JSON.stringify(outcome.body));
    }
    record(rec);
  };

  // ---------------------------------------------------------------- gateway
  const send = (c: Conn, payload: Json): void => {
    if (c.ws.readyState === WebSocket.OPEN) c.ws.send(JSON.stringify(payload));
  };
  const sendDispatch = (c: Conn, t: string, d: unknown): void => send(c, { op: 0, t, s: ++c.seq, d });
  const shardGuilds = (c: Conn) =>
    [...guilds.values()].filter((g) => shardFor(g.id, c.shardCount) === c.shardId);

  const onIdentify = (c: Conn, d: Json): void => {
    if (c.identified) return void c.ws.close(4005, 'Already authenticated.');
    // discord.js strips the "Bot " prefix before identifying; accept both forms.
    if (String(d.token ?? '').replace(/^Bot\s+/i, '') !== token)
      return void c.ws.close(4004, 'Authentication failed.');
    const [shardId = 0, shardCount = 1] = Array.isArray(d.shard) ? d.shard.map(Number) : [];
    if (!(shardCount >= 1 && shardId >= 0 && shardId < shardCount))
      return void c.ws.close(4010, 'Invalid shard.');
    Object.assign(c, {
      shardId,
      shardCount,
      identified: true,
      intents: Number(d.intents ?? 0),
      largeThreshold: Math.min(250, Math.max(50, Number(d.large_threshold ?? 50))),
    });
    const mine = shardGuilds(c);
    sendDispatch(c, 'READY', {
      v: 10,
      user: { ...botUser, verified: true, mfa_enabled: false, flags: 0 },
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: randomBytes(16).toString('hex'),
      resume_gateway_url: wsUrl,
      shard: [shardId, shardCount],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      user_settings: {},
      relationships: [],
      guild_join_requests: [],
    });
    for (const g of mine) sendDispatch(c, 'GUILD_CREATE', guildCreate(g, c));
  };
  /** op 8: answer with one GUILD_MEMBERS_CHUNK so guild.members.fetch() resolves. */
  const onRequestMembers = (c: Conn, d: Json): void => {
    const g = guilds.get(String(d.guild_id));
    if (!g) return;
    const wanted = Array.isArray(d.user_ids)
      ? d.user_ids.map(String)
      : typeof d.user_ids === 'string'
        ? [d.user_ids]
        : null;
    const members = [...g.members.values()].filter((m) => !wanted || wanted.includes(m.userId));
    sendDispatch(c, 'GUILD_MEMBERS_CHUNK', {
      guild_id: g.id,
      members: members.map((m) => memberObject(m)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: wanted ? wanted.filter((u) => !g.members.has(u)) : [],
      ...(d.nonce ? { nonce: d.nonce } : {}),
    });
  };
  const onGatewayMessage = (c: Conn, data: RawData): void => {
    let msg: unknown;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      c.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    if (!isObj(msg)) return;
    const d = isObj(msg.d) ? msg.d : {};
    if (msg.op === 1) send(c, { op: 11, d: null });
    else if (msg.op === 2) onIdentify(c, d);
    else if (msg.op === 6)
      send(c, { op: 9, d: false }); // no resumable sessions: make discord.js re-identify
    else if (msg.op === 8) {
      if (c.identified) onRequestMembers(c, d);
    } else if (msg.op !== 3 && msg.op !== 4) c.ws.close(4001, 'Unknown opcode.'); // presence/voice updates: ignored
  };

  // ---------------------------------------------------------------- servers
  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed)
        res
          .writeHead(500, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (ws) => {
    const c: Conn = {
      ws,
      shardId: 0,
      shardCount: 1,
      identified: false,
      seq: 0,
      intents: 0,
      largeThreshold: 50,
    };
    conns.add(c);
    ws.on('message', (data) => onGatewayMessage(c, data));
    ws.on('close', () => conns.delete(c));
    ws.on('error', () => conns.delete(c));
    send(c, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL }, s: null, t: null });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/gateway`;

  const api: FakeDiscord = {
    apiUrl: `${baseUrl}/api`,
    port,
    token,
    botUserId,
    applicationId,
    requests,
    recommendShards(count) {
      recommendedShards = count;
    },
    addGuild(init) {
      if (!/^\d+$/.test(init.id)) throw new Error(`guild id must be a numeric snowflake, got ${init.id}`);
      const roles = new Map<string, Role>();
      for (const r of init.roles ?? [])
        roles.set(r.id, {
          id: r.id,
          name: r.name ?? `role-${r.id}`,
          position: r.position,
          permissions: r.permissions ?? '0',
          managed: r.managed ?? false,
        });
      if (!roles.has(init.id))
        roles.set(init.id, {
          id: init.id,
          name: '@everyone',
          position: 0,
          permissions: String(VIEW_SEND_HISTORY),
          managed: false,
        });
      const botRoleId = init.botRoleId ?? snowflake();
      if (!roles.has(botRoleId))
        roles.set(botRoleId, {
          id: botRoleId,
          name: 'RewardsBot',
          position: 10,
          permissions: String(BOT_ROLE_PERMISSIONS),
          managed: true,
        });
      const channels = (init.channels ?? []).map((c) => (typeof c === 'string' ? { id: c } : c));
      const joinedAt = new Date().toISOString();
      const g: Guild = {
        id: init.id,
        name: init.name ?? `guild-${init.id}`,
        roles,
        members: new Map(),
        channels: channels.map((c) => c.id),
        overwrites: new Map(channels.map((c) => [c.id, c.overwrites ?? []])),
        botRoleId,
        botCanManageRoles: init.botCanManageRoles ?? true,
        ownerId: init.ownerId ?? '1',
        joinedAt,
      };
      for (const u of init.members ?? [])
        g.members.set(u, { userId: u, roles: new Set(init.memberRoles?.[u] ?? []), joinedAt });
      g.members.set(botUserId, { userId: botUserId, roles: new Set([botRoleId]), joinedAt });
      guilds.set(g.id, g);
      // Like the bot joining a guild: shards that are already up learn about it.
      for (const c of conns)
        if (c.identified && shardFor(g.id, c.shardCount) === c.shardId)
          sendDispatch(c, 'GUILD_CREATE', guildCreate(g, c));
    },
    updateRole(guildId, roleId, patch) {
      const role = guilds.get(guildId)?.roles.get(roleId);
      if (!role) throw new Error(`unknown role ${roleId} in guild ${guildId}`);
      if (patch.permissions !== undefined) role.permissions = String(patch.permissions);
      if (patch.position !== undefined) role.position = patch.position;
      const g = guilds.get(guildId) as Guild;
      const [updated] = guildRoles(g).filter((r) => r.id === roleId);
      api.dispatch('GUILD_ROLE_UPDATE', { guild_id: guildId, role: updated }, guildId);
    },
    resolve(guildId, ids) {
      const g = guilds.get(guildId);
      if (!g) throw new Error(`unknown guild ${guildId}`);
      const roles = guildRoles(g).filter((r) => ids.roles?.includes(r.id));
      const channels = (ids.channels ?? []).map((id) => {
        const index = g.channels.indexOf(id);
        return index >= 0
          ? channelObject(g, id, index)
          : { id, type: 0, name: 'deleted-channel', guild_id: g.id, permission_overwrites: [] };
      });
      return {
        ...(roles.length ? { roles: Object.fromEntries(roles.map((r) => [r.id, r])) } : {}),
        ...(channels.length ? { channels: Object.fromEntries(channels.map((c) => [c.id, c])) } : {}),
      };
    },
    addMember(guildId, userId, o = {}) {
      const g = guilds.get(guildId);
      if (!g) throw new Error(`unknown guild ${guildId}`);
      const m: Member = g.members.get(userId) ?? {
        userId,
        roles: new Set(),
        joinedAt: new Date().toISOString(),
      };
      g.members.set(userId, m);
      if (o.dispatch !== false)
        api.dispatch('GUILD_MEMBER_ADD', { guild_id: guildId, ...memberObject(m) }, guildId);
    },
    closeDms: (userId) => void closedDms.add(userId),
    failNext: (rule) => void faults.push({ ...rule, left: rule.times ?? 1 }),
    setLatency(minMs, maxMs) {
      latency = [minMs, Math.max(minMs, maxMs)];
    },
    setChaos(o) {
      chaos = o && {
        rate: o.rate,
        kinds: o.kinds?.length ? o.kinds : ['429', '500', 'timeout', 'reset'],
        rand: mulberry32(o.seed ?? 1),
      };
    },
    rateLimits(o) {
      limits = o && { globalPerSecond: o.globalPerSecond ?? 50, perRoute: o.perRoute };
      globalHits = [];
      buckets.clear();
    },
    maxRequestsPerSecond() {
      const times = requests.map((r) => r.at).sort((a, b) => a - b);
      let best = 0;
      let j = 0; // start of the 1000 ms window ending at times[i]
      times.forEach((t, i) => {
        while (t - (times[j] ?? t) >= 1000) j++;
        best = Math.max(best, i - j + 1);
      });
      return best;
    },
    dispatch(t, d, guildId) {
      if (t === 'INTERACTION_CREATE' && isObj(d) && typeof d.token === 'string') {
        interaction(d.token).channelId = String(d.channel_id ?? (isObj(d.channel) ? d.channel.id : '0'));
      }
      for (const c of conns) {
        if (!c.identified) continue;
        if (guildId !== undefined && shardFor(guildId, c.shardCount) !== c.shardId) continue;
        if (MEMBER_EVENTS.has(t) && !(c.intents & INTENT_GUILD_MEMBERS)) continue; // privileged intent not requested
        sendDispatch(c, t, d);
      }
    },
    gatewayConnections: () =>
      [...conns].map((c) => ({ shardId: c.shardId, shardCount: c.shardCount, identified: c.identified })),
    find: (method, path) =>
      requests.filter((r) => r.method === method.toUpperCase() && matches(path, r.path)),
    waitFor(method, path, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = api.find(method, path);
          if (found.length < count) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          const seen = requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
          reject(new Error(`timed out waiting for ${count}x ${method} ${path}; saw:\n  ${seen}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.set(check, (e) => {
          cleanup();
          reject(e);
        });
        check();
      });
    },
    reset() {
      requests.length = 0;
      faults.length = 0;
      chaos = null;
      latency = [0, 0];
      globalHits = [];
      buckets.clear();
    },
    async close() {
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of hanging) res.destroy();
      for (const fail of [...waiters.values()]) fail(new Error('fake Discord closed'));
      for (const c of conns) c.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}
