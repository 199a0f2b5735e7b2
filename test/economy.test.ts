import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/client.js';
import { exportVotesCsv } from '../src/db/vote-export.js';
import type { DiscordActions } from '../src/discord/actions.js';
import { type EffectStatus, openStatuses } from '../src/domain/effects.js';
import { payEconomyOnce } from '../src/jobs/economy-pay.js';
import { type LedgerTable, RetryLaterError } from '../src/jobs/effects.js';
import { createLogger } from '../src/log.js';
import { decryptSecret, encryptSecret, UndecryptableSecret } from '../src/secrets.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type FakeUnbelievaBoat, startFakeUnbelievaBoat } from './support/fake-unbelievaboat.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * UnbelievaBoat economy (issue 21, point 1), through the whole bot and a
 * fake of UnbelievaBoat's API: vote currency paid into cash or bank, at
 * most once (an answer lost is never repeated), retried when it surely did
 * not arrive, and the token stored encrypted, never shown or logged.
 */
const keyHex = randomBytes(32).toString('hex');
let bot: TestBot;
let ub: FakeUnbelievaBoat;
beforeAll(async () => {
  ub = await startFakeUnbelievaBoat();
  bot = await startTestBot({ env: { ENCRYPTION_KEY: keyHex, UNBELIEVABOAT_API_URL: ub.url } });
});
afterAll(async () => {
  await bot?.close();
  await ub?.close();
});

async function guild(b: TestBot, opts: { milestoneEvery?: number; milestoneBonus?: number } = {}) {
  const guildId = snowflake();
  const adminId = snowflake();
  const voterId = snowflake();
  const logChannelId = snowflake();
  b.fake.addGuild({ id: guildId, roles: [], members: [adminId, voterId], channels: [logChannelId] });
  await b.db.guildConfig.create({
    data: { guildId, currencyAmount: 10, dmEnabled: false, logChannelId, ...opts },
  });
  await eventually(() => b.discord?.client.guilds.cache.has(guildId));
  const setup = async (name: string, options: CommandOption[]) => {
    const { data } = await sendSlashCommand(b.fake, {
      name: 'setup',
      options: subcommand(name, options),
      guildId,
      channelId: snowflake(),
      userId: adminId,
      member: { roles: [], permissions: P.ManageGuild },
    });
    return replyText(data);
  };
  const economy = (token: string | undefined, more: Record<string, string> = {}) =>
    setup('economy', [
      { type: 3, name: 'provider', value: 'unbelievaboat' },
      ...(token ? [{ type: 3, name: 'token', value: token }] : []),
      ...Object.entries(more).map(([name, value]) => ({ type: 3, name, value })),
    ]);
  const vote = async (userId = voterId) => {
    const res = await b.post('/webhook/votes', votePayload({ serverId: guildId, userId }));
    expect(res.status).toBe(200);
  };
  /** The voter's economy ledger rows, once none is still to do. */
  const settled = () =>
    eventually(async () => {
      const rows = await b.db.rewardEffect.findMany({ where: { guildId, kind: 'economy' } });
      return rows.length > 0 && rows.every((r) => !openStatuses.includes(r.status)) && rows;
    }, 20_000);
  const patches = () =>
    ub.requests.filter((r) => r.method === 'PATCH' && r.path.includes(`/guilds/${guildId}/`));
  /** What the bot posted in the guild's log channel. */
  const logPosts = () =>
    b.fake.requests
      .filter((r) => r.method === 'POST' && r.path === `/channels/${logChannelId}/messages`)
      .map((r) => String((r.body as { content?: string }).content));
  return { guildId, adminId, voterId, setup, economy, vote, settled, patches, logPosts };
}

/** A fresh token authorized for `guildId`, watched for in the bot's logs. */
function tokenFor(guildId: string): string {
  const token = `ub-${randomBytes(16).toString('hex')}`;
  ub.addToken(token, [guildId]);
  bot.watchSecret('UnbelievaBoat token', token);
  return token;
}

