import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestBot, type TestBot } from './bot.js';
import { freePort } from './browser.js';
import type { FakeGuildInit } from './fake-discord.js';

/**
 * What the dashboard tests share: a bot with the dashboard on (its OAuth2
 * at the fake Discord), the login through it, and the screenshots. With
 * DASHBOARD_SCREENSHOTS=<dir> (the README's come from
 * `DASHBOARD_SCREENSHOTS=docs/screenshots`) they go there.
 */
export const shots = process.env.DASHBOARD_SCREENSHOTS ?? join(tmpdir(), 'rankly-dashboard-screenshots');
mkdirSync(shots, { recursive: true });
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

/** A bot with the dashboard at http://127.0.0.1:<free port>, its redirect URI known to the fake Discord. */
export async function startDashboardBot(opts: {
  keyHex: string;
  guilds: FakeGuildInit[];
  env?: Record<string, string>;
}): Promise<{ bot: TestBot; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const bot = await startTestBot({
    env: {
      PORT: String(port),
      PUBLIC_URL: base,
      DISCORD_CLIENT_ID: '1000000000000000001',
      DISCORD_CLIENT_SECRET: 'fake-client-secret',
      ENCRYPTION_KEY: opts.keyHex,
      ...opts.env,
    },
    guilds: opts.guilds,
  });
  bot.fake.oauth.addRedirectUri(`${base}/dashboard/callback`);
  return { bot, base };
}

/** Logs `page` in with Discord as the fake's signed-in user (bot.fake.oauth.signIn), landing on the server list. */
export async function logIn(page: Page, base: string, before?: () => Promise<unknown>): Promise<void> {
  await page.goto(`${base}/dashboard`);
  await before?.();
  await page.getByRole('link', { name: 'Log in with Discord' }).click();
  await page.waitForURL(`${base}/dashboard`);
}
