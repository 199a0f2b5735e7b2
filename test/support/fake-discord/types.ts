import type { FakeOAuth } from './oauth.js';

/** The fake's public types: what tests pass in (guilds, faults) and get back (recorded requests). */
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
  preferredLocale?: string; // the guild's preferred locale (Discord's); default 'en-US'
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
export type ChaosKind = '429' | '500' | 'timeout' | 'reset';
export interface FakeDiscord {
  apiUrl: string;
  /** Discord's OAuth2 for "Log in with Discord" (oauth.ts): the application, who is signed in, user guilds. */
  oauth: FakeOAuth;
  port: number;
  token: string;
  botUserId: string;
  applicationId: string;
  requests: RecordedRequest[];
  /** The shard count GET /gateway/bot recommends (default 1); discord.js's `shards: 'auto'` uses it. */
  recommendShards(count: number): void;
  /**
   * Turns the Developer Portal's Server Members Intent off: an IDENTIFY asking
   * for GuildMembers is then closed with 4014 (disallowed intent), as Discord does.
   */
  refuseMembersIntent(): void;
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
  /** The id of the DM channel the bot opened with a user, once it did. */
  dmChannelOf(userId: string): string | undefined;
  failNext(rule: FaultRule): void;
  setLatency(minMs: number, maxMs: number): void;
  setChaos(opts: { rate: number; kinds?: ChaosKind[]; seed?: number } | null): void;
  /** Per-route buckets are fixed windows per method + route template + major parameter. */
  rateLimits(opts: { globalPerSecond?: number; perRoute?: { limit: number; windowMs: number } } | null): void;
  maxRequestsPerSecond(): number;
  /**
   * The message an interaction's `@original` names now (the reply, or for a
   * component the message it is on), as the client would show it.
   */
  originalMessage(interactionToken: string): Json | undefined;
  /** A guild's preferred locale, as interactions in it carry it (`guild_locale`). */
  guildLocale(guildId: string): string;
  /** The modal the bot opened in answer to this interaction (callback type 9). */
  openedModal(interactionToken: string): Json | undefined;
  /** Moves the fake's clock ahead: interaction tokens older than 15 minutes stop working. */
  advanceClock(ms: number): void;
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

export type Json = Record<string, unknown>;
