import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits as P } from 'discord.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { decryptSecret } from '../src/secrets.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { chromiumPath, launchBrowser } from './support/browser.js';
import { logIn, shot, shots, startDashboardBot } from './support/dashboard.js';

/**
 * The web dashboard (issue 19) in a real headless Chromium, logged in
 * through the fake Discord's OAuth2: the login, the guild list, the
 * settings (a dangerous role refused), the secret rotation, the vote log,
 * a dead letter replayed, the export, logout, and the cross-guild and CSRF
 * attempts refused. With DASHBOARD_SCREENSHOTS=<dir> (the README's come
 * from `DASHBOARD_SCREENSHOTS=docs/screenshots`) the screenshots go there.
 */

const keyHex = randomBytes(32).toString('hex');
const adminId = snowflake();
const voterId = snowflake();
const guildId = snowflake(); // the user manages it, the bot is in it
const otherGuildId = snowflake(); // the bot is in it, the user has no Manage Server there
const strangerGuildId = snowflake(); // the bot is in it, the user is not a member
const noBotGuildId = snowflake(); // the user manages it, the bot is not in it
const adminsRoleId = snowflake();
const voterRoleId = snowflake();
const staffRoleId = snowflake();
const votesChannelId = snowflake();
const logChannelId = snowflake();

let bot: TestBot;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let base: string;

if (!chromiumPath)
  console.warn(
    'test/dashboard.test.ts: SKIPPED, no Chromium at /usr/bin/chromium (apt-get install chromium)',
  );

