import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPremiumStatus } from '../src/db/entitlements.js';
import { webhookSignature } from '../src/rankly/signature.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * Premium webhooks end to end: signed bodies over real HTTP, Postgres,
 * pg-boss and discord.js against the fake Discord.
 */
const oldSecret = 'premium-old-secret';
const newSecret = 'premium-new-secret';
let bot: TestBot;
let guildId: string;
let premiumRoleId: string;

beforeAll(async () => {
  bot = await startTestBot({
    env: { RANKLY_PREMIUM_WEBHOOK_SECRET: `${oldSecret}, ${newSecret}`, PREMIUM_REMINDER_HOURS: '1' },
  });
  guildId = snowflake();
  premiumRoleId = snowflake();
  bot.fake.addGuild({ id: guildId, roles: [{ id: premiumRoleId, name: 'Premium', position: 3 }] });
  await bot.db.guildConfig.create({
    data: { guildId, premiumRoleId, dmEnabled: false, currencyAmount: 100 },
  });
});
afterAll(async () => {
  await bot?.close();
});

const sign = (body: string, secret = newSecret) => webhookSignature(body, secret);
const day = 86_400_000;

function purchase(
  o: { buyer?: string; purchaseId?: string; at?: Date; duration?: string; extra?: object } = {},
) {
  return {
    event: 'premium_purchase',
    purchaseId: o.purchaseId ?? `${Date.now()}-${snowflake()}`,
    timestamp: (o.at ?? new Date()).toISOString(),
    buyer: { userId: o.buyer ?? snowflake(), username: 'buyer' },
    tier: { id: 'pro-monthly', name: 'Pro Plan', duration: o.duration ?? 'monthly', planType: 'user' },
    serverId: null,
    ...o.extra,
  };
}

async function send(payload: unknown, opts: { secret?: string; signature?: string; raw?: string } = {}) {
  const body = opts.raw ?? JSON.stringify(payload);
  return fetch(`${bot.url}/webhook/premium`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-webhook-signature': opts.signature ?? sign(body, opts.secret),
    },
    body,
  });
}

async function processed(orderKey: string, event = 'premium_purchase') {
  return eventually(() =>
    bot.db.premiumEvent.findFirst({ where: { orderKey, event, processedAt: { not: null } } }),
  );
}

const member = (userId: string) => bot.fake.addMember(guildId, userId, { dispatch: false });
const roleCalls = (method: string, userId: string) =>
  bot.fake.find(method, new RegExp(`^/guilds/${guildId}/members/${userId}/roles/${premiumRoleId}$`));
const dmContents = () =>
  bot.fake
    .find('POST', /^\/channels\/\d+\/messages$/)
    .map((r) => String((r.body as { content?: string }).content));

describe('signature', () => {
  it('is the hex HMAC-SHA256 of the exact body bytes (the shared signer, checked independently)', () => {
    const body = '{"event":"premium_purchase","é":1}';
    expect(webhookSignature(body, 'k')).toBe(
      createHmac('sha256', 'k').update(Buffer.from(body, 'utf8')).digest('hex'),
    );
    expect(webhookSignature(Buffer.from(body), 'k')).toBe(webhookSignature(body, 'k'));
  });

  it('accepts either rotation secret, hex in either case', async () => {
    for (const secret of [oldSecret, newSecret]) {
      expect((await send(purchase(), { secret })).status, secret).toBe(200);
    }
    const body = JSON.stringify(purchase());
    expect((await send(null, { raw: body, signature: sign(body).toUpperCase() })).status).toBe(200);
  });

  it('answers 401, never a 5xx, for every wrong signature', async () => {
    const body = JSON.stringify(purchase());
    const good = sign(body);
    const variants: Record<string, string | undefined> = {
      'wrong secret': sign(body, 'not-the-secret'),
      truncated: good.slice(0, 63),
      'too long': `${good}00`,
      'inner whitespace': `${good.slice(0, 10)} ${good.slice(10, 63)}`,
      'not hex': 'z'.repeat(64),
      empty: '',
      'sha1 length': createHmac('sha1', newSecret).update(body).digest('hex'),
    };
    for (const [name, signature] of Object.entries(variants)) {
      const response = await send(null, { raw: body, signature });
      expect(response.status, name).toBe(401);
    }
    const missing = await fetch(`${bot.url}/webhook/premium`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(missing.status).toBe(401);
  });

  it('refuses the same JSON re-serialised with different spacing', async () => {
    const payload = purchase();
    const signedCompact = sign(JSON.stringify(payload));
    const response = await send(null, { raw: JSON.stringify(payload, null, 2), signature: signedCompact });
    expect(response.status).toBe(401);
    expect(await bot.db.premiumEvent.count({ where: { orderKey: payload.purchaseId } })).toBe(0);
  });

  it('answers 400 for a correctly signed body that can never be valid', async () => {
    expect((await send(null, { raw: '{"event":' })).status).toBe(400);
    const noBuyer = { ...purchase(), buyer: undefined };
    const response = await send(noBuyer);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fields: { buyer: 'is required for a purchase' } });
  });
});

