import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { webhookSignature } from '../src/rankly/signature.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { adminQuery } from './support/database.js';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const admin = (sql: string) => adminQuery(inject('adminUrl'), sql);

describe('graceful shutdown', () => {
  it('lets a reward job that is talking to Discord finish before the queue and Discord close', async () => {
    const guildId = snowflake();
    const userId = snowflake();
    const roleId = snowflake();
    bot = await startTestBot({
      guilds: [{ id: guildId, roles: [{ id: roleId, position: 1 }], members: [userId] }],
    });
    await bot.db.guildConfig.create({ data: { guildId, rewardRoleId: roleId, dmEnabled: false } });
    bot.fake.setLatency(1500, 1500);
    await bot.post('/webhook/votes', votePayload({ userId, serverId: guildId }));
    // The job has planned the reward and is waiting on Discord.
    await eventually(() =>
      bot!.db.rewardEffect.findFirst({ where: { userId, kind: 'role', status: 'planned' } }),
    );
    const started = Date.now();
    await bot.stop();
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(
      bot.fake.find('PUT', new RegExp(`/members/${userId}/roles/${roleId}$`)).map((r) => r.status),
    ).toEqual([204]);
    const { createDb } = await import('../src/db/client.js');
    const db = createDb(bot.databaseUrl);
    try {
      expect(await db.rewardEffect.findFirst({ where: { userId, kind: 'role' } })).toMatchObject({
        status: 'done',
      });
    } finally {
      await db.$disconnect();
    }
  });
});

describe('jobs at shutdown and after an outage', () => {
  it('hands a job claimed as the process stops back to the queue: the next start rewards it at once', async () => {
    const guildId = snowflake();
    const roleId = snowflake();
    // Stores the votes; the processes started below work them and stop.
    bot = await startTestBot({
      env: { RUN: 'web' },
      guilds: [{ id: guildId, roles: [{ id: roleId, position: 1 }] }],
    });
    await bot.db.guildConfig.create({ data: { guildId, rewardRoleId: roleId, dmEnabled: false } });
    const raw = new pg.Client({ connectionString: bot.databaseUrl });
    await raw.connect();
    const voters: string[] = [];
    try {
      for (let round = 0; round < 4; round++) {
        const userId = snowflake();
        voters.push(userId);
        bot.fake.addMember(guildId, userId, { dispatch: false });
        // The queue's own retry policy: a job left behind would wait for its expiry and backoff.
        const worker = await startTestBot({ sharing: bot, start: { retry: undefined } });
        // Acknowledged a moment before SIGTERM: its job is being fetched as the stop begins.
        await worker.post('/webhook/votes', votePayload({ userId, serverId: guildId }));
        await worker.stop();
        const { rows } = await raw.query(
          `SELECT state::text FROM pgboss.job WHERE name = 'vote.reward' AND state = 'active'`,
        );
        expect(rows, `round ${round}`).toEqual([]);
      }
      const restarted = Date.now();
      const next = await startTestBot({ sharing: bot, start: { retry: undefined } });
      try {
        for (const userId of voters) {
          const settled = await eventually(() =>
            next.db.vote.findFirst({ where: { userId, settledAt: { not: null } } }),
          );
          expect(settled.settledAt!.getTime() - restarted).toBeLessThan(10_000);
        }
        // Each exactly once, whichever process gave it.
        for (const userId of voters) {
          expect(bot.fake.find('PUT', new RegExp(`/members/${userId}/roles/${roleId}$`))).toHaveLength(1);
        }
      } finally {
        await next.stop();
      }
    } finally {
      await raw.end();
    }
  });

  it('runs a reward job a database outage interrupted within seconds of the database coming back', async () => {
    const guildId = snowflake();
    const roleId = snowflake();
    const userId = snowflake();
    bot = await startTestBot({
      guilds: [{ id: guildId, roles: [{ id: roleId, position: 1 }], members: [userId] }],
      start: { retry: undefined },
    });
    await bot.db.guildConfig.create({ data: { guildId, rewardRoleId: roleId, dmEnabled: false } });
    bot.fake.setLatency(1500, 1500);
    await bot.post('/webhook/votes', votePayload({ userId, serverId: guildId }));
    // Planned, and waiting on Discord: its next database write will fail.
    await eventually(() =>
      bot!.db.rewardEffect.findFirst({ where: { userId, kind: 'role', status: 'planned' } }),
    );
    const database = new URL(bot.databaseUrl).pathname.slice(1);
    await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`);
    await new Promise((r) => setTimeout(r, 3000));
    bot.fake.setLatency(0, 0);
    await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    const back = Date.now();
    const settled = await eventually(
      () => bot!.db.vote.findFirst({ where: { userId, settledAt: { not: null } } }),
      30_000,
    );
    expect(settled.settledAt!.getTime() - back).toBeLessThan(10_000);
    expect(await bot.db.rewardEffect.findFirst({ where: { userId, kind: 'role' } })).toMatchObject({
      status: 'done',
    });
  }, 45_000);
});

describe('database outage', () => {
  it('answers 503 while the database is down, stays up, and stores votes again once it is back', async () => {
    bot = await startTestBot({ discord: false, env: { RANKLY_PREMIUM_WEBHOOK_SECRET: 'premium-secret' } });
    const purchase = JSON.stringify({
      event: 'premium_purchase',
      purchaseId: `p-${snowflake()}`,
      timestamp: new Date().toISOString(),
      buyer: { userId: snowflake() },
      tier: { id: 'pro', name: 'Pro', duration: 'monthly', planType: 'user' },
    });
    const sendPurchase = () =>
      fetch(`${bot!.url}/webhook/premium`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-webhook-signature': webhookSignature(purchase, 'premium-secret'),
        },
        body: purchase,
      });
    const database = new URL(bot.databaseUrl).pathname.slice(1);
    await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`);
    try {
      const down = await bot.post('/webhook/votes', votePayload({ userId: snowflake() }));
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(await down.json()).toMatchObject({ error: 'Service Unavailable' });
      expect((await sendPurchase()).status).toBe(503);
      const ready = await fetch(`${bot.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, checks: { database: 'unreachable' } });
    } finally {
      await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    }
    const userId = snowflake();
    const up = await eventually(async () => {
      const response = await bot!.post('/webhook/votes', votePayload({ userId }));
      return response.status === 200 ? response : undefined;
    });
    expect(await up.json()).toEqual({ received: true });
    expect(await bot.db.vote.count({ where: { userId } })).toBe(1);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    // Rankly's retry of the refused purchase now goes through, once.
    expect(await (await sendPurchase()).json()).toEqual({ received: true });
    expect(await (await sendPurchase()).json()).toEqual({ received: true, duplicate: true });
  });
});