describe('UnbelievaBoat economy', () => {
  it('pays vote currency once into cash, instead of the built-in balance; the token is stored encrypted', async () => {
    const g = await guild(bot);
    const token = tokenFor(g.guildId);
    const reply = await g.economy(token);
    expect(reply).toContain('UnbelievaBoat **cash**');
    expect(reply).toContain('will not be shown again');
    expect(reply).not.toContain(token);

    const config = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId: g.guildId } });
    const stored = Buffer.from(config.economyToken ?? []);
    expect(stored.length).toBeGreaterThan(28);
    expect(stored.includes(Buffer.from(token))).toBe(false);
    const [row] = await bot.db.$queryRaw<{ t: string }[]>`
      SELECT encode(economy_token, 'escape') AS t FROM guild_config WHERE guild_id = ${g.guildId}`;
    expect(row?.t).not.toContain(token);
    expect(decryptSecret(Buffer.from(keyHex, 'hex'), stored)).toBe(token);

    await g.vote();
    const [paid] = await g.settled();
    expect(paid).toMatchObject({ status: 'done', amount: 10 });
    expect(ub.balance(g.guildId, g.voterId)).toEqual({ cash: 10, bank: 0 });
    expect(g.patches()).toHaveLength(1);
    expect(g.patches()[0]?.authorization).toBe(token);
    // Instead of the built-in balance: neither its row nor its balance.
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: g.guildId, userId: g.voterId } },
    });
    expect(member.balance).toBe(0n);
    expect(await bot.db.rewardEffect.count({ where: { guildId: g.guildId, kind: 'currency' } })).toBe(0);
    const status = await g.setup('status', []);
    expect(status).toContain('Vote currency: UnbelievaBoat cash, instead of the built-in balance');
    expect(status).toContain('1 paid');
    // The vote export lists the payment with its amount.
    let csv = '';
    await exportVotesCsv(bot.db, { guildId: g.guildId, period: 'all', now: new Date() }, (chunk) => {
      csv += chunk;
      return true;
    });
    expect(csv).toContain('economy:10');
  });

  it('pays into bank as well as the built-in balance when chosen', async () => {
    const g = await guild(bot);
    await g.economy(tokenFor(g.guildId), { balance: 'bank', mode: 'also' });
    await g.vote();
    await g.settled();
    expect(ub.balance(g.guildId, g.voterId)).toEqual({ cash: 0, bank: 10 });
    const member = await bot.db.member.findUniqueOrThrow({
      where: { guildId_userId: { guildId: g.guildId, userId: g.voterId } },
    });
    expect(member.balance).toBe(10n);
  });

  it('never repeats a payment whose answer was lost: recorded unknown, shown in /setup status', async () => {
    const g = await guild(bot);
    await g.economy(tokenFor(g.guildId));
    ub.faultNext('lose-answer');
    await g.vote();
    const [row] = await g.settled();
    expect(row?.status).toBe('unknown');
    expect(row?.detail).toContain('not paid again');
    // The change was applied once by UnbelievaBoat; give the job's retries time, then /setup replay too.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await g.setup('replay', [])).toBeTruthy();
    await new Promise((r) => setTimeout(r, 1000));
    expect(g.patches()).toHaveLength(1);
    expect(ub.balance(g.guildId, g.voterId)).toEqual({ cash: 10, bank: 0 });
    const status = await g.setup('status', []);
    expect(status).toContain('not given: 1 (1 unknown outcome, never repeated)');
    expect(status).toContain('Last problem: no answer from UnbelievaBoat');
    // The vote log (the log channel) names the payment for an admin to check.
    await eventually(() => g.logPosts().length === 1);
    expect(g.logPosts()[0]).toContain(`paying 10 into <@${g.voterId}>'s UnbelievaBoat cash got no answer`);
  });

  it('pays a streak bonus with the vote currency, in one payment', async () => {
    const g = await guild(bot, { milestoneEvery: 1, milestoneBonus: 5 });
    await g.economy(tokenFor(g.guildId));
    await g.vote();
    const [row] = await g.settled();
    expect(row).toMatchObject({ status: 'done', amount: 15 });
    expect(ub.balance(g.guildId, g.voterId).cash).toBe(15);
    expect(g.patches()).toHaveLength(1);
  });

  it('records a payment UnbelievaBoat refuses as failed, tells the log channel, and /setup replay pays it once fixed', async () => {
    const g = await guild(bot);
    const token = tokenFor(g.guildId);
    await g.economy(token);
    ub.revokeToken(token);
    await g.vote();
    const [row] = await g.settled();
    expect(row?.status).toBe('failed');
    expect(row?.detail).toContain('refused the token (401)');
    await eventually(() => g.logPosts().length === 1);
    expect(g.logPosts()[0]).toContain('I could not pay vote currency into UnbelievaBoat');
    ub.addToken(token, [g.guildId]);
    expect(await g.setup('replay', [])).toContain('1');
    await eventually(() => ub.balance(g.guildId, g.voterId).cash === 10, 15_000);
    expect(g.patches().map((p) => p.status)).toEqual([401, 200]);
  });

  it('waits out a 429 for its retry_after, then pays once', async () => {
    const g = await guild(bot);
    await g.economy(tokenFor(g.guildId));
    ub.faultNext({ rateLimitMs: 1200 });
    await g.vote();
    const [row] = await g.settled();
    expect(row?.status).toBe('done');
    const [limited, paid] = g.patches();
    expect(limited?.status).toBe(429);
    expect(paid?.status).toBe(200);
    expect((paid?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1150);
    expect(g.patches()).toHaveLength(2);
    expect(ub.balance(g.guildId, g.voterId).cash).toBe(10);
  });

  it('retries when the connection was refused or the API answered 503 unread, and pays once', async () => {
    const g = await guild(bot);
    await g.economy(tokenFor(g.guildId));
    await ub.refuseFor(700);
    await g.vote();
    const [row] = await g.settled();
    expect(row?.status).toBe('done');
    expect(ub.balance(g.guildId, g.voterId).cash).toBe(10);
    expect(bot.logText()).toContain('could not connect to UnbelievaBoat (ECONNREFUSED');

    // Another voter: a second vote inside the cooldown would earn nothing.
    const second = snowflake();
    ub.faultNext('unavailable');
    await g.vote(second);
    await eventually(() => ub.balance(g.guildId, second).cash === 10, 20_000);
    expect(g.patches().map((p) => p.status)).toEqual([200, 503, 200]);
    expect(ub.applied()).toBeGreaterThan(0);
  });

  it('refuses a bad token, or one not authorized for the server, and saves nothing', async () => {
    const g = await guild(bot);
    const bad = `ub-${randomBytes(8).toString('hex')}`;
    bot.watchSecret('bad token', bad);
    const r401 = await g.economy(bad);
    expect(r401).toContain('refused this token (401)');
    expect(r401).not.toContain(bad);
    const elsewhere = tokenFor(snowflake());
    const r403 = await g.economy(elsewhere);
    expect(r403).toContain('not authorized for this server (403)');
    expect(r403).toContain('Authorize');
    const config = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId: g.guildId } });
    expect(config.economyToken).toBeNull();
    expect(await g.economy(undefined)).toContain('token:');
  });

  it('turns off: the token is deleted and votes go to the built-in balance', async () => {
    const g = await guild(bot);
    await g.economy(tokenFor(g.guildId));
    expect(await g.setup('economy', [{ type: 3, name: 'provider', value: 'off' }])).toContain(
      'token is deleted',
    );
    const config = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId: g.guildId } });
    expect(config.economyToken).toBeNull();
    await g.vote();
    await eventually(
      async () =>
        (
          await bot.db.member.findUnique({
            where: { guildId_userId: { guildId: g.guildId, userId: g.voterId } },
          })
        )?.balance === 10n,
    );
    expect(g.patches()).toHaveLength(0);
  });
});