describe('purchases and gifts', () => {
  it('activates a monthly user plan, grants the premium role and thanks the buyer once', async () => {
    const buyer = snowflake();
    member(buyer);
    const at = new Date();
    const payload = purchase({ buyer, at });
    const responses = await Promise.all(Array.from({ length: 8 }, () => send(payload)));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<Record<string, unknown>>;
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(7);
    await processed(payload.purchaseId);
    await eventually(() => roleCalls('PUT', buyer).length === 1);
    const status = await getPremiumStatus(bot.db, { userId: buyer });
    expect(status.user).toMatchObject({ tier: 'Pro Plan', active: true, lifetime: false, giftedBy: null });
    const expected = new Date(at);
    expected.setUTCMonth(expected.getUTCMonth() + 1);
    if (expected.getUTCDate() !== at.getUTCDate()) expected.setUTCDate(0);
    expect(status.user?.until?.getTime()).toBe(expected.getTime());
    await eventually(() => dmContents().some((c) => c.includes('Pro Plan') && c.includes('is now active')));
    await new Promise((r) => setTimeout(r, 300));
    expect(roleCalls('PUT', buyer)).toHaveLength(1);
    expect(await bot.db.premiumEffect.count({ where: { userId: buyer, kind: 'dm_buyer' } })).toBe(1);
  });

  it('gives a gift to the recipient and names the giver in their DM', async () => {
    const buyer = snowflake();
    const recipient = snowflake();
    const orderId = `order-${snowflake()}`;
    const payload = purchase({
      buyer,
      extra: {
        orderId,
        isGift: true,
        recipient: { userId: recipient, username: 'friend' },
        giftedBy: { userId: buyer, username: 'buyer' },
      },
    });
    expect((await send(payload)).status).toBe(200);
    await processed(orderId);
    const status = await getPremiumStatus(bot.db, { userId: recipient });
    expect(status.user).toMatchObject({ active: true, giftedBy: buyer });
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toBeNull();
    await eventually(() => dmContents().some((c) => c.includes(`<@${buyer}> gifted you`)));
    expect(dmContents().some((c) => c.includes(`gifting **Pro Plan** to <@${recipient}>`))).toBe(true);
  });

  it('gives a server plan to the guild in serverId', async () => {
    const server = snowflake();
    const orderId = `order-${snowflake()}`;
    const payload = {
      ...purchase({ extra: { orderId, serverId: server, targetType: 'server' } }),
      tier: { id: 'srv', name: 'Server Boost', duration: 'weekly', planType: 'server' },
    };
    expect((await send(payload)).status).toBe(200);
    await processed(orderId);
    const status = await getPremiumStatus(bot.db, { guildId: server });
    expect(status.guild).toMatchObject({ tier: 'Server Boost', active: true });
    expect(status.guild!.until!.getTime() - new Date(payload.timestamp).getTime()).toBe(7 * day);
  });

  it('extends from the current end when bought again while active', async () => {
    const buyer = snowflake();
    const first = purchase({ buyer, duration: 'weekly' });
    await send(first);
    await processed(first.purchaseId);
    const second = purchase({ buyer, duration: 'weekly' });
    await send(second);
    await processed(second.purchaseId);
    const until = (await getPremiumStatus(bot.db, { userId: buyer })).user!.until!;
    expect(until.getTime()).toBe(new Date(first.timestamp).getTime() + 14 * day);
  });

  it('stores an unknown event with a valid signature and does nothing else', async () => {
    const response = await send({ event: 'premium.refund_requested', orderId: 'ord-unknown-1', note: 'x' });
    expect(await response.json()).toEqual({ received: true });
    const stored = await bot.db.premiumEvent.findFirstOrThrow({ where: { orderKey: 'ord-unknown-1' } });
    expect(stored.processedAt).not.toBeNull();
    expect(await bot.db.premiumEffect.count({ where: { eventId: stored.id } })).toBe(0);
  });
});

