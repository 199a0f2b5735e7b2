import {
  Client,
  DefaultRestOptions,
  Events,
  GatewayIntentBits,
  type GuildMember,
  type Interaction,
  Options,
  type PartialGuildMember,
  REST,
  type RESTOptions,
} from 'discord.js';
import pThrottle from 'p-throttle';
import type { DiscordState } from '../contracts.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { createDiscordActions, type DiscordActions } from './actions.js';
import { answeredLimiter } from './answered-limiter.js';
import { keepConnecting } from './connecting.js';
import { cachedRoleFacts } from './permissions.js';
import { createRouteBuckets, type RouteBuckets } from './route-buckets.js';

/** Role changes in flight at once (see roleClients). */
const roleClientCount = 8;

export interface DiscordConnection {
  client: Client;
  actions: DiscordActions;
  state(): DiscordState;
  /** Resolves once the gateway is ready (never, if Discord refuses the token or the intent). */
  ready: Promise<void>;
  destroy(): Promise<void>;
}

export interface DiscordOptions {
  token: string;
  /** Base URL of the REST API, e.g. a local fake in tests or a REST proxy. */
  apiUrl?: string;
  /** A REST call with no answer after this long counts as failed (ambiguous). */
  restTimeoutMs?: number;
  log: Logger;
  onMemberJoin?: (guildId: string, userId: string) => void;
  onInteraction?: (interaction: Interaction) => void;
  /** Shards this process connects (with shardCount, the bot's total). */
  shardIds?: number[];
  shardCount?: number;
  /** Delay before a failed login is tried again (doubles up to 5 minutes). */
  retryDelayMs?: number;
  /** Counts failed REST calls (rankly_discord_api_errors_total). */
  metrics?: Pick<Metrics, 'discordErrors'>;
  /** DISCORD_GLOBAL_RATE_LIMIT: requests a second this process sends at most. */
  globalRateLimit?: number;
  /**
   * Count each request until a second after its answer (answered-limiter.ts),
   * not by when it was sent: exact however late requests arrive, at the cost
   * of the round trip. The Discord proxy does, where several processes meet.
   */
  countUntilAnswered?: boolean;
}

/**
 * Options of the REST clients of one process (the gateway client's, the role
 * clients, and a worker's own in rest.ts): one limiter shared by all of them.
 */
export function discordRestOptions(
  opts: Pick<
    DiscordOptions,
    'apiUrl' | 'restTimeoutMs' | 'metrics' | 'globalRateLimit' | 'countUntilAnswered'
  >,
  buckets?: RouteBuckets,
): Partial<RESTOptions> {
  const metrics = opts.metrics;
  const limit = opts.globalRateLimit ?? 50;
  const request = async (url: string, init: RequestInit) => {
    const response = await DefaultRestOptions.makeRequest(url, init);
    buckets?.observe(url, response.status, response.headers as unknown as Headers);
    return response;
  };
  return {
    ...(opts.apiUrl ? { api: opts.apiUrl } : {}),
    // Discord allows a bot 50 requests per second. discord.js counts them in
    // fixed one-second windows, which lets up to twice that through around
    // a window's edge; every HTTP request (retries of 429s included) also
    // passes this sliding-window limiter, so no second ever holds more.
    // The window is 1,050 ms, not 1,000: a request released on time can
    // reach Discord a few milliseconds late (a GC pause, a new connection)
    // while the next arrives early, and 51 in Discord's second is a global
    // 429 that stalls every call for up to a second (seen in bench:reward).
    // The role clients below share it: the limit is the bot's, not a client's.
    makeRequest: (opts.countUntilAnswered
      ? (send: typeof request) => answeredLimiter(limit, send)
      : pThrottle({ limit, interval: 1050, strict: true }))((url: string, init: RequestInit) =>
      metrics ? countDiscordErrors(metrics, () => request(url, init)) : request(url, init),
    ),
    // No blind retries inside the REST client: the jobs sort each failure
    // (errors.ts) and retry with backoff themselves, and a message send that
    // timed out must not be repeated. 429s are still waited out here.
    retries: 0,
    timeout: opts.restTimeoutMs ?? 10_000,
  };
}

/**
 * discord.js sends the requests of one rate-limit bucket one after another,
 * and every role change in a guild is one bucket: at 50 to 100 ms a call,
 * a guild could get 10 to 20 roles a second while votes arrive at 50. Role
 * changes therefore go through several clients in turn, so a few are in
 * flight at once; Discord's answers still rule (each client waits out a
 * 429 on its bucket, and all share one limiter: the bot's 50 per second).
 */
export function createRoleClients(restOptions: Partial<RESTOptions>, token: string): REST[] {
  return Array.from({ length: roleClientCount }, () => new REST(restOptions).setToken(token));
}

/**
 * Logs in in the background (see keepConnecting): webhooks are served while
 * Discord is slow or down, and login is retried until it works. A refused
 * token or Server Members intent is not retried.
 */
