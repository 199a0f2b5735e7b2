import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits as P } from 'discord.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret } from '../src/secrets.js';
import { snowflake, type TestBot } from './support/bot.js';
import { chromiumPath, launchBrowser } from './support/browser.js';
import { logIn, shot, startDashboardBot } from './support/dashboard.js';
import { type FakeUnbelievaBoat, startFakeUnbelievaBoat } from './support/fake-unbelievaboat.js';

/**
 * The dashboard's Integrations page (issue 19 point 3) in a real headless
 * Chromium, against a local fake of UnbelievaBoat: the economy turned on
 * through the same check as /setup economy (a bad token refused with its
 * sentence, nothing saved), the token never written back into any page,
 * turned off; event endpoints added (the signing secret shown once, on an
 * answer never cached), a private one refused with its reason, removed;
 * and a POST without the CSRF token refused.
 */
const keyHex = randomBytes(32).toString('hex');
const adminId = snowflake();
const guildId = snowflake();
const adminsRoleId = snowflake();

let bot: TestBot;
let ub: FakeUnbelievaBoat;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let base: string;
let integrations: string;

if (!chromiumPath)
  console.warn(
    'test/dashboard-integrations.test.ts: SKIPPED, no Chromium at /usr/bin/chromium (apt-get install chromium)',
  );

