import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
import { REST } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { discordRestOptions } from './client.js';
import { createRouteBuckets } from './route-buckets.js';

/**
 * RUN=discord-proxy: one REST proxy for every process of the bot, built on
 * discord.js's own @discordjs/proxy. Discord's limit of 50 requests a second
 * is the bot's, not a process's: two workers that each keep under 50 send
 * up to 100 together and get global 429s. Pointed at this proxy through
 * DISCORD_API_URL, every process's requests pass one limiter (the same
 * sliding window as a single process's, DISCORD_GLOBAL_RATE_LIMIT) and one
 * view of Discord's per-route buckets. Role changes go through several
 * upstream clients in turn, as in one process (client.ts), sharing the
 * route buckets; everything else through one.
 *
 * The proxy forwards each request's own Authorization header: it holds no
 * token. It answers only on the address it listens on (keep it on a private
 * network: whoever reaches it can spend the bot's budget with the bot's token
 * only if they have the token).
 */
export interface DiscordProxy {
  /** Base URL for the other processes' DISCORD_API_URL, e.g. http://127.0.0.1:3001/api. */
  apiUrl: string;
  close(): Promise<void>;
}

const roleRoute = /\/guilds\/(\d+)\/members\/\d+\/roles\/\d+$/;
const roleClients = 8;

export async function startDiscordProxy(
  config: Pick<
    Config,
    | 'HOST'
    | 'DISCORD_PROXY_PORT'
    | 'DISCORD_API_URL'
    | 'DISCORD_GLOBAL_RATE_LIMIT'
    | 'DISCORD_REST_TIMEOUT_MS'
  >,
  parentLog: Logger,
  metrics?: Pick<Metrics, 'discordErrors'> | null,
): Promise<DiscordProxy> {
  const log = parentLog.child({ component: 'discord-proxy' });
  const buckets = createRouteBuckets();
  // Upstream: Discord's API (DISCORD_API_URL, when set, is what stands for it here: a fake in tests).
  const restOptions = discordRestOptions(
    {
      apiUrl: config.DISCORD_API_URL,
      restTimeoutMs: config.DISCORD_REST_TIMEOUT_MS,
      metrics: metrics ?? undefined,
      globalRateLimit: config.DISCORD_GLOBAL_RATE_LIMIT,
      // Requests of several processes meet here after more hops and more
      // waiting than one process's: counted until answered, their arrival
      // at Discord stays under the limit however busy the machine is.
      countUntilAnswered: true,
    },
    buckets,
  );
  const main = proxyRequests(new REST(restOptions));
  const roles = Array.from({ length: roleClients }, () => proxyRequests(new REST(restOptions)));
  let next = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const guildId = roleRoute.exec(new URL(req.url ?? '/', 'http://proxy').pathname)?.[1];
    if (!guildId) return main(req, res);
    const release = await buckets.acquire(guildId);
    try {
      await (roles[next++ % roles.length] as typeof main)(req, res);
    } finally {
      release();
    }
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.warn({ err, method: req.method }, 'could not proxy a Discord request');
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'the Discord proxy could not reach Discord', code: 0 }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.DISCORD_PROXY_PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const apiUrl = `http://${host}:${port}/api`;
  log.info(
    { apiUrl, globalRateLimit: config.DISCORD_GLOBAL_RATE_LIMIT },
    `Discord REST proxy on ${apiUrl}: set DISCORD_API_URL=${apiUrl} in the bot's other processes`,
  );
  return {
    apiUrl,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
