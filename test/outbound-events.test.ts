import { lookup } from 'node:dns/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { PermissionFlagsBits as P } from 'discord.js';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../src/domain/outbound-events.js';
import { webhookSignature } from '../src/rankly/signature.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * Outbound events (issue 21): a guild's own endpoints receive vote.received
 * and vote.rewarded, signed the Standard Webhooks way, at least once with
 * one id per event, retried until they answer, never into the host's own
 * network unless the operator allows it, and never holding up a reward.
 */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}
/** A receiver as a server owner would write one; `answer` decides each status. */
async function receiver(answer: (n: number) => number | 'hang' = () => 200) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const status = answer(received.length);
      received.push({ headers: req.headers, body, status: status === 'hang' ? 0 : status });
      if (status !== 'hang') res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rankly-events`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const premiumSecret = 'premium-secret-for-events';
let bot: TestBot;
const receivers: Awaited<ReturnType<typeof receiver>>[] = [];
beforeAll(async () => {
  bot = await startTestBot({
    env: { OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: 'true', RANKLY_PREMIUM_WEBHOOK_SECRET: premiumSecret },
  });
});
afterAll(async () => {
  await bot?.close();
  for (const r of receivers) await r.close();
});

async function guildWithRole(b: TestBot) {
  const guildId = snowflake();
  const roleId = snowflake();
  const adminId = snowflake();
  const voterId = snowflake();
  b.fake.addGuild({
    id: guildId,
    roles: [{ id: roleId, name: 'Voter', position: 2 }],
    members: [adminId, voterId],
    channels: [],
  });
  await b.db.guildConfig.create({ data: { guildId, rewardRoleId: roleId, currencyAmount: 10 } });
  await eventually(() => b.discord?.client.guilds.cache.has(guildId));
  const events = async (options: CommandOption[]) => {
    const { data } = await sendSlashCommand(b.fake, {
      name: 'setup',
      options: subcommand('events', options),
      guildId,
      channelId: snowflake(),
      userId: adminId,
      member: { roles: [], permissions: P.ManageGuild },
    });
    return replyText(data);
  };
  const add = async (url: string) => {
    const text = await events([
      { type: 3, name: 'do', value: 'add' },
      { type: 3, name: 'url', value: url },
    ]);
    return { text, secret: /`(whsec_[^`]+)`/.exec(text)?.[1] };
  };
  return { guildId, roleId, voterId, events, add };
}
const vote = (b: TestBot, guildId: string, userId: string) =>
  b.post('/webhook/votes', votePayload({ serverId: guildId, userId }));