describe.skipIf(!chromiumPath)('the dashboard in a browser', () => {
  beforeAll(async () => {
    ({ bot, base } = await startDashboardBot({
      keyHex,
      env: { WEBHOOK_SECRET_GRACE_HOURS: '24' },
      guilds: [
        {
          id: guildId,
          name: 'Pixel Parlour',
          roles: [
            {
              id: adminsRoleId,
              name: 'Admins',
              position: 5,
              permissions: String(P.ManageGuild | P.ManageRoles),
            },
            { id: staffRoleId, name: 'Staff', position: 3, permissions: String(P.BanMembers) },
            { id: voterRoleId, name: 'Voter', position: 2 },
          ],
          members: [adminId, voterId],
          memberRoles: { [adminId]: [adminsRoleId] },
          channels: [votesChannelId, logChannelId],
        },
        { id: otherGuildId, name: 'Other Server', members: [adminId, voterId] },
        { id: strangerGuildId, name: 'Stranger Server', members: [voterId] },
      ],
    }));
    bot.fake.oauth.addUserGuild(adminId, {
      id: noBotGuildId,
      name: 'Bare Server',
      permissions: P.ManageGuild,
    });
    bot.fake.oauth.signIn(adminId);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('logs in with Discord (PKCE and state) into a server-side session behind an HttpOnly, SameSite=Lax cookie', async () => {
    await logIn(page, base, () => shot(page, 'dashboard-login'));
    await expect(page.getByRole('heading', { name: 'Your servers' }).isVisible()).resolves.toBe(true);

    const authorize = bot.fake.requests.find((r) => r.path === '/oauth2/token');
    expect(authorize?.status).toBe(200);
    const cookies = await browser.context.cookies(base);
    const session = cookies.find((c) => c.name === 'rankly_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    // Only the hash of the cookie is stored; the access token only encrypted.
    const row = await bot.db.dashboardSession.findFirstOrThrow({ where: { userId: adminId } });
    expect(row.idHash).toBe(
      createHash('sha256')
        .update(session?.value ?? '')
        .digest('hex'),
    );
    expect(row.idHash).not.toContain(session?.value ?? '');
    const token = decryptSecret(Buffer.from(keyHex, 'hex'), row.accessToken as Uint8Array);
    expect(token.length).toBeGreaterThan(10);
    // Never in any log line either (checked when the bot closes), nor the session cookie.
    bot.watchSecret('Discord access token', token);
    bot.watchSecret('dashboard session cookie', session?.value ?? '');
    expect(await page.content()).not.toContain(token);
    // The login is used up: the same callback URL again is refused.
    expect(await bot.db.dashboardLogin.count()).toBe(0);
  });

  it('lists the servers the user manages: with the bot to open, without it an invite link', async () => {
    await expect(page.getByRole('link', { name: 'Pixel Parlour' }).isVisible()).resolves.toBe(true);
    const invite = await page.getByRole('link', { name: 'Add the bot to Bare Server' }).getAttribute('href');
    const url = new URL(invite ?? '');
    expect(url.pathname).toBe('/oauth2/authorize');
    expect(url.searchParams.get('guild_id')).toBe(noBotGuildId);
    expect(BigInt(url.searchParams.get('permissions') ?? '0') & P.ManageRoles).toBe(P.ManageRoles);
    // No Manage Server there: not listed at all.
    expect(await page.content()).not.toContain('Other Server');
    await shot(page, 'dashboard-servers');
  });

  it('answers with security headers and a CSP without inline script', async () => {
    const response = await page.goto(`${base}/dashboard`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-store');
  });

  it('shows the status page with the /setup status checklist', async () => {
    await page.getByRole('link', { name: 'Pixel Parlour' }).click();
    await page.waitForURL(`${base}/dashboard/guilds/${guildId}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Test delivery: press Test Webhook in the Rankly dashboard');
    expect(text).toContain('Reward: choose one with /setup role or /setup currency.');
    await shot(page, 'dashboard-status');
  });

  it('refuses a reward role with staff powers, saving nothing, and saves a safe one', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    await page.getByRole('combobox', { name: /^Reward role/ }).selectOption(staffRoleId);
    await page.getByRole('button', { name: 'Save settings' }).click();
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('Not saved: @Staff has the Ban Members permission');
    await page.getByRole('alert').screenshot({ path: join(shots, 'dashboard-settings-refused.png') });
    expect((await bot.db.guildConfig.findUnique({ where: { guildId } }))?.rewardRoleId ?? null).toBeNull();

    await page.getByRole('combobox', { name: /^Reward role/ }).selectOption(voterRoleId);
    await page.getByLabel('Role duration').fill('2d');
    await page.getByLabel('Currency per vote').fill('25');
    await page.getByRole('combobox', { name: /^Announcement channel/ }).selectOption(votesChannelId);
    await page
      .getByRole('textbox', { name: /^DM text/ })
      .fill('Thanks for voting for {server}, {user}! You got {reward}.');
    // The live preview (a script file; the CSP allows no inline script) follows the typing...
    await page.getByRole('textbox', { name: /^Announcement text/ }).fill('Vote party for {user}!');
    await eventually(async () =>
      (await page.getByLabel('Announcement preview').innerText()).includes('Vote party for @user_'),
    );
    await page.getByRole('textbox', { name: /^Announcement text/ }).fill('');
    // ... and without JavaScript, the Preview button does the same.
    await page.getByRole('button', { name: 'Preview messages' }).click();
    expect(await page.getByLabel('DM preview').innerText()).toContain('Thanks for voting for Pixel Parlour');
    expect(await bot.db.guildConfig.findUnique({ where: { guildId } })).toBeNull();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    expect(await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).toMatchObject({
      rewardRoleId: voterRoleId,
      rewardRoleSeconds: 2 * 86_400,
      currencyAmount: 25,
      announceChannelId: votesChannelId,
      dmTemplate: 'Thanks for voting for {server}, {user}! You got {reward}.',
    });
    expect(await page.getByLabel('DM preview').innerText()).toContain('25 coins');
    await shot(page, 'dashboard-settings');
  });

  it('turns the public page on with its checkbox, then shows its URL; off again hides it', async () => {
    const publicUrl = `${base}/dashboard/public/${guildId}`;
    await page.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    expect(await page.getByRole('link', { name: publicUrl }).count()).toBe(0);
    await page.getByLabel("Show a public page of this server's leaderboards and vote counts").check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).publicPage).toBe(true);
    expect(await page.getByRole('link', { name: publicUrl }).getAttribute('href')).toBe(publicUrl);
    await page.getByLabel("Show a public page of this server's leaderboards and vote counts").uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).publicPage).toBe(false);
    expect(await page.getByRole('link', { name: publicUrl }).count()).toBe(0);
  });

  it('sets the vote link of the public page: only a rankly.live page, refused otherwise with nothing saved', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    const link = page.getByLabel(/^Vote link/);
    await link.fill('https://rankly.live.example.com/servers/x/vote');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Vote link must be a page of rankly.live');
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).voteUrl).toBeNull();
    // The refused value stays in the form, to be corrected.
    expect(await link.inputValue()).toBe('https://rankly.live.example.com/servers/x/vote');
    await link.fill('https://rankly.live/s/pixel-parlour');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).voteUrl).toBe(
      'https://rankly.live/s/pixel-parlour',
    );
    // Emptied: back to the default link.
    await page.getByLabel(/^Vote link/).fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).voteUrl).toBeNull();
  });

  it('sets streak protection and the language of DMs and announcements, the preview in that language', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    await page.getByLabel('Streak protection: forgive').check();
    await page.getByLabel('Language of DMs and announcements').selectOption({ label: 'Deutsch' });
    await page.getByRole('button', { name: 'Preview messages' }).click();
    // The guild's own DM text, its reward in German.
    expect(await page.getByLabel('DM preview').innerText()).toContain('für 2 Tage');
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).language).toBeNull();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    const saved = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    expect(saved).toMatchObject({ language: 'de', streakProtection: true });
    // Back to the server's language in Discord, protection off: both stored as /setup stores them.
    await page.getByLabel('Streak protection: forgive').uncheck();
    await page
      .getByLabel('Language of DMs and announcements')
      .selectOption({ label: 'The server’s language in Discord' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=1/);
    expect(await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).toMatchObject({
      language: null,
      streakProtection: false,
    });
  });

  let secret = '';
  it('makes and rotates the webhook secret, shown once, the old one working for the grace period', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/webhook`);
    await page.getByRole('button', { name: 'Make a secret' }).click();
    const first = (await page.locator('#new-secret').innerText()).trim();
    const stored = await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    expect(stored.webhookSecretHash).toBe(createHash('sha256').update(first).digest('hex'));
    await page.goto(`${base}/dashboard/guilds/${guildId}/webhook`);
    expect(await page.content()).not.toContain(first);
    await page.getByRole('button', { name: 'Rotate the secret' }).click();
    secret = (await page.locator('#new-secret').innerText()).trim();
    expect(secret).not.toBe(first);
    bot.watchSecret('first webhook secret', first);
    bot.watchSecret('rotated webhook secret', secret);
    await shot(page, 'dashboard-webhook');
    for (const auth of [first, secret]) {
      const response = await bot.post(
        `/webhook/votes/${guildId}`,
        votePayload({
          serverId: guildId,
          userId: voterId,
          timestamp: new Date(Date.now() - (auth === first ? 60_000 : 0)).toISOString(),
        }),
        { authorization: auth },
      );
      expect(response.status).toBe(200);
    }
  });

  it('shows the vote log newest first with each reward and its outcome, filterable by member', async () => {
    await eventually(
      async () => (await bot.db.vote.count({ where: { guildId, settledAt: { not: null } } })) === 2,
    );
    await page.goto(`${base}/dashboard/guilds/${guildId}/votes`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const newest = await rows.first().innerText();
    expect(newest).toContain(voterId);
    expect(newest).toMatch(/role @Voter: given/);
    expect(newest).toMatch(/currency 25: given/);
    await page.getByRole('textbox', { name: /^Member/ }).fill(adminId);
    await page.getByRole('button', { name: 'Filter' }).click();
    expect(await page.locator('main').innerText()).toContain('No votes from this member');
    await page.getByRole('textbox', { name: /^Member/ }).fill(voterId);
    await page.getByRole('button', { name: 'Filter' }).click();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await shot(page, 'dashboard-votes');
  });

  it('shows the votes chart, the voting patterns and the leaderboards', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/stats`);
    await page.getByRole('combobox', { name: /^Period/ }).selectOption('7d');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/period=7d/);
    const chart = page.getByRole('img', { name: /Votes per day in the last 7 days/ });
    await chart.waitFor();
    // Loaded and decoded: an SVG the CSP or a wrong type had refused would have no natural width.
    await eventually(() =>
      chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0),
    );
    await shot(page, 'dashboard-stats');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Unique voters');
    expect(await page.getByRole('region', { name: 'All time' }).innerText()).toContain(
      `${voterId} — 2 votes`,
    );
  });

  it('downloads the CSV export', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/votes`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^votes-${guildId}-all-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const lines = readFileSync((await download.path()) as string, 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('user_id,voted_at,credited,ad_blocker,denial_reason,rewards_granted');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(voterId);
  });

  it('replays a dead-lettered reward with the button', async () => {
    const vote = await bot.db.vote.create({
      data: {
        userId: voterId,
        guildId,
        votedAt: new Date(Date.now() - 3_600_000),
        creditsAwarded: true,
        adBlocker: false,
      },
    });
    const letter = await bot.db.deadLetter.create({
      data: {
        queue: 'vote.reward',
        data: { voteId: vote.id.toString() },
        reason: 'Discord answered 503 five times',
      },
    });
    await page.goto(`${base}/dashboard/guilds/${guildId}/rewards`);
    expect(await page.locator('main').innerText()).toContain('Discord answered 503 five times');
    await shot(page, 'dashboard-rewards');
    await page.getByRole('button', { name: /Replay 1 failed reward/ }).click();
    await page.waitForURL(/replayed=1/);
    expect(
      (await bot.db.deadLetter.findUniqueOrThrow({ where: { id: letter.id } })).replayedAt,
    ).not.toBeNull();
    await eventually(async () => (await bot.db.vote.findUniqueOrThrow({ where: { id: vote.id } })).settledAt);
    expect(
      await bot.db.rewardEffect.count({ where: { voteId: vote.id, status: 'done', kind: 'currency' } }),
    ).toBe(1);
  });

  it('refuses another guild by URL: no Manage Server there, not a member, or no bot', async () => {
    for (const [id, status, text] of [
      [otherGuildId, 403, 'You need the Manage Server permission'],
      [strangerGuildId, 403, 'You are not a member of this server'],
      [noBotGuildId, 404, 'The bot is not in this server'],
    ] as const) {
      for (const path of ['', '/settings', '/votes', '/export.csv']) {
        const response = await page.goto(`${base}/dashboard/guilds/${id}${path}`);
        expect(response?.status(), `${id}${path}`).toBe(status);
        expect(await page.locator('main').innerText()).toContain(text);
      }
    }
    // A forged form for the other guild, with this session's valid token, from the dashboard's origin.
    await page.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const forged = await page.request.post(`${base}/dashboard/guilds/${otherGuildId}/settings`, {
      headers: { origin: base },
      form: {
        _csrf: csrf,
        intent: 'save',
        rewardRoleId: '',
        currencyAmount: '999',
        currencyName: 'coins',
        adBlockerPercent: '50',
        denialPolicy: 'none',
        streakWindowHours: '36',
        milestoneBonus: '0',
        voteCooldownHours: '12',
        premiumVoteMultiplier: '1',
      },
    });
    expect(forged.status()).toBe(403);
    const rotate = await page.request.post(`${base}/dashboard/guilds/${otherGuildId}/webhook/rotate`, {
      headers: { origin: base },
      form: { _csrf: csrf },
    });
    expect(rotate.status()).toBe(403);
    expect(await bot.db.guildConfig.findUnique({ where: { guildId: otherGuildId } })).toBeNull();
  });

  it('refuses forms without the CSRF token or from another origin', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const attempt = (headers: Record<string, string>, token: string | undefined) =>
      page.request.post(`${base}/dashboard/guilds/${guildId}/webhook/rotate`, {
        headers,
        form: token === undefined ? {} : { _csrf: token },
      });
    const before = (await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).webhookSecretHash;
    expect((await attempt({ origin: base }, undefined)).status()).toBe(403);
    expect((await attempt({ origin: base }, `${csrf.slice(0, -1)}x`)).status()).toBe(403);
    expect((await attempt({ origin: 'http://evil.example' }, csrf)).status()).toBe(403);
    expect((await attempt({ referer: 'http://evil.example/page' }, csrf)).status()).toBe(403);
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).webhookSecretHash).toBe(
      before,
    );
    // The same request from the dashboard's own origin with the token works.
    expect((await attempt({ origin: base }, csrf)).status()).toBe(200);
  });

  it('is usable on a phone', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${base}/dashboard/guilds/${guildId}/settings`);
    const width = await phone.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await shot(phone, 'dashboard-phone-settings');
    await phone.close();
  });

  it('re-checks the permission on every change: Manage Server taken away in Discord refuses the next form', async () => {
    await page.goto(`${base}/dashboard/guilds/${guildId}/webhook`);
    bot.fake.updateRole(guildId, adminsRoleId, { permissions: P.ManageRoles });
    try {
      await page.getByRole('button', { name: 'Rotate the secret' }).click();
      expect(await page.locator('main').innerText()).toContain('You need the Manage Server permission');
      expect(await page.locator('#new-secret').count()).toBe(0);
    } finally {
      bot.fake.updateRole(guildId, adminsRoleId, { permissions: P.ManageGuild | P.ManageRoles });
    }
  });

  it('keeps sessions in Postgres: another process of the bot (a replica, or after a restart) knows the cookie', async () => {
    const replica = await startTestBot({
      sharing: bot,
      env: {
        RUN: 'web',
        PUBLIC_URL: base,
        DISCORD_CLIENT_ID: '1000000000000000001',
        DISCORD_CLIENT_SECRET: 'fake-client-secret',
        ENCRYPTION_KEY: keyHex,
      },
    });
    try {
      const cookie = (await browser.context.cookies(base)).find((c) => c.name === 'rankly_session');
      const res = await fetch(`${replica.url}/dashboard/guilds/${guildId}/votes`, {
        headers: { cookie: `rankly_session=${cookie?.value}` },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<h1>Vote log</h1>');
    } finally {
      await replica.close();
    }
  });

  it('logs out: the session row is deleted, the cookie opens nothing, the token is revoked', async () => {
    const cookie = (await browser.context.cookies(base)).find((c) => c.name === 'rankly_session');
    await page.goto(`${base}/dashboard`);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${base}/dashboard`);
    await expect(page.getByRole('link', { name: 'Log in with Discord' }).isVisible()).resolves.toBe(true);
    expect(await bot.db.dashboardSession.count()).toBe(0);
    expect(bot.fake.oauth.liveTokens()).toBe(0);
    const replayed = await fetch(`${base}/dashboard/guilds/${guildId}`, {
      headers: { cookie: `rankly_session=${cookie?.value}` },
      redirect: 'manual',
    });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toBe('/dashboard');
  });

  it('refuses a callback that this browser did not start', async () => {
    const response = await page.goto(`${base}/dashboard/callback?code=stolen&state=guessed`);
    expect(response?.status()).toBe(400);
    expect(await page.locator('main').innerText()).toContain('not from this browser');
    expect(await bot.db.dashboardSession.count()).toBe(0);
  });

  it('lets the operator revoke every session of a user (cli dashboard revoke)', async () => {
    await page.goto(`${base}/dashboard/login`);
    await page.waitForURL(`${base}/dashboard`);
    expect(await bot.db.dashboardSession.count({ where: { userId: adminId } })).toBe(1);
    let out = '';
    const code = await runCli(['dashboard', 'revoke', '--user', adminId], {
      env: { DATABASE_URL: bot.databaseUrl },
      out: (text) => {
        out += text;
      },
      err: () => {},
    });
    expect(code).toBe(0);
    expect(out).toBe(`1 dashboard session of ${adminId} ended\n`);
    await page.goto(`${base}/dashboard/guilds/${guildId}`);
    await page.waitForURL(`${base}/dashboard`);
    await expect(page.getByRole('link', { name: 'Log in with Discord' }).isVisible()).resolves.toBe(true);
  });
});
