import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookSignature } from '../src/rankly/signature.js';
import { startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * Malformed and adversarial requests against every webhook route: never a
 * 5xx, never a crash, never a stored row; oversized and trickled bodies are
 * cut off; each client address has its own rate limit.
 */
const voteSecret = 'vote-secret-for-fuzzing';
const premiumSecret = 'premium-secret-for-fuzzing';
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({
    discord: false,
    env: {
      RANKLY_WEBHOOK_AUTH: voteSecret,
      RANKLY_PREMIUM_WEBHOOK_SECRET: premiumSecret,
      // Bot votes are signed like premium: the same fuzzing signs for both.
      RANKLY_VOTE_WEBHOOK_SECRET: premiumSecret,
      BOT_VOTE_GUILD_ID: '123456789012345678',
      WEBHOOK_RATE_LIMIT: '0',
      HTTP_REQUEST_TIMEOUT_MS: '1000',
      LOG_LEVEL: 'warn',
    },
  });
});
afterAll(async () => {
  await bot?.close();
});

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
);
/** Almost-votes: the right keys with any values, plus anything JSON can say. */
const almostVote = fc.record(
  {
    userId: fc.oneof(fc.anything(), fc.bigInt().map(String), fc.constant('987654321098765432')),
    serverId: fc.oneof(fc.anything(), fc.constant('123456789012345678'), fc.integer()),
    timestamp: fc.oneof(
      fc.anything(),
      fc.date({ noInvalidDate: false }).map((d) => String(d)),
      fc.string(),
    ),
    creditsAwarded: fc.anything(),
    adBlocker: fc.anything(),
    creditDenialReason: fc.oneof(fc.string({ unit: 'binary' }), fc.anything()),
    test: fc.anything(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  almostVote.map((v) => JSON.stringify(v) ?? ''),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', '{', '[]', 'null', '{"userId":', '\u0000', '{"__proto__":{"x":1}}'),
);

async function fuzzRoute(
  runs: number,
  url: () => string,
  headers: fc.Arbitrary<Record<string, string>>,
  signs = false,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(body, contentType, headers, fc.boolean(), async (payload, type, extra, signIt) => {
      const signature =
        signs && signIt ? { 'x-webhook-signature': webhookSignature(payload, premiumSecret) } : {};
      const response = await bot.app.inject({
        method: 'POST',
        url: url(),
        headers: { 'content-type': type, ...extra, ...signature },
        payload,
      });
      if (response.statusCode >= 500)
        throw new Error(`${response.statusCode} for ${JSON.stringify(payload)}`);
    }),
    { numRuns: runs },
  );
}

describe('fuzzing (11,200 requests)', () => {
  it('never answers 5xx and stores nothing on the vote routes', async () => {
    const auth = fc.record(
      { authorization: fc.oneof(fc.constant(voteSecret), fc.string(), fc.constant(`${voteSecret}x`)) },
      { requiredKeys: [] },
    );
    await fuzzRoute(3400, () => '/webhook/votes', auth);
    await fuzzRoute(3400, () => '/webhook/votes/123456789012345678', auth);
    expect(await bot.db.vote.count()).toBe(0);
  }, 300_000);

  it('never answers 5xx on the premium route, and stores no purchase or lifecycle event', async () => {
    const headers = fc.record(
      { 'x-webhook-signature': fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{64}$/), fc.constant('')) },
      { requiredKeys: [] },
    );
    await fuzzRoute(3400, () => '/webhook/premium', headers, true);
    // A correctly signed object with an unknown string `event` is kept by design; nothing else.
    expect(
      await bot.db.premiumEvent.count({
        where: {
          event: {
            in: ['premium_purchase', 'subscription.renewed', 'subscription.expired', 'subscription.revoked'],
          },
        },
      }),
    ).toBe(0);
    expect(await bot.db.premiumEvent.count({ where: { processedAt: null } })).toBe(0);
  }, 300_000);

  it('never answers 5xx on the bot vote route, and stores no vote', async () => {
    const headers = fc.record(
      { 'x-webhook-signature': fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{64}$/), fc.constant('')) },
      { requiredKeys: [] },
    );
    await fuzzRoute(1000, () => '/webhook/bot-votes', headers, true);
    expect(await bot.db.vote.count()).toBe(0);
  }, 300_000);
});

/** Sends raw bytes over TCP and resolves with what the server answered and when. */
function rawRequest(
  head: string,
  drip: { chunks: string[]; everyMs: number } = { chunks: [], everyMs: 0 },
): Promise<{ text: string; ms: number }> {
  const started = Date.now();
  const url = new URL(bot.url);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (d) => {
      text += d.toString();
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ text, ms: Date.now() - started });
    });
    socket.on('error', () => {});
    socket.write(head);
    const chunks = [...drip.chunks];
    if (chunks.length) {
      timer = setInterval(() => {
        const next = chunks.shift();
        if (next === undefined || socket.destroyed) clearInterval(timer);
        else socket.write(next);
      }, drip.everyMs);
    }
    setTimeout(() => socket.destroy(), 8000);
  });
}