describe('outbound events', () => {
  it('delivers vote.received and vote.rewarded, which the standardwebhooks package verifies', async () => {
    const r = await receiver();
    receivers.push(r);
    const g = await guildWithRole(bot);
    const { text, secret } = await g.add(r.url);
    expect(text).toContain('The signing secret is shown only now');
    expect(secret).toMatch(/^whsec_/);
    expect((await vote(bot, g.guildId, g.voterId)).status).toBe(200);
    await eventually(() => r.received.length >= 2, 15_000);

    const wh = new Webhook(secret as string);
    const events = r.received.map((d) => wh.verify(d.body, d.headers as Record<string, string>)) as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(events.map((e) => e.type).sort()).toEqual(['vote.received', 'vote.rewarded']);
    const rewarded = events.find((e) => e.type === 'vote.rewarded');
    expect(rewarded?.data).toMatchObject({ userId: g.voterId });
    expect(rewarded?.data.effects).toEqual(
      expect.arrayContaining([
        { kind: 'currency', status: 'done', amount: 10 },
        { kind: 'role', status: 'done', roleId: g.roleId },
      ]),
    );
    // A delivery signed with another secret, or changed on the way, is refused by the receiver.
    const [first] = r.received;
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another key!').toString('base64')}`).verify(
        first!.body,
        first!.headers as Record<string, string>,
      ),
    ).toThrow();
    expect(() =>
      wh.verify(first!.body.replace('vote', 'Vote'), first!.headers as Record<string, string>),
    ).toThrow();
    expect(await g.events([{ type: 3, name: 'do', value: 'list' }])).toContain('2 delivered');
  });

  it('sends an event again until the endpoint recovers, always with its original id', async () => {
    // Down for the first three deliveries, then up.
    const r = await receiver((n) => (n < 3 ? 503 : 200));
    receivers.push(r);
    const g = await guildWithRole(bot);
    await g.add(r.url);
    await vote(bot, g.guildId, g.voterId);
    await eventually(
      async () =>
        (await bot.db.eventDelivery.count({
          where: { event: { guildId: g.guildId }, status: 'delivered' },
        })) === 2,
      30_000,
    );
    const ids = r.received.map((d) => d.headers['webhook-id']);
    const taken = r.received.filter((d) => d.status === 200).map((d) => d.headers['webhook-id']);
    // Two events, each taken exactly once; every attempt of one carries its id.
    expect(new Set(taken).size).toBe(2);
    expect(taken).toHaveLength(2);
    expect(new Set(ids)).toEqual(new Set(taken));
    expect(r.received.length).toBe(5);
    const deliveries = await bot.db.eventDelivery.findMany({ where: { event: { guildId: g.guildId } } });
    expect(deliveries.map((d) => d.attempts).reduce((a, b) => a + b)).toBe(5);
  });

  it('lists deliveries that failed for a day with the reason, and sends them again on replay', async () => {
    let down = true;
    const r = await receiver(() => (down ? 500 : 200));
    receivers.push(r);
    const g = await guildWithRole(bot);
    await g.add(r.url);
    await vote(bot, g.guildId, g.voterId);
    const inGuild = { event: { guildId: g.guildId } };
    await eventually(
      async () =>
        (await bot.db.eventDelivery.count({ where: { ...inGuild, lastError: { not: null } } })) === 2,
      15_000,
    );
    // A day has passed since the events: the next failure gives up on them.
    await bot.db.eventDelivery.updateMany({
      where: inGuild,
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    await eventually(
      async () => (await bot.db.eventDelivery.count({ where: { ...inGuild, status: 'failed' } })) === 2,
      15_000,
    );
    expect(await g.events([{ type: 3, name: 'do', value: 'list' }])).toContain(
      '2 failed (last problem: answered HTTP 500)',
    );
    down = false;
    expect(await g.events([{ type: 3, name: 'do', value: 'replay' }])).toContain(
      '2 failed deliveries are being sent again',
    );
    await eventually(
      async () => (await bot.db.eventDelivery.count({ where: { ...inGuild, status: 'delivered' } })) === 2,
      15_000,
    );
    const events = await bot.db.outboundEvent.findMany({ where: { guildId: g.guildId } });
    const taken = r.received.filter((d) => d.status === 200).map((d) => d.headers['webhook-id']);
    expect(taken.sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('tells a server plan bought on Rankly as premium.changed, before and after', async () => {
    const r = await receiver();
    receivers.push(r);
    const g = await guildWithRole(bot);
    const { secret } = await g.add(r.url);
    const body = JSON.stringify({
      event: 'premium_purchase',
      purchaseId: `order-${snowflake()}`,
      timestamp: new Date().toISOString(),
      buyer: { userId: g.voterId, username: 'buyer' },
      tier: { id: 'server-pro', name: 'Server Pro', duration: 'monthly', planType: 'server' },
      serverId: g.guildId,
    });
    const sent = await fetch(`${bot.url}/webhook/premium`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-webhook-signature': webhookSignature(body, premiumSecret),
      },
      body,
    });
    expect(sent.status).toBe(200);
    await eventually(() => r.received.length >= 1, 15_000);
    const event = new Webhook(secret as string).verify(
      r.received[0]!.body,
      r.received[0]!.headers as Record<string, string>,
    ) as {
      type: string;
      data: { scope: string; subjectId: string; before: unknown; after: { status: string; tier: string } };
    };
    expect(event.type).toBe('premium.changed');
    expect(event.data).toMatchObject({
      scope: 'guild',
      subjectId: g.guildId,
      before: null,
      after: { status: 'active', tier: 'Server Pro' },
    });
  });

  it('never holds up a reward: an endpoint that does not answer leaves the role given at once', async () => {
    const r = await receiver(() => 'hang');
    receivers.push(r);
    const g = await guildWithRole(bot);
    await g.add(r.url);
    const sent = Date.now();
    await vote(bot, g.guildId, g.voterId);
    await eventually(
      async () =>
        (await bot.db.rewardEffect.findFirst({ where: { guildId: g.guildId, kind: 'role' } }))?.status ===
        'done',
      5_000,
    );
    expect(Date.now() - sent).toBeLessThan(5_000);
    await eventually(() => r.received.length >= 1);
    expect(
      await bot.db.eventDelivery.count({ where: { event: { guildId: g.guildId }, status: 'delivered' } }),
    ).toBe(0);
  });
});

describe('outbound events without OUTBOUND_WEBHOOKS_ALLOW_PRIVATE', () => {
  let strict: TestBot;
  beforeAll(async () => {
    strict = await startTestBot();
  });
  afterAll(async () => {
    await strict?.close();
  });

  it('refuses endpoints in the host’s own or a private network, by address and by name', async () => {
    const g = await guildWithRole(strict);
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'https://10.0.0.5/hook',
      'https://[::1]/hook',
      'https://localhost./hook',
      'https://169.254.169.254/latest',
    ]) {
      const { text, secret } = await g.add(url);
      expect(secret, url).toBeUndefined();
      expect(text, url).toMatch(/Not saved: the URL (must start with https|points into a private network)/);
    }
    expect(await strict.db.eventEndpoint.count({ where: { guildId: g.guildId } })).toBe(0);
  });

  it('does not send to a name that resolves to a private address when it is delivered', async () => {
    // This machine's own name resolves to a loopback or private address (checked first).
    const name = hostname();
    expect(isPrivateAddress((await lookup(name)).address)).toBe(true);
    const r = await receiver();
    receivers.push(r);
    const g = await guildWithRole(strict);
    // Accepted by its URL (a public-looking name); the address is checked as the connection is made.
    const { secret } = await g.add(`https://${name}:${r.port}/rankly-events`);
    expect(secret).toMatch(/^whsec_/);
    await vote(strict, g.guildId, g.voterId);
    const delivery = await eventually(async () =>
      strict.db.eventDelivery.findFirst({
        where: { event: { guildId: g.guildId }, lastError: { not: null } },
      }),
    );
    expect(delivery.lastError).toContain('resolves to a private address');
    expect(r.received).toHaveLength(0);
  });
});
