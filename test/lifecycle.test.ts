import { afterEach, describe, expect, inject, it } from 'vitest';
import { webhookSignature } from '../src/http/auth.js';
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
