import { Writable } from 'node:stream';
import { type Config, loadConfig, secretVariables } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { type RunningBot, type StartOptions, startBot } from '../../src/main.js';
import { createTestDatabase } from './database.js';
import { type FakeDiscord, type FakeGuildInit, startFakeDiscord } from './fake-discord.js';

export interface TestBot extends RunningBot {
  fake: FakeDiscord;
  databaseUrl: string;
  /** Every log line the bot wrote, as parsed JSON. */
  logs: Array<Record<string, unknown>>;
  /** Raw log text, for searching secrets. */
  logText(): string;
  /** A secret the test gave the bot another way (a slash command option): checked as the env's are. */
  watchSecret(name: string, value: string): void;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The bot-wide vote secret (RANKLY_WEBHOOK_AUTH) of a test bot whose test
 * sets none: votes are refused without a secret, so such a bot has this one,
 * and its post() sends it to the vote routes unless the test passes its own
 * Authorization. Tests about other secrets, or about unauthenticated votes
 * (ALLOW_UNAUTHENTICATED_WEBHOOKS), set their own and post what they mean.
 */
export const testWebhookAuth = 'test-bot-vote-webhook-auth';

/**
 * The whole bot as `npm start` runs it (HTTP, Postgres, queue, discord.js)
 * in this process, against a fresh database and a fake Discord.
 */
export async function startTestBot(
  opts: {
    env?: Record<string, string>;
    guilds?: FakeGuildInit[];
    discord?: boolean;
    start?: StartOptions;
    /**
     * Another process of the same bot: this fake Discord and database
     * (owned, and closed, by the bot they came from).
     */
    sharing?: TestBot;
  } = {},
): Promise<TestBot> {
  const fake = opts.sharing?.fake ?? (await startFakeDiscord());
  for (const guild of opts.guilds ?? []) fake.addGuild(guild);
  const database = opts.sharing
    ? { url: opts.sharing.databaseUrl, drop: async () => {} }
    : await createTestDatabase();
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const watched: Record<string, string> = {};
  const ownSecrets = opts.env?.RANKLY_WEBHOOK_AUTH !== undefined || opts.env?.ALLOW_UNAUTHENTICATED_WEBHOOKS;
  const config: Config = loadConfig({
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    ...(ownSecrets ? {} : { RANKLY_WEBHOOK_AUTH: testWebhookAuth }),
    ...(opts.discord === false ? {} : { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl }),
    ...opts.env,
  });
  const log = createLogger({ level: config.LOG_LEVEL, pretty: false, destination });
  const bot = await startBot(config, log, {
    migrate: false,
    retry: { retryLimit: 2, retryDelay: 1, retryBackoff: false },
    ...opts.start,
  });
  if (opts.discord !== false) {
    // Ready means: the gateway shards connected and the workers running, for the roles it runs.
    await bot.discord?.ready;
    if (config.RUN.includes('worker')) await bot.workersStarted;
  }
  return {
    ...bot,
    fake,
    databaseUrl: database.url,
    get logs() {
      return lines
        .flatMap((l) => l.split('\n').filter(Boolean))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    logText: () => lines.join(''),
    watchSecret: (name, value) => {
      watched[name] = value;
    },
    post: (path, body, headers = {}) =>
      fetch(`${bot.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(!ownSecrets && path.startsWith('/webhook/votes') ? { authorization: testWebhookAuth } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      await bot.stop(); // a second stop is a no-op
      if (!opts.sharing) await fake.close();
      await database.drop();
      assertNoSecretsLogged(lines.join(''), {
        // The database URL is logged with its password masked; the password is the secret.
        ...Object.fromEntries(
          secretVariables
            .filter((key) => key !== 'DATABASE_URL')
            // As given: the parsed value may be something else (ENCRYPTION_KEY is a Buffer).
            .map((key) => [key, opts.env?.[key] ?? String(config[key] ?? '')]),
        ),
        ...watched,
        'database password': decodeURIComponent(new URL(database.url).password),
        'Discord token': fake.token,
      });
    },
  };
}

/** Polls `check` until it returns a truthy value or the time runs out. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 10_000,
  stepMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw last instanceof Error ? last : new Error(`condition not met within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

let counter = 0;
/** A realistic, unique Discord ID (17 to 19 digits; discord.js keys rate limits on these). */
export function snowflake(): string {
  counter++;
  return (
    BigInt(Date.now() - 1420070400000) * 4194304n +
    BigInt(process.pid % 1000) * 4096n +
    BigInt(counter)
  ).toString();
}

export function votePayload(overrides: Record<string, unknown> = {}) {
  return {
    userId: '987654321098765432',
    serverId: '123456789012345678',
    timestamp: new Date().toISOString(),
    creditsAwarded: true,
    adBlocker: false,
    creditDenialReason: null,
    test: false,
    ...overrides,
  };
}

/**
 * Every test bot's whole log output is searched for every secret it was
 * given, when it closes: a leak fails the suite that caused it. The error
 * names the secret, never its value.
 */
export function assertNoSecretsLogged(logText: string, secrets: Record<string, string>): void {
  const leaked = Object.entries(secrets)
    .filter(([, value]) => value.length >= 6)
    .flatMap(([name, value]) => value.split(',').map((part) => [name, part.trim()] as const))
    .filter(([, value]) => value.length >= 6 && logText.includes(value))
    .map(([name]) => name);
  if (leaked.length)
    throw new Error(`secrets found in the bot's log output: ${[...new Set(leaked)].join(', ')}`);
}