export function connectDiscord(opts: DiscordOptions): DiscordConnection {
  const log = opts.log.child({ component: 'discord' });
  const buckets = createRouteBuckets();
  const restOptions = discordRestOptions(opts, buckets);
  // discord.js takes SHARDS and SHARD_COUNT from the environment over its
  // options (its sharding manager passes them that way). config.ts has read
  // ours already, and the empty SHARD_COUNT= line of a copied .env.example
  // would read as 0 shards and stop the client, so the options below rule.
  delete process.env.SHARDS;
  delete process.env.SHARD_COUNT;
  const client = new Client({
    // GuildMembers (privileged) delivers member joins, which release parked rewards.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers],
    // What a guild brings that the bot never reads is not cached: emojis,
    // stickers, scheduled events and stage instances come with every guild
    // (in a bot in thousands of guilds, megabytes), and the rest would only
    // fill up over time. Guilds, channels, roles and members stay as they
    // are: permissions.ts and the actions read them (members.me, hasMember).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      ReactionManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      AutoModerationRuleManager: 0,
      ThreadMemberManager: 0,
    }),
    rest: restOptions,
    // Sharding (see README "Deploying"): the shards this process connects, or
    // all that Discord recommends (GET /gateway/bot) when none are given.
    ...(opts.shardIds
      ? { shards: opts.shardIds, shardCount: opts.shardCount }
      : opts.shardCount
        ? { shardCount: opts.shardCount }
        : { shards: 'auto' as const }),
  });
  const roleClients = createRoleClients(restOptions, opts.token);
  const connecting = keepConnecting({
    log,
    retryDelayMs: opts.retryDelayMs,
    retrying: 'could not log in to Discord; retrying',
    // Resolves before the gateway is ready; ClientReady below says when it is.
    attempt: async () => void (await client.login(opts.token)),
  });

  client.once(Events.ClientReady, (c) => {
    connecting.connected();
    log.info(
      { user: c.user.tag, userId: c.user.id, guilds: c.guilds.cache.size },
      `logged in to Discord as ${c.user.tag}`,
    );
  });
  client.on(Events.ShardDisconnect, (_event, shardId) =>
    log.warn({ shardId }, 'Discord gateway disconnected'),
  );
  client.on(Events.ShardResume, (shardId) => log.info({ shardId }, 'Discord gateway resumed'));
  client.on(Events.Error, (err) => log.error({ err }, 'Discord client error'));
  client.on(Events.InteractionCreate, (interaction) => opts.onInteraction?.(interaction));
  client.on(Events.GuildMemberAdd, (member: GuildMember | PartialGuildMember) => {
    opts.onMemberJoin?.(member.guild.id, member.id);
  });

  connecting.start();

  return {
    client,
    actions: createDiscordActions(
      client.rest,
      roleClients,
      {
        hasGuild: (guildId) => client.guilds.cache.has(guildId),
        guildName: (guildId) => client.guilds.cache.get(guildId)?.name,
        guildLocale: (guildId) => client.guilds.cache.get(guildId)?.preferredLocale,
        roleName: (guildId, roleId) => client.guilds.cache.get(guildId)?.roles.cache.get(roleId)?.name,
        hasMember: (guildId, userId) => client.guilds.cache.get(guildId)?.members.cache.has(userId) ?? false,
        cachedRole: (guildId, roleId) => {
          const guild = client.guilds.cache.get(guildId);
          return guild ? cachedRoleFacts(guild, roleId) : null;
        },
      },
      buckets,
    ),
    state: connecting.state,
    ready: connecting.ready,
    async destroy() {
      connecting.stop();
      await client.destroy();
    },
  };
}

/**
 * Every REST request passes here, so this is where failed calls are
 * counted, 429s included: by Discord's JSON error code (50013, 10007, ...)
 * when the answer has one, else by HTTP status, or by the network error
 * (ECONNRESET, a timeout) when there was no answer. Only failures are
 * looked into, so successful calls cost nothing extra.
 */
async function countDiscordErrors(
  metrics: Pick<Metrics, 'discordErrors'>,
  request: () => ReturnType<typeof DefaultRestOptions.makeRequest>,
): ReturnType<typeof DefaultRestOptions.makeRequest> {
  let response: Awaited<ReturnType<typeof DefaultRestOptions.makeRequest>>;
  try {
    response = await request();
  } catch (err) {
    const e = err as { name?: string; code?: unknown; cause?: { code?: unknown } };
    const code = e.name === 'AbortError' ? 'timeout' : String(e.code ?? e.cause?.code ?? e.name ?? 'network');
    metrics.discordErrors.inc({ code, status: 'none' });
    throw err;
  }
  if (response.status < 400) return response;
  // The body of a failed call is small; read it once here and hand
  // discord.js a response that serves the same text again.
  const text = await response.text();
  let code = `http_${response.status}`;
  try {
    const body = JSON.parse(text) as { code?: unknown };
    if (typeof body.code === 'number' && body.code !== 0) code = String(body.code);
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  metrics.discordErrors.inc({ code, status: String(response.status) });
  return {
    body: null,
    bodyUsed: false,
    headers: response.headers,
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    json: async () => JSON.parse(text),
    text: async () => text,
    arrayBuffer: async () => {
      const bytes = Buffer.from(text, 'utf8');
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}