describe('lifecycle', () => {
  it('takes a renewal currentPeriodEnd as the truth', async () => {
    const buyer = snowflake();
    const orderId = `order-${snowflake()}`;
    const p = purchase({ buyer, extra: { orderId } });
    await send(p);
    await processed(orderId);
    const end = new Date(Date.now() + 40 * day);
    await send({
      event: 'subscription.renewed',
      orderId,
      timestamp: new Date().toISOString(),
      vendor: { type: 'stripe', id: 'sub_1' },
      autoRenew: true,
      status: 'active',
      currentPeriodEnd: end.toISOString(),
    });
    await processed(orderId, 'subscription.renewed');
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({
      until: end,
      autoRenew: true,
    });
  });

  it('reactivates on a renewal after the plan expired', async () => {
    const buyer = snowflake();
    const orderId = `order-${snowflake()}`;
    await send(
      purchase({ buyer, duration: 'weekly', at: new Date(Date.now() - 30 * day), extra: { orderId } }),
    );
    await processed(orderId);
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({
      active: false,
      status: 'expired',
    });
    const renewedAt = new Date();
    await send({
      event: 'subscription.renewed',
      orderId,
      timestamp: renewedAt.toISOString(),
      buyer: { userId: buyer },
      tier: { id: 'pro-weekly', name: 'Pro Plan', duration: 'weekly', planType: 'user' },
    });
    await processed(orderId, 'subscription.renewed');
    const user = (await getPremiumStatus(bot.db, { userId: buyer })).user!;
    expect(user).toMatchObject({ active: true, since: renewedAt });
    expect(user.until!.getTime()).toBe(renewedAt.getTime() + 7 * day);
  });

  it('ends a plan on subscription.expired and takes the role off', async () => {
    const buyer = snowflake();
    member(buyer);
    const orderId = `order-${snowflake()}`;
    await send(purchase({ buyer, extra: { orderId } }));
    await processed(orderId);
    await eventually(() => roleCalls('PUT', buyer).length === 1);
    await send({ event: 'subscription.expired', orderId, timestamp: new Date().toISOString() });
    await processed(orderId, 'subscription.expired');
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({ active: false });
    await eventually(() => roleCalls('DELETE', buyer).length === 1);
  });

  it('ends only the order an expiry or revocation names; another active order keeps premium and the role', async () => {
    const buyer = snowflake();
    member(buyer);
    const lifetimeOrder = `order-${snowflake()}`;
    const monthlyOrder = `order-${snowflake()}`;
    await send(purchase({ buyer, duration: 'lifetime', extra: { orderId: lifetimeOrder } }));
    await processed(lifetimeOrder);
    await send(purchase({ buyer, extra: { orderId: monthlyOrder } }));
    await processed(monthlyOrder);
    await eventually(() => roleCalls('PUT', buyer).length === 1);
    await send({ event: 'subscription.expired', orderId: monthlyOrder, timestamp: new Date().toISOString() });
    await processed(monthlyOrder, 'subscription.expired');
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({
      active: true,
      lifetime: true,
    });

    // A gift keeps running when the recipient's own plan is charged back.
    const recipient = snowflake();
    member(recipient);
    const ownOrder = `order-${snowflake()}`;
    const giftOrder = `order-${snowflake()}`;
    await send(purchase({ buyer: recipient, extra: { orderId: ownOrder } }));
    await processed(ownOrder);
    await send(
      purchase({
        buyer,
        duration: 'weekly',
        extra: {
          orderId: giftOrder,
          isGift: true,
          recipient: { userId: recipient, username: 'friend' },
          giftedBy: { userId: buyer, username: 'buyer' },
        },
      }),
    );
    await processed(giftOrder);
    await eventually(() => roleCalls('PUT', recipient).length === 1);
    await send({ event: 'subscription.revoked', orderId: ownOrder, timestamp: new Date().toISOString() });
    await processed(ownOrder, 'subscription.revoked');
    expect((await getPremiumStatus(bot.db, { userId: recipient })).user).toMatchObject({
      active: true,
      giftedBy: buyer,
    });
    // Neither lost the premium role.
    await new Promise((r) => setTimeout(r, 500));
    expect(roleCalls('DELETE', buyer)).toHaveLength(0);
    expect(roleCalls('DELETE', recipient)).toHaveLength(0);
    expect(
      await bot.db.premiumEffect.count({
        where: { userId: { in: [buyer, recipient] }, kind: 'role_remove' },
      }),
    ).toBe(0);
  });

  it('revokes at once during an active plan', async () => {
    const buyer = snowflake();
    member(buyer);
    const orderId = `order-${snowflake()}`;
    await send(purchase({ buyer, duration: 'lifetime', extra: { orderId } }));
    await processed(orderId);
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({
      active: true,
      lifetime: true,
    });
    await send({ event: 'subscription.revoked', orderId, timestamp: new Date().toISOString() });
    await processed(orderId, 'subscription.revoked');
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({
      active: false,
      status: 'revoked',
    });
    await eventually(() => roleCalls('DELETE', buyer).length === 1);
  });

  it('never activates a purchase whose revocation arrived first', async () => {
    const buyer = snowflake();
    member(buyer);
    const orderId = `order-${snowflake()}`;
    await send({ event: 'subscription.revoked', orderId, timestamp: new Date().toISOString() });
    await processed(orderId, 'subscription.revoked');
    await send(purchase({ buyer, at: new Date(Date.now() - 60_000), extra: { orderId } }));
    await processed(orderId);
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({
      active: false,
      status: 'revoked',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(roleCalls('PUT', buyer)).toHaveLength(0);
  });

  it('takes the role off when the plan runs out, by a scheduled job', async () => {
    const buyer = snowflake();
    member(buyer);
    const payload = purchase({ buyer, duration: 'weekly', at: new Date(Date.now() - 7 * day + 1500) });
    await send(payload);
    await processed(payload.purchaseId);
    await eventually(() => roleCalls('PUT', buyer).length === 1);
    await eventually(() => roleCalls('DELETE', buyer).length === 1, 15_000);
    expect((await getPremiumStatus(bot.db, { userId: buyer })).user).toMatchObject({ active: false });
  });

  it('reminds the buyer before a plan that does not renew ends', async () => {
    const buyer = snowflake();
    // Discord sends DMs only to users who share a server with the bot.
    bot.fake.addMember(guildId, buyer, { dispatch: false });
    // Ends in one hour and one second; reminders go one hour ahead.
    const payload = purchase({
      buyer,
      duration: 'weekly',
      at: new Date(Date.now() - 7 * day + 3_600_000 + 1000),
    });
    await send(payload);
    await processed(payload.purchaseId);
    await eventually(
      () => dmContents().some((c) => c.includes('Heads-up') && c.includes('Pro Plan')),
      15_000,
    );
    expect(await bot.db.premiumEffect.count({ where: { userId: buyer, kind: 'reminder' } })).toBe(1);
  });
});

describe('premium and votes', () => {
  it("multiplies a premium voter's currency by the guild's multiplier", async () => {
    const buyer = snowflake();
    member(buyer);
    await bot.db.guildConfig.update({ where: { guildId }, data: { premiumVoteMultiplier: 2 } });
    const p = purchase({ buyer });
    await send(p);
    await processed(p.purchaseId);
    await bot.post('/webhook/votes', votePayload({ userId: buyer, serverId: guildId }));
    const currency = await eventually(() =>
      bot.db.rewardEffect.findFirst({ where: { userId: buyer, kind: 'currency' } }),
    );
    expect(currency.amount).toBe(200);
  });
});