describe('UnbelievaBoat economy without ENCRYPTION_KEY', () => {
  let plain: TestBot;
  beforeAll(async () => {
    plain = await startTestBot({ env: { UNBELIEVABOAT_API_URL: ub.url } });
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('refuses /setup economy and says what the operator must set', async () => {
    const g = await guild(plain);
    const token = `ub-${randomBytes(8).toString('hex')}`;
    ub.addToken(token, [g.guildId]);
    const reply = await g.economy(token);
    expect(reply).toContain('ENCRYPTION_KEY');
    expect(reply).toContain('Nothing was saved');
    expect(ub.requests.some((r) => r.authorization === token)).toBe(false);
    const status = await g.setup('status', []);
    expect(status).toContain('Vote currency: the built-in balance');
  });
});

describe('the encryption of stored tokens', () => {
  it('takes ENCRYPTION_KEY as 32 bytes of hex or base64, and names the rule, never the value, otherwise', () => {
    const key = randomBytes(32);
    expect(loadConfig({ ENCRYPTION_KEY: key.toString('hex') }).ENCRYPTION_KEY).toEqual(key);
    expect(loadConfig({ ENCRYPTION_KEY: key.toString('base64') }).ENCRYPTION_KEY).toEqual(key);
    const short = randomBytes(16).toString('hex');
    expect(() => loadConfig({ ENCRYPTION_KEY: short })).toThrow(/ENCRYPTION_KEY: must be 32 bytes/);
    try {
      loadConfig({ ENCRYPTION_KEY: short });
    } catch (err) {
      expect(String(err)).not.toContain(short);
    }
  });

  it('refuses a stored token read with another key, or changed', () => {
    const key = randomBytes(32);
    const stored = encryptSecret(key, 'a-token');
    expect(decryptSecret(key, stored)).toBe('a-token');
    expect(() => decryptSecret(randomBytes(32), stored)).toThrow(UndecryptableSecret);
    const changed = Buffer.from(stored);
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    expect(() => decryptSecret(key, changed)).toThrow(UndecryptableSecret);
    // A fresh IV each time: the same token never encrypts to the same bytes.
    expect(Buffer.from(encryptSecret(key, 'a-token')).equals(Buffer.from(stored))).toBe(false);
  });
});

describe('a 429 longer than the job waits', () => {
  it('is not called again before its retry_after, however soon the queue retries', async () => {
    const key = randomBytes(32);
    const guildId = snowflake();
    const userId = snowflake();
    const token = `ub-${randomBytes(8).toString('hex')}`;
    ub.addToken(token, [guildId]);
    // One ledger row and the guild's config, in memory: the ledger's two calls and the facts update.
    const row = {
      id: 1n,
      kind: 'economy',
      status: 'planned' as EffectStatus,
      userId,
      guildId,
      amount: 10,
      facts: { balance: 'cash' } as unknown,
      updatedAt: new Date(),
    };
    const table: LedgerTable = {
      noncePrefix: 'r',
      record: async (_id, status) => {
        row.status = status;
      },
      claim: async () => {
        if (row.status !== 'planned') return false;
        row.status = 'sending';
        return true;
      },
    };
    const db = {
      guildConfig: { findUnique: async () => ({ economyToken: encryptSecret(key, token) }) },
      rewardEffect: {
        update: async ({ data }: { data: { facts: unknown } }) => {
          row.facts = data.facts;
        },
      },
    } as unknown as Db;
    const deps = {
      db,
      discord: {} as DiscordActions,
      log: createLogger({ level: 'silent', pretty: false }),
      now: () => new Date(),
      economy: { apiUrl: ub.url, key, maxInlineWaitMs: 0 },
    };
    const patches = () => ub.requests.filter((r) => r.method === 'PATCH' && r.path.includes(guildId));
    ub.faultNext({ rateLimitMs: 800 });
    await expect(payEconomyOnce(deps, table, { ...row })).rejects.toThrow(RetryLaterError);
    expect(row.status).toBe('planned');
    expect((row.facts as { notBefore?: string }).notBefore).toBeTruthy();
    // The queue's retry comes early: nothing is sent.
    await expect(payEconomyOnce(deps, table, { ...row })).rejects.toThrow(
      /rate limited by UnbelievaBoat until/,
    );
    expect(patches()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 850));
    expect(await payEconomyOnce(deps, table, { ...row })).toBe('done');
    expect(patches().map((p) => p.status)).toEqual([429, 200]);
    expect(ub.balance(guildId, userId).cash).toBe(10);
  });
});
