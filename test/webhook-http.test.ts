import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * The HTTP contract of the vote webhook, on a listener-only bot (no Discord
 * token) with a global secret: authorization, validation, methods, sizes.
 */
const globalSecret = 'Bearer global-secret-value-123';
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ discord: false, env: { RANKLY_WEBHOOK_AUTH: globalSecret } });
});
afterAll(async () => {
  await bot?.close();
});

const auth = { authorization: globalSecret };

describe('authorization', () => {
  it('accepts the exact global secret and refuses anything else with 401', async () => {
    const payload = votePayload({ userId: snowflake() });
    expect((await bot.post('/webhook/votes', payload, auth)).status).toBe(200);
    for (const header of [
      undefined,
      '',
      'Bearer global-secret-value-12',
      `${globalSecret}4`,
      'bearer global-secret-value-123',
      'global-secret-value-123',
    ]) {
      const response = await bot.post(
        '/webhook/votes',
        votePayload({ userId: snowflake() }),
        header === undefined ? {} : { authorization: header },
      );
      expect(response.status, `header ${JSON.stringify(header)}`).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'Unauthorized' });
    }
  });

  it("checks a guild's own secret on its per-guild URL; the global secret does not apply there", async () => {
    const guildId = snowflake();
    const guildSecret = 'guild-own-secret';
    await bot.db.guildConfig.create({
      data: { guildId, webhookSecretHash: createHash('sha256').update(guildSecret).digest('hex') },
    });
    const payload = () => votePayload({ userId: snowflake(), serverId: guildId });
    expect(
      (await bot.post(`/webhook/votes/${guildId}`, payload(), { authorization: guildSecret })).status,
    ).toBe(200);
    // A server with its own secret accepts only that one.
    const global = await bot.post(`/webhook/votes/${guildId}`, payload(), auth);
    expect(global.status).toBe(401);
    expect(await global.json()).toMatchObject({
      message: expect.stringContaining(
        'a server with its own secret from /setup webhook accepts only that one',
      ),
    });
    expect((await bot.post(`/webhook/votes/${guildId}`, payload(), { authorization: 'nope' })).status).toBe(
      401,
    );
    // The guild's secret is not a key to other guilds.
    const other = snowflake();
    expect(
      (
        await bot.post(`/webhook/votes/${other}`, votePayload({ serverId: other }), {
          authorization: guildSecret,
        })
      ).status,
    ).toBe(401);
  });

  it("requires a guild's own secret on the shared URL too, when the body names that guild", async () => {
    const guildId = snowflake();
    await bot.db.guildConfig.create({
      data: { guildId, webhookSecretHash: createHash('sha256').update('own').digest('hex') },
    });
    const payload = () => votePayload({ userId: snowflake(), serverId: guildId });
    expect((await bot.post('/webhook/votes', payload(), { authorization: 'own' })).status).toBe(200);
    expect((await bot.post('/webhook/votes', payload(), auth)).status).toBe(401);
    expect((await bot.post('/webhook/votes', payload(), { authorization: 'guess' })).status).toBe(401);
    // Guilds without a secret of their own are still covered by the global one.
    expect((await bot.post('/webhook/votes', votePayload({ userId: snowflake() }), auth)).status).toBe(200);
  });

  it('refuses a per-guild URL whose body names another guild', async () => {
    const guildId = snowflake();
    const response = await bot.post(
      `/webhook/votes/${guildId}`,
      votePayload({ serverId: snowflake() }),
      auth,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fields: { serverId: 'does not match the URL' } });
  });

  it('never logs the secret', () => {
    expect(bot.logText()).not.toContain('global-secret-value');
  });
});

describe('without any secret (fail closed)', () => {
  const guildWithOwn = snowflake();
  const own = () => ({
    data: { guildId: guildWithOwn, webhookSecretHash: createHash('sha256').update('own-only').digest('hex') },
  });

  it('refuses votes no secret covers with 401 and says how to set one', async () => {
    const closed = await startTestBot({ discord: false, env: { RANKLY_WEBHOOK_AUTH: '' } });
    try {
      await closed.db.guildConfig.create(own());
      for (const path of ['/webhook/votes', `/webhook/votes/${votePayload().serverId}`]) {
        const response = await closed.post(path, votePayload({ userId: snowflake() }));
        expect(response.status, path).toBe(401);
        const body = (await response.json()) as { error: string; message: string };
        expect(body.error).toBe('Unauthorized');
        expect(body.message).toContain('no webhook secret is configured for this server');
        expect(body.message).toContain('set RANKLY_WEBHOOK_AUTH');
        expect(body.message).toContain('/setup webhook');
      }
      // Any header at all is no better than none.
      const guess = await closed.post('/webhook/votes', votePayload(), { authorization: 'anything' });
      expect(guess.status).toBe(401);
      expect(await closed.db.vote.count()).toBe(0);
      // A guild with a secret of its own is served, on both URLs.
      const mine = () => votePayload({ userId: snowflake(), serverId: guildWithOwn });
      expect((await closed.post('/webhook/votes', mine(), { authorization: 'own-only' })).status).toBe(200);
      expect(
        (await closed.post(`/webhook/votes/${guildWithOwn}`, mine(), { authorization: 'own-only' })).status,
      ).toBe(200);
      expect(closed.logs.some((l) => l.level === 40 && /refuses votes \(401\)/.test(String(l.msg)))).toBe(
        true,
      );
    } finally {
      await closed.close();
    }
  });

  it('accepts them only with ALLOW_UNAUTHENTICATED_WEBHOOKS=true, warning at start; own secrets still hold', async () => {
    const open = await startTestBot({ discord: false, env: { ALLOW_UNAUTHENTICATED_WEBHOOKS: 'true' } });
    try {
      await open.db.guildConfig.create(own());
      expect((await open.post('/webhook/votes', votePayload({ userId: snowflake() }))).status).toBe(200);
      const mine = () => votePayload({ userId: snowflake(), serverId: guildWithOwn });
      expect((await open.post('/webhook/votes', mine())).status).toBe(401);
      expect((await open.post(`/webhook/votes/${guildWithOwn}`, mine())).status).toBe(401);
      expect(
        open.logs.some(
          (l) => l.level === 40 && String(l.msg).includes('ALLOW_UNAUTHENTICATED_WEBHOOKS is on'),
        ),
      ).toBe(true);
    } finally {
      await open.close();
    }
  });
});

