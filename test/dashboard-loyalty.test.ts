import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits as P } from 'discord.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuildConfig } from '../src/db/generated/client.js';
import { listShopItems } from '../src/db/shop-items.js';
import { listTiers } from '../src/db/tiers.js';
import { snowflake, type TestBot } from './support/bot.js';
import { chromiumPath, launchBrowser } from './support/browser.js';
import { logIn, shot, startDashboardBot } from './support/dashboard.js';

/**
 * The dashboard's Loyalty page (issue 19 point 3) in a real headless
 * Chromium: vote tiers, shop items, the community goal and the monthly
 * champions changed through the same db modules and role rule as /setup
 * tier, shop, goal and champions, a dangerous role refused with the rule's
 * reason and nothing saved, and a POST without the CSRF token refused.
 */
const keyHex = randomBytes(32).toString('hex');
const adminId = snowflake();
const guildId = snowflake();
const adminsRoleId = snowflake();
const bronzeRoleId = snowflake();
const vipRoleId = snowflake();
const modsRoleId = snowflake(); // Manage Roles: staff powers
const topRoleId = snowflake(); // position 12, above the bot's (10)

let bot: TestBot;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let base: string;

if (!chromiumPath)
  console.warn(
    'test/dashboard-loyalty.test.ts: SKIPPED, no Chromium at /usr/bin/chromium (apt-get install chromium)',
  );

