/**
 * Memory per cached guild (issue 10): how many guilds one gateway process
 * holds comfortably. The fake Discord (test/support/fake-discord.ts) serves
 * N guilds with channels, roles and members over its gateway to the bot's
 * real discord.js client (bench/guild-client.ts, a child process so the
 * fake's own memory is not counted); the child reports heap and RSS after a
 * full GC once every guild is cached. The same is measured with no guilds,
 * and the difference divided by N is the cost of one guild.
 *
 *   npm run bench:guilds
 *
 * Environment knobs: BENCH_GUILDS (comma-separated sizes, default 500,2000),
 * BENCH_CHANNELS (per guild, default 25), BENCH_ROLES (default 20),
 * BENCH_MEMBERS (per guild, default 40: under Discord's large_threshold of 50,
 * so GUILD_CREATE lists, and discord.js caches, every member; a larger guild
 * arrives with the bot's own member only, as from Discord). The fake
 * recommends one shard per 1,000 guilds, as Discord roughly does.
 */
import { randomBytes } from 'node:crypto';
import { type FakeDiscord, type FakeGuildInit, startFakeDiscord } from '../test/support/fake-discord.js';
import { fmt, machine, onCleanup, runBench, startChild, table } from './lib.js';

const sizes = (process.env.BENCH_GUILDS ?? '500,2000').split(',').map(Number);
const channels = Number(process.env.BENCH_CHANNELS ?? 25);
const roles = Number(process.env.BENCH_ROLES ?? 20);
const members = Number(process.env.BENCH_MEMBERS ?? 40);

interface Sample {
  guilds: number;
  channels: number;
  roles: number;
  members: number;
  shards: number;
  heapUsed: number;
  rss: number;
}

/** Distinct snowflakes spread over shards like real ones ((id >> 22) % shards). */
let next = BigInt(Date.now() - 1420070400000 - 10_000_000) << 22n;
const id = () => {
  next += (1n << 22n) + 1n;
  return String(next);
};

function guild(): FakeGuildInit {
  return {
    id: id(),
    channels: Array.from({ length: channels }, id),
    roles: Array.from({ length: roles }, (_, i) => ({ id: id(), position: i + 1 })),
    members: Array.from({ length: members }, id),
  };
}

async function measure(fake: FakeDiscord, guilds: number): Promise<Sample> {
  const child = await startChild({
    name: `client-${guilds}`,
    args: ['--expose-gc', '--import', 'tsx', 'bench/guild-client.ts'],
    env: {
      PATH: process.env.PATH ?? '',
      BENCH_TOKEN: fake.token,
      BENCH_API_URL: fake.apiUrl,
      BENCH_EXPECT_GUILDS: String(guilds),
    },
    readyPattern: /^\{"guilds":/m,
    timeoutMs: 300_000,
  });
  await child.stop();
  const line = child
    .output()
    .split('\n')
    .find((l) => l.startsWith('{"guilds":'));
  if (!line) throw new Error(`the client printed no measurement:\n${child.output()}`);
  return JSON.parse(line) as Sample;
}

runBench('bench:guilds', 30 * 60_000, async () => {
  console.log(`bench:guilds on ${machine()}`);
  console.log(
    `per guild: ${channels} text channels, ${roles} roles + @everyone + the bot's, ${members} members\n`,
  );
  const rows = [
    [
      'guilds',
      'shards',
      'cached channels',
      'roles',
      'members',
      'heap MB',
      'RSS MB',
      'heap/guild KB',
      'RSS/guild KB',
    ],
  ];
  let baseline: Sample | undefined;
  for (const size of [0, ...sizes]) {
    const fake = await startFakeDiscord({
      token: `bench-${randomBytes(8).toString('hex')}`,
      memberLists: true,
    });
    const closeFake = onCleanup('fake discord', () => fake.close());
    for (let i = 0; i < size; i++) fake.addGuild(guild());
    fake.recommendShards(Math.max(1, Math.ceil(size / 1000)));
    const sample = await measure(fake, size);
    closeFake();
    await fake.close();
    baseline ??= sample;
    rows.push([
      fmt(sample.guilds),
      String(sample.shards),
      fmt(sample.channels),
      fmt(sample.roles),
      fmt(sample.members),
      fmt(sample.heapUsed / 2 ** 20, 1),
      fmt(sample.rss / 2 ** 20, 1),
      size ? fmt((sample.heapUsed - baseline.heapUsed) / size / 1024, 1) : '-',
      size ? fmt((sample.rss - baseline.rss) / size / 1024, 1) : '-',
    ]);
    console.log(`measured ${fmt(size)} guilds`);
  }
  console.log(`\n${table(rows)}`);
});