describe('bodies that are too big or too slow', () => {
  it('refuses a body over 16 KiB from its Content-Length, before reading it', async () => {
    const { text, ms } = await rawRequest(
      'POST /webhook/votes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        `Authorization: ${voteSecret}\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n{"userId":`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 413/);
    expect(ms).toBeLessThan(1000);
  });

  it('cuts off a body trickled in slower than the request timeout', async () => {
    const { text, ms } = await rawRequest(
      'POST /webhook/votes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        `Authorization: ${voteSecret}\r\nContent-Length: 200\r\n\r\n`,
      { chunks: Array.from({ length: 40 }, () => '{'), everyMs: 150 },
    );
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(4000);
  });
});

describe('rate limiting', () => {
  it('limits each client address on its own, using X-Forwarded-For only from a trusted proxy', async () => {
    const limited = await startTestBot({
      discord: false,
      // Unauthenticated clients are what the limit is for.
      env: {
        WEBHOOK_RATE_LIMIT: '5',
        TRUST_PROXY: 'loopback',
        ALLOW_UNAUTHENTICATED_WEBHOOKS: 'true',
        LOG_LEVEL: 'warn',
      },
    });
    try {
      const send = (ip: string) =>
        limited.post(
          '/webhook/votes',
          votePayload({ userId: String(10n ** 17n + BigInt(Math.floor(Math.random() * 1e9))) }),
          {
            'x-forwarded-for': ip,
          },
        );
      const first = await Promise.all(Array.from({ length: 5 }, () => send('203.0.113.7')));
      expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      const sixth = await send('203.0.113.7');
      expect(sixth.status).toBe(429);
      expect(sixth.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await sixth.json()).toMatchObject({ error: 'Too Many Requests' });
      expect((await send('198.51.100.9')).status).toBe(200);
      // The premium route has its own limit per address, checked before anything else.
      const premium = () =>
        fetch(`${limited.url}/webhook/premium`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
          body: '{}',
        });
      for (let i = 0; i < 5; i++) expect((await premium()).status).toBe(503); // no premium secret on this bot
      expect((await premium()).status).toBe(429);
      // Health checks are never limited.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('does not limit requests that carry the webhook secret (Rankly delivers a whole burst from one address)', async () => {
    const secret = 'rate-limit-test-secret';
    const limited = await startTestBot({
      discord: false,
      env: { WEBHOOK_RATE_LIMIT: '2', RANKLY_WEBHOOK_AUTH: secret, LOG_LEVEL: 'warn' },
    });
    try {
      const send = (i: number, authorization: string) =>
        limited.post('/webhook/votes', votePayload({ userId: String(10n ** 17n + BigInt(i)) }), {
          authorization,
        });
      const rankly = await Promise.all(Array.from({ length: 6 }, (_, i) => send(i, secret)));
      expect(rankly.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      // Wrong secrets are counted: the third from this address is refused before it is checked.
      const guesses = [];
      for (let i = 0; i < 3; i++) guesses.push((await send(100 + i, `${secret}-guess`)).status);
      expect(guesses).toEqual([401, 401, 429]);
      // And the real sender is still served.
      expect((await send(200, secret)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("counts a request with the global secret where a guild's own secret refuses it", async () => {
    const secret = 'rate-limit-global-secret';
    const limited = await startTestBot({
      discord: false,
      env: { WEBHOOK_RATE_LIMIT: '2', RANKLY_WEBHOOK_AUTH: secret, LOG_LEVEL: 'warn' },
    });
    try {
      const guildId = '223456789012345678';
      await limited.db.guildConfig.create({
        data: { guildId, webhookSecretHash: createHash('sha256').update('its-own').digest('hex') },
      });
      const send = (i: number, path: string, serverId?: string) =>
        limited.post(
          path,
          votePayload({ userId: String(10n ** 17n + BigInt(i)), ...(serverId ? { serverId } : {}) }),
          { authorization: secret },
        );
      // Each URL has its own count per address.
      for (const path of ['/webhook/votes', `/webhook/votes/${guildId}`]) {
        const refused = [];
        for (let i = 0; i < 3; i++) refused.push((await send(i, path, guildId)).status);
        expect(refused, path).toEqual([401, 401, 429]);
      }
      // Where the global secret applies it is still exempt, from the same address.
      const exempt = await Promise.all(Array.from({ length: 4 }, (_, i) => send(20 + i, '/webhook/votes')));
      expect(exempt.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    } finally {
      await limited.close();
    }
  });

  it('ignores X-Forwarded-For without TRUST_PROXY, so a client cannot pick its own bucket', async () => {
    const limited = await startTestBot({
      discord: false,
      env: { WEBHOOK_RATE_LIMIT: '2', ALLOW_UNAUTHENTICATED_WEBHOOKS: 'true', LOG_LEVEL: 'warn' },
    });
    try {
      const statuses: number[] = [];
      for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        const response = await limited.post(
          '/webhook/votes',
          votePayload({ userId: String(10n ** 17n + BigInt(statuses.length)) }),
          { 'x-forwarded-for': ip },
        );
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