describe.skipIf(!chromiumPath)('the dashboard Integrations page', () => {
  beforeAll(async () => {
    ub = await startFakeUnbelievaBoat();
    ({ bot, base } = await startDashboardBot({
      keyHex,
      env: { UNBELIEVABOAT_API_URL: ub.url },
      guilds: [
        {
          id: guildId,
          name: 'Pixel Parlour',
          roles: [{ id: adminsRoleId, name: 'Admins', position: 5, permissions: String(P.ManageGuild) }],
          members: [adminId],
          memberRoles: { [adminId]: [adminsRoleId] },
        },
      ],
    }));
    integrations = `${base}/dashboard/guilds/${guildId}/integrations`;
    bot.fake.oauth.signIn(adminId);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    await ub?.close();
  });

  const main = () => page.locator('main').innerText();
  const storedToken = async () =>
    (await bot.db.guildConfig.findUnique({ where: { guildId } }))?.economyToken ?? null;
  /** Turns the economy on through the page's form. */
  const turnOn = async (token: string, balance: 'cash' | 'bank', mode: 'instead' | 'also') => {
    await page.getByLabel(/^UnbelievaBoat API token/).fill(token);
    await page.getByLabel('Pay into').selectOption(balance);
    await page.getByLabel('Mode').selectOption(mode);
    await page.getByRole('button', { name: /^Check the token and/ }).click();
  };

  it('logs in and opens Integrations from the server navigation', async () => {
    await logIn(page, base);
    await page.getByRole('link', { name: 'Pixel Parlour' }).click();
    await page
      .getByRole('navigation', { name: 'Server pages' })
      .getByRole('link', { name: 'Integrations' })
      .click();
    await page.waitForURL(integrations);
    await expect(page.getByRole('heading', { name: 'Integrations', level: 1 }).isVisible()).resolves.toBe(
      true,
    );
    const text = await main();
    expect(text).toContain('Off: no token is set');
    expect(text).toContain('No endpoint receives this server’s events.');
    await expect(page.getByLabel(/^UnbelievaBoat API token/).getAttribute('type')).resolves.toBe('password');
    await expect(page.getByLabel(/^UnbelievaBoat API token/).getAttribute('autocomplete')).resolves.toBe(
      'off',
    );
  });

  it('refuses a bad token with /setup economy’s 401 sentence, saving nothing and not echoing it', async () => {
    const bad = `ub-${randomBytes(16).toString('hex')}`;
    bot.watchSecret('bad UnbelievaBoat token', bad);
    await turnOn(bad, 'bank', 'also');
    expect(await page.getByRole('alert').innerText()).toContain(
      'UnbelievaBoat refused this token (401): copy it again from https://unbelievaboat.com/applications. Nothing was saved.',
    );
    expect(await page.content()).not.toContain(bad);
    // Asked for real, and the form's choices kept, its token not.
    expect(ub.requests.some((r) => r.authorization === bad && r.status === 401)).toBe(true);
    await expect(page.getByLabel(/^UnbelievaBoat API token/).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Pay into').inputValue()).resolves.toBe('bank');
    expect(await storedToken()).toBeNull();
    expect(await main()).toContain('Off: no token is set');
  });

  it('turns the economy on with a good token: "set", stored encrypted, never shown', async () => {
    const token = `ub-${randomBytes(16).toString('hex')}`;
    ub.addToken(token, [guildId]);
    bot.watchSecret('UnbelievaBoat token', token);
    await turnOn(token, 'bank', 'also');
    await page.waitForURL(/done=economy-on/);
    const text = await main();
    expect(await page.getByRole('status').innerText()).toContain('UnbelievaBoat bank');
    expect(text).toContain('On: a token is set');
    expect(text).toContain('Bank balance');
    expect(text).toContain('as well as the built-in balance');
    expect(await page.content()).not.toContain(token);
    await expect(page.getByLabel(/^UnbelievaBoat API token/).inputValue()).resolves.toBe('');

    const stored = await storedToken();
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored ?? []).includes(Buffer.from(token))).toBe(false);
    expect(decryptSecret(Buffer.from(keyHex, 'hex'), Buffer.from(stored ?? []))).toBe(token);
    const config = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    expect(config).toMatchObject({ economyBalance: 'bank', economyMode: 'also' });
  });

  it('shows how the payments stand, with the last problem quoted', async () => {
    const now = new Date();
    for (const [status, detail] of [
      ['done', null],
      ['done', null],
      ['unknown', 'no answer from UnbelievaBoat (ECONNRESET: socket hang up)'],
    ] as const) {
      const vote = await bot.db.vote.create({
        data: {
          userId: snowflake(),
          guildId,
          votedAt: now,
          creditsAwarded: true,
          adBlocker: false,
          plannedAt: now,
          settledAt: now,
          counted: true,
        },
      });
      await bot.db.rewardEffect.create({
        data: { voteId: vote.id, guildId, userId: vote.userId, kind: 'economy', status, amount: 10, detail },
      });
    }
    await page.goto(integrations);
    const payments = await page.getByRole('definition').allInnerTexts();
    expect(await page.locator('dl[aria-label="UnbelievaBoat payments"]').innerText()).toMatch(
      /Paid\s+2\s+Pending\s+0\s+Failed\s+0\s+Unknown outcome\s+1/,
    );
    expect(payments).toContain('no answer from UnbelievaBoat (ECONNRESET: socket hang up)');
  });

  it('adds an endpoint: the secret shown once, on an answer never cached; a reload does not show it', async () => {
    const endpoint = 'https://hooks.example.com/rankly';
    await page.getByLabel(/^Endpoint URL/).fill(endpoint);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${integrations}/events` && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Add endpoint' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['cache-control']).toBe('no-store');
    const { secret } = await bot.db.eventEndpoint.findFirstOrThrow({ where: { guildId, url: endpoint } });
    bot.watchSecret('event signing secret', secret);
    await expect(page.locator('code#new-secret').innerText()).resolves.toBe(secret);
    expect(await page.getByRole('status').innerText()).toContain('Copy it now, it will not be shown again.');
    expect(await page.getByRole('table', { name: 'Event endpoints' }).innerText()).toContain(endpoint);
    await shot(page, 'dashboard-integrations');

    await page.goto(integrations);
    expect(await page.content()).not.toContain(secret);
    expect(await page.getByRole('table', { name: 'Event endpoints' }).innerText()).toContain(endpoint);
  });

  it('refuses a private or plain-http endpoint with the reason, saving nothing', async () => {
    for (const [endpoint, reason] of [
      ['http://hooks.example.com/rankly', 'Not saved: the URL must start with https://.'],
      ['https://10.0.0.7/rankly', 'Not saved: the URL points into a private network'],
    ] as const) {
      await page.getByLabel(/^Endpoint URL/).fill(endpoint);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${integrations}/events`),
        page.getByRole('button', { name: 'Add endpoint' }).click(),
      ]);
      expect(answer.status()).toBe(400);
      expect(await page.getByRole('alert').innerText()).toContain(reason);
      await expect(page.getByLabel(/^Endpoint URL/).inputValue()).resolves.toBe(endpoint);
      await expect(page.locator('code#new-secret').count()).resolves.toBe(0);
    }
    expect(await bot.db.eventEndpoint.count({ where: { guildId } })).toBe(1);
  });

  it('sends failed deliveries again, with the count as its notice', async () => {
    const endpoint = await bot.db.eventEndpoint.findFirstOrThrow({ where: { guildId } });
    const event = await bot.db.outboundEvent.create({
      data: {
        id: `msg_${randomBytes(8).toString('hex')}`,
        guildId,
        type: 'vote.received',
        body: { type: 'vote.received', timestamp: new Date().toISOString(), data: {} },
      },
    });
    await bot.db.eventDelivery.create({
      data: { eventId: event.id, endpointId: endpoint.id, status: 'failed', lastError: 'HTTP 500' },
    });
    await page.goto(integrations);
    // The endpoint's last answer, quoted as it came.
    await expect(page.getByRole('table', { name: 'Event endpoints' }).locator('q').innerText()).resolves.toBe(
      'HTTP 500',
    );
    await page.getByRole('button', { name: 'Send failed deliveries again' }).click();
    await page.waitForURL(/done=replayed&n=1/);
    // The count replayFailedEvents gave; the delivery itself is the worker's (test/outbound-events.test.ts).
    expect(await page.getByRole('status').innerText()).toContain('1 failed delivery is being sent again');
  });

  it('removes an endpoint', async () => {
    await page.getByRole('button', { name: 'Remove https://hooks.example.com/rankly' }).click();
    await page.waitForURL(/done=endpoint-removed/);
    expect(await page.getByRole('status').innerText()).toContain('no longer receives events');
    expect(await main()).toContain('No endpoint receives this server’s events.');
    expect(await bot.db.eventEndpoint.count({ where: { guildId } })).toBe(0);
  });

  it('turns the economy off: the token is deleted', async () => {
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.waitForURL(/done=economy-off/);
    expect(await page.getByRole('status').innerText()).toContain('its token is deleted');
    expect(await main()).toContain('Off: no token is set');
    expect(await storedToken()).toBeNull();
  });

  it('refuses a POST without the CSRF token (403), saving nothing', async () => {
    const res = await page.request.post(`${integrations}/events`, {
      headers: { origin: base },
      form: { url: 'https://hooks.example.com/forged' },
    });
    expect(res.status()).toBe(403);
    const off = await page.request.post(`${integrations}/economy`, {
      headers: { origin: base },
      form: { token: 'forged', balance: 'cash', mode: 'instead' },
    });
    expect(off.status()).toBe(403);
    expect(await bot.db.eventEndpoint.count({ where: { guildId } })).toBe(0);
    expect(ub.requests.some((r) => r.authorization === 'forged')).toBe(false);
  });
});
