import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * One Discord budget for every process of the bot (issue 17): RUN=discord-proxy
 * serves @discordjs/proxy, and the other processes reach Discord through it
 * (DISCORD_API_URL). Two worker processes and a gateway process against the
 * fake Discord, which enforces a global limit and per-route buckets and
 * answers 429 beyond them, as Discord does.
 */
const started: TestBot[] = [];
afterAll(async () => {
  for (const bot of started.splice(0).reverse()) await bot.close();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('RUN=discord-proxy', () => {
  it('keeps two workers and a gateway inside one budget: never more than the limit in a second, no 429', async () => {
    const budget = 10;
    const guildId = snowflake();
    const roleId = snowflake();
    const voters = Array.from({ length: 40 }, () => snowflake());
    const proxyPort = await freePort();
    const proxyUrl = `http://127.0.0.1:${proxyPort}/api`;
    const limit = { DISCORD_GLOBAL_RATE_LIMIT: String(budget) };
    // Stores the votes and runs the proxy, which talks to the fake Discord.
    const front = await startTestBot({
      env: { RUN: 'web,discord-proxy', DISCORD_PROXY_PORT: String(proxyPort), ...limit },
      guilds: [{ id: guildId, roles: [{ id: roleId, name: 'Voter', position: 2 }], members: voters }],
    });
    started.push(front);
    front.fake.rateLimits({ globalPerSecond: budget, perRoute: { limit: 5, windowMs: 1000 } });
    await front.db.guildConfig.create({ data: { guildId, rewardRoleId: roleId, dmEnabled: true } });
    const throughProxy = { ...limit, DISCORD_API_URL: proxyUrl };
    started.push(await startTestBot({ env: { RUN: 'gateway', ...throughProxy }, sharing: front }));
    started.push(await startTestBot({ env: { RUN: 'worker', ...throughProxy }, sharing: front }));
    started.push(await startTestBot({ env: { RUN: 'worker', ...throughProxy }, sharing: front }));

    front.fake.reset();
    await Promise.all(
      voters.map((userId) => front.post('/webhook/votes', votePayload({ userId, serverId: guildId }))),
    );
    await eventually(
      async () =>
        (await front.db.vote.count({ where: { guildId, settledAt: { not: null } } })) === voters.length,
      60_000,
    );
    const api = front.fake.requests.filter((r) => !/^\/(gateway|interactions|webhooks)/.test(r.path));
    // 40 role grants, 40 DM channels and 40 DMs: more than ten seconds of budget.
    expect(api.length).toBeGreaterThanOrEqual(120);
    expect(front.fake.maxRequestsPerSecond()).toBeLessThanOrEqual(budget);
    expect(api.filter((r) => r.status === 429)).toEqual([]);
    expect(await front.db.rewardEffect.count({ where: { guildId, status: 'done' } })).toBe(80);
  }, 90_000);
});
