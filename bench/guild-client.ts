/**
 * The measured side of bench/guilds.ts: the bot's own Discord client
 * (src/discord/client.ts, the same intents, caches and sharding) logs in to
 * the fake Discord given in the environment, waits for every guild, then
 * prints its memory after a full garbage collection as one JSON line.
 * Run with --expose-gc.
 */
import { connectDiscord } from '../src/discord/client.js';
import { createLogger } from '../src/log.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const expected = Number(process.env.BENCH_EXPECT_GUILDS ?? 0);
const discord = connectDiscord({
  token: process.env.BENCH_TOKEN!,
  apiUrl: process.env.BENCH_API_URL!,
  log: createLogger({ level: 'warn', pretty: false }),
});
await discord.ready;
while (discord.client.guilds.cache.size < expected) await new Promise((r) => setTimeout(r, 100));
const cache = discord.client.guilds.cache;
const counts = {
  guilds: cache.size,
  channels: cache.reduce((n, g) => n + g.channels.cache.size, 0),
  roles: cache.reduce((n, g) => n + g.roles.cache.size, 0),
  members: cache.reduce((n, g) => n + g.members.cache.size, 0),
  shards: discord.client.ws.shards.size,
};
// Twice: the first pass runs finalizers that free more on the second.
gc();
await new Promise((r) => setTimeout(r, 200));
gc();
const memory = process.memoryUsage();
console.log(JSON.stringify({ ...counts, heapUsed: memory.heapUsed, rss: memory.rss }));
// Stays connected until the benchmark has read the line and stops it.
process.once('SIGTERM', () => void discord.destroy().finally(() => process.exit(0)));