describe('validation', () => {
  it('answers 400 naming each bad field', async () => {
    const response = await bot.post(
      '/webhook/votes',
      { userId: 98765432109876, serverId: 'abc', timestamp: 'yesterday', creditsAwarded: 'yes' },
      auth,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string>; message: string };
    expect(Object.keys(body.fields).sort()).toEqual(['creditsAwarded', 'serverId', 'timestamp', 'userId']);
    expect(body.message).toContain('userId');
  });

  it('ignores unknown extra fields and accepts a payload without test/adBlocker', async () => {
    const { test: _t, adBlocker: _a, ...payload } = votePayload({ userId: snowflake() });
    const response = await bot.post('/webhook/votes', { ...payload, futureField: { nested: true } }, auth);
    expect(response.status).toBe(200);
  });

  it('refuses malformed JSON with 400, other content types with 415, big bodies with 413', async () => {
    expect((await bot.post('/webhook/votes', '{"userId":', auth)).status).toBe(400);
    const text = await bot.post('/webhook/votes', 'userId=1', { ...auth, 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const form = await bot.post('/webhook/votes', 'a=b', {
      ...auth,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const big = await bot.post('/webhook/votes', votePayload({ padding: 'x'.repeat(17 * 1024) }), auth);
    expect(big.status).toBe(413);
  });

  it('serves only POST: other methods get 405 with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${bot.url}/webhook/votes`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });
});

describe('Discord IDs', () => {
  it('refuses a zero-padded or too large id with 400 naming the field: never a second copy of a guild', async () => {
    const guildId = snowflake();
    await bot.db.guildConfig.create({
      data: { guildId, webhookSecretHash: createHash('sha256').update('padded-own').digest('hex') },
    });
    for (const [field, value] of [
      ['serverId', `0${guildId}`],
      ['serverId', '18446744073709551616'],
      ['serverId', '99999999999999999999'],
      ['userId', `00${snowflake()}`],
    ] as const) {
      const response = await bot.post(
        '/webhook/votes',
        votePayload({ userId: snowflake(), [field]: value }),
        auth,
      );
      expect(response.status, `${field} ${value}`).toBe(400);
      const body = (await response.json()) as { fields: Record<string, string>; message: string };
      expect(body.fields).toEqual({ [field]: expect.stringContaining('without a leading zero') });
      expect(body.message).toContain(field);
    }
    expect(await bot.db.vote.count({ where: { guildId: { endsWith: guildId } } })).toBe(0);
    expect(await bot.db.vote.count({ where: { userId: { startsWith: '0' } } })).toBe(0);
    // The largest 64-bit value is still an ID.
    const largest = votePayload({ userId: snowflake(), serverId: '18446744073709551615' });
    expect((await bot.post('/webhook/votes', largest, auth)).status).toBe(200);
  });

  it('answers 404 for a per-guild URL whose id is zero-padded', async () => {
    const response = await bot.post(`/webhook/votes/0${snowflake()}`, votePayload(), auth);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: 'the guild id in the URL is not a Discord ID' });
  });
});

describe('listener-only mode', () => {
  it('stores votes and keeps their reward jobs waiting until Discord is connected', async () => {
    const userId = snowflake();
    const response = await bot.post('/webhook/votes', votePayload({ userId }), auth);
    expect(response.status).toBe(200);
    const stored = await bot.db.vote.findFirstOrThrow({ where: { userId } });
    expect(stored.plannedAt).toBeNull();
    expect(await bot.queue.boss.getQueueSize('vote.reward')).toBeGreaterThan(0);
    const ready = await (await fetch(`${bot.url}/readyz`)).json();
    expect(ready).toMatchObject({ ready: true, checks: { discord: 'listener-only' } });
  });
});
