import { z } from 'zod';
import {
  discordId,
  encryptionKey,
  flag,
  httpUrl,
  isProxyRange,
  optionalText,
  port,
  postgresUrl,
  shardIdList,
} from './config-values.js';

/**
 * Every environment variable the bot reads, in one schema, parsed once at
 * start-up. README.md has the same list as a table; test/config.test.ts keeps
 * the two in step.
 */

/** What one process runs; see README "Deploying". */
export const processRoles = ['web', 'worker', 'gateway', 'discord-proxy'] as const;
export type ProcessRole = (typeof processRoles)[number];
/** What a process runs when RUN is not set: everything but the Discord proxy (one process needs none). */
const defaultRoles: ProcessRole[] = ['web', 'worker', 'gateway'];

const roleList = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): ProcessRole[] => {
    const names = (v ?? defaultRoles.join(','))
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const unknown = names.filter((n) => !(processRoles as readonly string[]).includes(n));
    if (names.length === 0 || unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of ${processRoles.join(', ')}`,
      });
      return z.NEVER;
    }
    return processRoles.filter((role) => names.includes(role));
  });

const configObject = z.object({
  // 0 picks a free port (tests, benchmarks).
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: postgresUrl,
  DATA_DIR: z.string().trim().min(1).default('.data'),
  EMBEDDED_PG_PORT: port.default(54329),
  DISCORD_TOKEN: optionalText,
  DISCORD_API_URL: httpUrl,
  // Discord's global limit for this bot (50; more for bots whose limit Discord raised).
  DISCORD_GLOBAL_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(50),
  // RUN=discord-proxy: the port its REST proxy listens on (the other processes' DISCORD_API_URL).
  DISCORD_PROXY_PORT: port.default(3001),
  // Outbound event webhooks may target private and loopback addresses (and plain http there): for a receiver on the same network.
  OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: flag.default(false),
  DISCORD_REST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  RANKLY_WEBHOOK_AUTH: optionalText,
  // Rankly's read API (rankly/api.ts): compare vote counts to notice lost deliveries, and canVote for /votes show.
  RANKLY_API_KEY: optionalText,
  RANKLY_API_URL: httpUrl,
  RANKLY_CHECK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  // Without any secret for a guild (neither RANKLY_WEBHOOK_AUTH nor its own),
  // its votes are refused; this accepts them from anyone (local development).
  ALLOW_UNAUTHENTICATED_WEBHOOKS: flag.default(false),
  // After /setup webhook rotate, the replaced secret is still accepted this long.
  WEBHOOK_SECRET_GRACE_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  // Comma-separated: during a rotation both the old and the new secret verify.
  RANKLY_PREMIUM_WEBHOOK_SECRET: optionalText,
  PREMIUM_REMINDER_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(24),
  // After a guild's vote announcement, votes within this many ms are announced together, in one message.
  ANNOUNCE_BATCH_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  // Days a user who refused a DM (50007) is not sent another; then the bot tries again.
  DMS_CLOSED_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  PUBLIC_URL: httpUrl,
  // The web dashboard's Discord login (OAuth2, README "Dashboard"): the application's client id and
  // secret (Developer Portal → OAuth2). With PUBLIC_URL and DISCORD_TOKEN set, /dashboard serves it.
  DISCORD_CLIENT_ID: discordId,
  DISCORD_CLIENT_SECRET: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: flag.default(false),
  // Webhook requests per minute from one client address; 0 turns the limit off.
  WEBHOOK_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  // Behind a reverse proxy: the proxies whose X-Forwarded-For gives the
  // client address (rate limits, logs), as addresses/CIDRs or proxy-addr's
  // named ranges. Unset: none. `true` and hop counts are refused: they
  // trust whoever connects, so a client reaching the port directly could
  // name any address and pick its own rate-limit bucket.
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx): false | string[] => {
      if (v === undefined || v === '' || v === 'false') return false;
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.length > 0 && list.every(isProxyRange)) return list;
      ctx.addIssue({
        code: 'custom',
        message:
          'must list the proxies whose X-Forwarded-For is trusted, as addresses or CIDRs (e.g. 10.0.0.5, ' +
          '172.16.0.0/12) or loopback, linklocal, uniquelocal; true and hop counts are refused: they let ' +
          'any client that reaches the port directly choose its own address',
      });
      return z.NEVER;
    }),
  // A client must send a whole request within this time (slow-drip bodies are cut off).
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  REWARD_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(20),
  // Bot vote webhooks (/webhook/bot-votes): their signing secret(s), comma-separated while rotating.
  RANKLY_VOTE_WEBHOOK_SECRET: optionalText,
  // The guild a bot vote is credited in (its member counters, /votes, messages, role).
  BOT_VOTE_GUILD_ID: discordId,
  // The reward of a bot vote, the same for every voter: currency, and optionally a role in BOT_VOTE_GUILD_ID.
  BOT_VOTE_CURRENCY: z.coerce.number().int().min(0).max(1_000_000).default(0),
  BOT_VOTE_ROLE_ID: discordId,
  // GET /metrics (Prometheus); off: the route does not exist.
  METRICS: flag.default(true),
  // When set, /metrics needs `Authorization: Bearer <METRICS_TOKEN>`.
  METRICS_TOKEN: optionalText,
  // Encrypts secrets the bot must use again (guilds' UnbelievaBoat tokens). Unset: /setup economy is off.
  ENCRYPTION_KEY: encryptionKey,
  // UnbelievaBoat's API (tests and a proxy point it elsewhere).
  UNBELIEVABOAT_API_URL: httpUrl.transform((v) => v ?? 'https://unbelievaboat.com/api/v1'),
  // Which parts this process runs: web (webhooks), worker (reward jobs),
  // gateway (Discord gateway: slash commands, member joins).
  RUN: roleList,
  // Gateway sharding across processes: the shards this process connects and
  // the bot's total. Unset: this process runs every shard Discord recommends.
  SHARD_IDS: shardIdList,
  SHARD_COUNT: z.coerce.number().int().min(1).max(100_000).optional(),
  // Serve HTTPS directly with this PEM certificate (chain) and key; re-read on SIGHUP.
  TLS_CERT_FILE: optionalText,
  TLS_KEY_FILE: optionalText,
});

export const configSchema = configObject.superRefine((c, ctx) => {
  if (Boolean(c.TLS_CERT_FILE) !== Boolean(c.TLS_KEY_FILE)) {
    const missing = c.TLS_CERT_FILE ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE';
    ctx.addIssue({
      code: 'custom',
      path: [missing],
      message: 'must be set together with the other TLS_* file',
    });
  }
  if (c.SHARD_IDS && c.SHARD_COUNT === undefined) {
    ctx.addIssue({ code: 'custom', path: ['SHARD_COUNT'], message: 'must be set when SHARD_IDS is' });
  }
  if (c.SHARD_IDS && c.SHARD_COUNT !== undefined && c.SHARD_IDS.some((id) => id >= c.SHARD_COUNT!)) {
    ctx.addIssue({
      code: 'custom',
      path: ['SHARD_IDS'],
      message: 'every shard id must be below SHARD_COUNT',
    });
  }
});

export type Config = z.infer<typeof configSchema>;

/** Variables whose values must never be printed, not even when invalid. */
export const secretVariables = [
  'DATABASE_URL',
  'DISCORD_TOKEN',
  'RANKLY_WEBHOOK_AUTH',
  'RANKLY_PREMIUM_WEBHOOK_SECRET',
  'METRICS_TOKEN',
  'RANKLY_VOTE_WEBHOOK_SECRET',
  'RANKLY_API_KEY',
  'ENCRYPTION_KEY',
  'DISCORD_CLIENT_SECRET',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment. Empty strings count as unset, as .env files and
 * docker-compose often produce them. Error messages name the variable and the
 * rule, never the value, so a mistyped secret cannot leak into a log.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    return `${name}: ${describeIssue(issue)}`;
  });
  throw new ConfigError(problems);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    default:
      // zod's default messages quote the expected shape, not the input value.
      return issue.message;
  }
}

/** A comma-separated secret variable: several secrets verify while one is rotated. */
export function splitSecrets(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A connection URL with its password masked, for log lines. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an unparsable URL';
  }
}

/**
 * Reads `.env` from the working directory into process.env, if there is one.
 * Variables already set in the environment win over the file.
 */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
