import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { queues } from '../src/jobs/queues.js';
import { createLogger } from '../src/log.js';
import { startBot } from '../src/main.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { dispatchSlashCommand } from './support/interactions.js';

/**
 * RUN splits the bot into roles, each a separate startBot here (what one
 * process of a scaled deployment runs), sharing one database and one fake
 * Discord as replicas share the real ones.
 */
const started: TestBot[] = [];
afterEach(async () => {
  // The owner of the shared fake and database closes last.
  for (const bot of started.splice(0).reverse()) await bot.close();
});
async function start(...args: Parameters<typeof startTestBot>): Promise<TestBot> {
  const bot = await startTestBot(...args);
  started.push(bot);
  return bot;
}

async function jobStates(bot: TestBot, queue: string): Promise<string[]> {
  const rows = await bot.db.$queryRawUnsafe<Array<{ state: string }>>(
    'SELECT state::text AS state FROM pgboss.job WHERE name = $1 ORDER BY created_on',
    queue,
  );
  return rows.map((r) => r.state);
}

const readyz = async (bot: TestBot) => {
  const res = await fetch(`${bot.url}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** `/votes show`: answered by whichever process received the interaction. */
const show = [{ type: 1, name: 'show', options: [] }];

/** A guild id that Discord routes to `shard` of `count` ((id >> 22) % count). */
function guildOnShard(shard: number, count: number): string {
  const timestamp = BigInt(Date.now() - 1420070400000);
  const onShard = timestamp - (timestamp % BigInt(count)) + BigInt(shard);
  return String((onShard << 22n) + BigInt(Math.floor(Math.random() * 4096)));
}

describe('process roles (RUN)', () => {
  it('a web-only process stores and enqueues but runs no jobs; a worker-only process drains them', async () => {
    const guildId = snowflake();
    const userId = snowflake();
    const web = await start({ env: { RUN: 'web' }, guilds: [{ id: guildId, members: [userId] }] });
    expect(await readyz(web)).toEqual({
      status: 200,
      body: {
        ready: true,
        roles: ['web'],
        checks: { database: 'ok', queue: 'running' }, // no Discord check: web never calls it
        shuttingDown: false,
      },
    });

    const res = await web.post('/webhook/votes', votePayload({ userId, serverId: guildId }));
    expect(await res.json()).toEqual({ received: true });
    expect(await jobStates(web, queues.voteReward.name)).toEqual(['created']);
    // Workers poll every 2 s: after longer than that the job is still
    // untouched, and the web process has not talked to Discord at all.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await jobStates(web, queues.voteReward.name)).toEqual(['created']);
    expect(web.fake.requests).toEqual([]);
    expect(web.fake.gatewayConnections()).toEqual([]);
    expect(web.logText()).not.toContain('reward workers started');

    const worker = await start({ env: { RUN: 'worker' }, sharing: web });
    // The worker reaches Discord over REST only: no gateway session.
    expect(worker.fake.gatewayConnections()).toEqual([]);
    await worker.fake.waitFor('POST', /^\/channels\/\d+\/messages$/, 1, 10_000);
    await eventually(async () => (await jobStates(worker, queues.voteReward.name))[0] === 'completed');
    const [vote] = await worker.db.vote.findMany({ where: { guildId, userId } });
    expect(vote?.settledAt).toBeInstanceOf(Date);
    expect(worker.fake.find('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(1);

    // The worker serves health, not webhooks.
    expect(await readyz(worker)).toMatchObject({
      status: 200,
      body: {
        ready: true,
        roles: ['worker'],
        checks: { database: 'ok', queue: 'running', discord: 'ready' },
      },
    });
    const refused = await worker.post('/webhook/votes', votePayload({ userId, serverId: guildId }));
    expect(refused.status).toBe(404);
  });

  it('a gateway-only process answers slash commands and serves no webhooks', async () => {
    const guildId = snowflake();
    const channelId = snowflake();
    const userId = snowflake();
    const gateway = await start({
      env: { RUN: 'gateway' },
      guilds: [{ id: guildId, members: [userId], channels: [channelId] }],
    });
    await eventually(() => gateway.discord?.client.guilds.cache.has(guildId));
    const id = dispatchSlashCommand(gateway.fake, {
      guildId,
      channelId,
      userId,
      name: 'votes',
      options: show,
    });
    const [callback] = await gateway.fake.waitFor('POST', new RegExp(`^/interactions/${id}/`));
    expect(callback?.status).toBe(204);
    expect(JSON.stringify(callback?.body)).toContain('You have not voted for this server yet');
    expect(JSON.stringify(callback?.body)).not.toContain('went wrong');

    expect(await readyz(gateway)).toMatchObject({
      status: 200,
      body: { ready: true, roles: ['gateway'], checks: { discord: 'ready' } },
    });
    expect((await gateway.post('/webhook/votes', votePayload())).status).toBe(404);
    expect(gateway.logText()).not.toContain('reward workers started');
  });
});

describe('Discord refusals', () => {
  it('a gateway whose Server Members intent is off reports disallowed_intent at /readyz, not invalid_token', async () => {
    const web = await start({ env: { RUN: 'web' } });
    web.fake.refuseMembersIntent();
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({
      DATABASE_URL: web.databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      RUN: 'gateway',
      DISCORD_TOKEN: web.fake.token,
      DISCORD_API_URL: web.fake.apiUrl,
    });
    const gateway = await startBot(config, createLogger({ level: 'info', pretty: false, destination }), {
      migrate: false,
    });
    try {
      const discordCheck = async () => {
        const res = await fetch(`${gateway.url}/readyz`);
        return { status: res.status, body: (await res.json()) as { ready: boolean; checks: object } };
      };
      await eventually(
        async () => (await discordCheck()).status === 503 && gateway.discord?.state() !== 'connecting',
      );
      expect(await discordCheck()).toMatchObject({
        status: 503,
        body: { ready: false, checks: { discord: 'disallowed_intent' } },
      });
      // Refused for good: logged once with its fix, not retried.
      expect(lines.join('')).toContain(
        'enable \\"Server Members Intent\\" for this bot in the Developer Portal',
      );
      expect(lines.join('')).not.toContain('retrying');
    } finally {
      await gateway.stop();
    }
  });
});

describe('gateway sharding', () => {
  it('two gateway processes with different shard ids each receive only their own guilds’ events', async () => {
    const guild0 = guildOnShard(0, 2);
    const guild1 = guildOnShard(1, 2);
    const channel0 = snowflake();
    const channel1 = snowflake();
    const user = snowflake();
    const shard0 = await start({
      env: { RUN: 'gateway', SHARD_IDS: '0', SHARD_COUNT: '2' },
      guilds: [
        { id: guild0, members: [user], channels: [channel0] },
        { id: guild1, members: [user], channels: [channel1] },
      ],
    });
    const shard1 = await start({
      env: { RUN: 'gateway', SHARD_IDS: '1', SHARD_COUNT: '2' },
      sharing: shard0,
    });
    expect(
      shard0.fake
        .gatewayConnections()
        .map((c) => `${c.shardId}/${c.shardCount}`)
        .sort(),
    ).toEqual(['0/2', '1/2']);

    // What each process's discord.js saw.
    const seen = new Map<TestBot, string[]>([
      [shard0, []],
      [shard1, []],
    ]);
    for (const [bot, events] of seen) {
      bot.discord!.client.on('interactionCreate', (i) => void events.push(`interaction ${i.guildId}`));
      bot.discord!.client.on('guildMemberAdd', (m) => void events.push(`join ${m.guild.id}`));
    }
    await eventually(() => shard0.discord!.client.guilds.cache.has(guild0));
    await eventually(() => shard1.discord!.client.guilds.cache.has(guild1));

    const joiner0 = snowflake();
    const joiner1 = snowflake();
    shard0.fake.addMember(guild0, joiner0);
    shard0.fake.addMember(guild1, joiner1);
    const ids = [
      dispatchSlashCommand(shard0.fake, {
        guildId: guild0,
        channelId: channel0,
        userId: user,
        name: 'votes',
        options: show,
      }),
      dispatchSlashCommand(shard0.fake, {
        guildId: guild1,
        channelId: channel1,
        userId: user,
        name: 'votes',
        options: show,
      }),
    ];
    // Each shard's events arrive in order, so once both commands are answered
    // every earlier event has been delivered too.
    for (const id of ids) await shard0.fake.waitFor('POST', new RegExp(`^/interactions/${id}/`));

    expect(seen.get(shard0)).toEqual([`join ${guild0}`, `interaction ${guild0}`]);
    expect(seen.get(shard1)).toEqual([`join ${guild1}`, `interaction ${guild1}`]);
    expect([...shard0.discord!.client.guilds.cache.keys()]).toEqual([guild0]);
    expect([...shard1.discord!.client.guilds.cache.keys()]).toEqual([guild1]);
    // Each command answered exactly once.
    for (const id of ids)
      expect(shard0.fake.find('POST', new RegExp(`^/interactions/${id}/`))).toHaveLength(1);
    expect((await readyz(shard1)).body).toMatchObject({ ready: true, roles: ['gateway'] });
  });

  it("rewards a vote for a guild on another process's shard: membership is Discord's answer, retried while it has none", async () => {
    const guild1 = guildOnShard(1, 2);
    const user = snowflake();
    const roleId = snowflake();
    // Web, worker and the gateway of shard 0 only: guild1's events never reach this process.
    const bot = await start({
      env: { SHARD_IDS: '0', SHARD_COUNT: '2' },
      guilds: [{ id: guild1, members: [user], roles: [{ id: roleId, position: 2 }] }],
    });
    await bot.db.guildConfig.create({ data: { guildId: guild1, rewardRoleId: roleId, dmEnabled: false } });
    expect(bot.discord!.client.guilds.cache.has(guild1)).toBe(false);
    // Discord cannot answer at first: the vote waits and is tried again, not set aside.
    bot.fake.failNext({ method: 'GET', path: new RegExp(`^/guilds/${guild1}$`), status: 500 });
    expect((await bot.post('/webhook/votes', votePayload({ userId: user, serverId: guild1 }))).status).toBe(
      200,
    );
    await bot.fake.waitFor(
      'PUT',
      new RegExp(`^/guilds/${guild1}/members/${user}/roles/${roleId}$`),
      1,
      15_000,
    );
    expect(bot.fake.find('GET', new RegExp(`^/guilds/${guild1}$`)).map((r) => r.status)).toEqual([500, 200]);
    const [vote] = await bot.db.vote.findMany({ where: { guildId: guild1, userId: user } });
    expect(vote?.botNotInGuild).toBe(false);
  });

  it('starts the gateway with the empty SHARD_COUNT= and SHARD_IDS= lines of a copied .env.example', async () => {
    // discord.js reads SHARD_COUNT and SHARDS from the environment itself (its
    // sharding manager sets them); an empty value read as 0 stopped the client.
    const saved = { SHARD_COUNT: process.env.SHARD_COUNT, SHARDS: process.env.SHARDS };
    process.env.SHARD_COUNT = '';
    process.env.SHARDS = '';
    try {
      const gateway = await start({ env: { RUN: 'gateway', SHARD_COUNT: '', SHARD_IDS: '' } });
      await gateway.discord?.ready;
      expect(gateway.discord?.state()).toBe('ready');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('without SHARD_IDS one process runs every shard Discord recommends', async () => {
    const guild0 = guildOnShard(0, 2);
    const guild1 = guildOnShard(1, 2);
    // A web process owns the fake Discord here, so it can recommend 2 shards first.
    const web = await start({ env: { RUN: 'web' }, guilds: [{ id: guild0 }, { id: guild1 }] });
    web.fake.recommendShards(2);
    const gateway = await start({ env: { RUN: 'gateway' }, sharing: web });
    expect(
      gateway.fake
        .gatewayConnections()
        .map((c) => `${c.shardId}/${c.shardCount}`)
        .sort(),
    ).toEqual(['0/2', '1/2']);
    await eventually(() => gateway.discord!.client.guilds.cache.size === 2);
  });
});