describe.skipIf(!chromiumPath)('the dashboard Loyalty page', () => {
  beforeAll(async () => {
    ({ bot, base } = await startDashboardBot({
      keyHex,
      guilds: [
        {
          id: guildId,
          name: 'Pixel Parlour',
          // The owner: no "below your highest role" rule, so the bot's own place is what refuses Top.
          ownerId: adminId,
          roles: [
            { id: topRoleId, name: 'Top', position: 12 },
            {
              id: adminsRoleId,
              name: 'Admins',
              position: 5,
              permissions: String(P.ManageGuild | P.ManageRoles),
            },
            { id: modsRoleId, name: 'Mods', position: 4, permissions: String(P.ManageRoles) },
            { id: bronzeRoleId, name: 'Bronze', position: 2 },
            { id: vipRoleId, name: 'VIP', position: 1 },
          ],
          members: [adminId],
          memberRoles: { [adminId]: [adminsRoleId] },
        },
      ],
    }));
    bot.fake.oauth.signIn(adminId);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const tierRole = () => page.getByRole('combobox', { name: /^Tier role/ });

  it('logs in and opens Loyalty from the server navigation', async () => {
    await logIn(page, base);
    await page.getByRole('link', { name: 'Pixel Parlour' }).click();
    await page
      .getByRole('navigation', { name: 'Server pages' })
      .getByRole('link', { name: 'Loyalty' })
      .click();
    await page.waitForURL(`${base}/dashboard/guilds/${guildId}/loyalty`);
    await expect(page.getByRole('heading', { name: 'Loyalty', level: 1 }).isVisible()).resolves.toBe(true);
    expect(await page.locator('main').innerText()).toContain('This server has no vote tiers yet.');
  });

  it('adds a tier with a safe role: listed, and saved as /setup tier list reads it', async () => {
    await page.getByLabel(/^Votes/).fill('5');
    await page.getByLabel('Which votes count').selectOption('streak');
    await tierRole().selectOption(bronzeRoleId);
    await page.getByRole('button', { name: 'Add tier' }).click();
    await page.waitForURL(/done=tier-added/);
    const table = await page.getByRole('table', { name: 'Vote tiers' }).innerText();
    expect(table).toContain('@Bronze');
    expect(table).toContain('votes in a row');
    expect(await listTiers(bot.db, guildId)).toEqual([{ roleId: bronzeRoleId, votes: 5, counts: 'streak' }]);
  });

  it('refuses a role with staff powers or above the bot’s, with the rule’s reason, saving nothing', async () => {
    for (const [roleId, reason] of [
      [modsRoleId, 'Not saved: @Mods has the Manage Roles permission'],
      [topRoleId, 'Not saved: @Top is above (or equal to) my highest role'],
    ] as const) {
      await page.getByLabel(/^Votes/).fill('10');
      await tierRole().selectOption(roleId);
      await page.getByRole('button', { name: 'Add tier' }).click();
      expect(await page.getByRole('alert').innerText()).toContain(reason);
    }
    expect(await listTiers(bot.db, guildId)).toHaveLength(1);
  });

  it('changes the mode to stack', async () => {
    await page.getByRole('radio', { name: /Stack:/ }).check();
    await page.getByRole('button', { name: 'Save mode' }).click();
    await page.waitForURL(/done=mode-stack/);
    expect(await page.getByRole('status').innerText()).toContain('keep every tier role they reach');
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).tierStack).toBe(true);
    await expect(page.getByRole('radio', { name: /Stack:/ }).isChecked()).resolves.toBe(true);
  });

  const goalRow = () => bot.db.communityGoal.findUnique({ where: { guildId } });
  const config = () => bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } });

  it('sets a community goal with a role: saved as /setup goal saves it, its progress shown', async () => {
    await page.getByLabel(/^Goal votes/).fill('50');
    await page.getByLabel('Goal period').selectOption('week');
    await page.getByRole('combobox', { name: /^Goal reward role/ }).selectOption(vipRoleId);
    await page.getByLabel(/^Goal coins/).fill('20');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.waitForURL(/done=goal-saved/);
    expect(await page.getByRole('status').innerText()).toContain(
      'The community goal is now 50 votes each week (UTC); when it is reached, everyone who voted in that week gets 20 coins and @VIP for 7 days.',
    );
    // The duration left empty: the role is kept goalLimits.defaultRoleSeconds, as by the command.
    expect(await goalRow()).toMatchObject({
      votes: 50,
      period: 'week',
      rewardRoleId: vipRoleId,
      rewardRoleSeconds: 7 * 86_400,
      rewardCoins: 20,
    });
    expect(await page.locator('main').innerText()).toContain('0 / 50 votes this week');
    // The form shows the goal in effect.
    await expect(page.getByLabel(/^Goal role duration/).inputValue()).resolves.toBe('7d');
  });

  it('refuses a goal role above the bot’s, and a bad duration first, saving nothing', async () => {
    await page.getByLabel(/^Goal votes/).fill('80');
    await page.getByRole('combobox', { name: /^Goal reward role/ }).selectOption(topRoleId);
    await page.getByRole('button', { name: 'Save goal' }).click();
    expect(await page.getByRole('alert').innerText()).toContain(
      'Not saved: @Top is above (or equal to) my highest role',
    );
    // The form keeps what was typed.
    await expect(page.getByLabel(/^Goal votes/).inputValue()).resolves.toBe('80');
    // In the command's order: the duration is refused before the role is looked at.
    await page.getByLabel(/^Goal role duration/).fill('soon');
    await page.getByRole('button', { name: 'Save goal' }).click();
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('"soon" is not a duration');
    expect(alert).not.toContain('@Top');
    expect(await goalRow()).toMatchObject({
      votes: 50,
      rewardRoleId: vipRoleId,
      rewardRoleSeconds: 7 * 86_400,
    });
  });

  let since: Date | null = null;
  it('turns monthly champions on: championsSince is now', async () => {
    const before = Date.now();
    await page.getByRole('combobox', { name: /^Champions’ role/ }).selectOption(bronzeRoleId);
    await page.getByLabel(/^How many top voters/).fill('2');
    await page.getByRole('button', { name: 'Save champions' }).click();
    await page.waitForURL(/done=champions-saved/);
    expect(await page.getByRole('status').innerText()).toContain(
      'The top 2 voters of each calendar month (UTC) now get @Bronze on the 1st.',
    );
    const c: GuildConfig = await config();
    expect(c).toMatchObject({ championRoleId: bronzeRoleId, championCount: 2 });
    since = c.championsSince;
    expect(since?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(since?.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('changes the champions’ role and count, keeping championsSince; refuses a role with staff powers', async () => {
    await page.getByRole('combobox', { name: /^Champions’ role/ }).selectOption(vipRoleId);
    await page.getByLabel(/^How many top voters/).fill('5');
    await page.getByRole('button', { name: 'Save champions' }).click();
    await page.waitForURL(/done=champions-saved/);
    expect(await config()).toMatchObject({
      championRoleId: vipRoleId,
      championCount: 5,
      championsSince: since,
    });

    await page.getByRole('combobox', { name: /^Champions’ role/ }).selectOption(modsRoleId);
    await page.getByRole('button', { name: 'Save champions' }).click();
    expect(await page.getByRole('alert').innerText()).toContain(
      'Not saved: @Mods has the Manage Roles permission',
    );
    expect(await config()).toMatchObject({
      championRoleId: vipRoleId,
      championCount: 5,
      championsSince: since,
    });
  });

  it('adds a shop item with a timed role, then removes it', async () => {
    // A duration without a role is refused, as by /setup shop add.
    await page.getByLabel(/^Name/).fill('Custom banner');
    await page.getByLabel(/^Price/).fill('50');
    await page.getByLabel(/^Duration/).fill('7d');
    await page.getByRole('button', { name: 'Add item' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('A duration needs a role');
    expect(await listShopItems(bot.db, guildId)).toEqual([]);

    await page.getByLabel(/^Name/).fill('VIP pass');
    await page.getByLabel(/^Price/).fill('100');
    await page.getByRole('combobox', { name: /^Role it gives/ }).selectOption(vipRoleId);
    await page.getByLabel(/^Stock/).fill('5');
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.waitForURL(/done=item-added/);
    const row = await page.getByRole('table', { name: 'Shop items' }).innerText();
    expect(row).toContain('VIP pass');
    expect(row).toContain('@VIP');
    expect(row).toContain('7 days');
    expect(row).toContain('5 of 5 left');
    expect(await listShopItems(bot.db, guildId)).toMatchObject([
      { name: 'VIP pass', price: 100, roleId: vipRoleId, roleSeconds: 7 * 86_400, stock: 5 },
    ]);
    await shot(page, 'dashboard-loyalty');

    await page.getByRole('button', { name: 'Remove VIP pass' }).click();
    await page.waitForURL(/done=item-removed/);
    expect(await page.locator('main').innerText()).toContain('Nothing is on sale.');
    expect(await listShopItems(bot.db, guildId)).toEqual([]);
  });

  it('removes a tier', async () => {
    await page.getByRole('button', { name: 'Remove the tier @Bronze' }).click();
    await page.waitForURL(/done=tier-removed/);
    expect(await listTiers(bot.db, guildId)).toEqual([]);
  });

  it('removes the community goal', async () => {
    await page.getByRole('button', { name: 'Remove goal' }).click();
    await page.waitForURL(/done=goal-removed/);
    expect(await page.getByRole('status').innerText()).toContain('There is no community goal any more.');
    expect(await goalRow()).toBeNull();
    expect(await page.locator('main').innerText()).toContain('No community goal.');
  });

  it('turns monthly champions off, as /setup clear champions', async () => {
    await page.getByRole('button', { name: 'Turn off champions' }).click();
    await page.waitForURL(/done=champions-off/);
    expect(await config()).toMatchObject({ championRoleId: null, championsSince: null });
    expect(await page.locator('main').innerText()).toContain('Now: off.');
  });

  it('refuses a POST without the CSRF token (403), saving nothing', async () => {
    const res = await page.request.post(`${base}/dashboard/guilds/${guildId}/loyalty/tiers`, {
      headers: { origin: base },
      form: { votes: '3', counts: 'total', roleId: bronzeRoleId },
    });
    expect(res.status()).toBe(403);
    expect(await listTiers(bot.db, guildId)).toEqual([]);
  });
});
