import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formFromSettings, patchFromForm, readForm } from '../src/dashboard/settings-form.js';
import { saveSettings } from '../src/db/settings.js';
import { ranklyVoteUrl } from '../src/rankly/links.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { chromiumPath, freePort, launchBrowser } from './support/browser.js';
import { shots } from './support/dashboard.js';

/**
 * A guild's optional public page (issue 19 point 4): off by default, one
 * 404 for off, unknown and malformed ids alike, and when on the counts,
 * the top voters and the link to vote on Rankly, without a login or
 * JavaScript. Plain HTTP for the answers, one real Chromium for the page.
 */
const guildId = snowflake(); // the bot is in it, with votes
const unknownGuildId = snowflake(); // nobody has heard of it
const topVoterId = snowflake();
const otherVoterId = snowflake();

let bot: TestBot;
let base: string;
const publicPath = (id: string) => `/dashboard/public/${id}`;
const get = (id: string) => fetch(`${base}${publicPath(id)}`);

describe('the public page of a guild', () => {
  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    bot = await startTestBot({
      env: {
        PORT: String(port),
        PUBLIC_URL: base,
        DISCORD_CLIENT_ID: '1000000000000000001',
        DISCORD_CLIENT_SECRET: 'fake-client-secret',
      },
      guilds: [{ id: guildId, name: 'Pixel Parlour', members: [topVoterId, otherVoterId] }],
    });
    // Two votes from one member, one from another, a minute apart (all in this month).
    const votes = [
      { userId: topVoterId, ago: 120_000 },
      { userId: topVoterId, ago: 60_000 },
      { userId: otherVoterId, ago: 0 },
    ];
    for (const { userId, ago } of votes) {
      const response = await bot.post(
        `/webhook/votes/${guildId}`,
        votePayload({ serverId: guildId, userId, timestamp: new Date(Date.now() - ago).toISOString() }),
      );
      expect(response.status).toBe(200);
    }
    await eventually(
      async () =>
        (await bot.db.member.findUnique({ where: { guildId_userId: { guildId, userId: topVoterId } } }))
          ?.totalVotes === 2 &&
        (await bot.db.member.findUnique({ where: { guildId_userId: { guildId, userId: otherVoterId } } }))
          ?.totalVotes === 1,
      20_000,
    );
  }, 90_000);

  afterAll(async () => {
    await bot?.close();
  });

  it('is off by default: 404 "No public page here", no vote count, the same answer as for an unknown guild', async () => {
    // A guild with settings saved, the public page never turned on.
    await saveSettings(bot.db, guildId, { currencyName: 'gems' });
    expect((await bot.db.guildConfig.findUniqueOrThrow({ where: { guildId } })).publicPage).toBe(false);
    const off = await get(guildId);
    const offBody = await off.text();
    expect(off.status).toBe(404);
    expect(offBody).toContain('No public page here');
    expect(offBody).not.toContain('Pixel Parlour');
    expect(offBody).not.toMatch(/\bvotes?\b/i);
    expect(offBody).not.toContain(ranklyVoteUrl(guildId));

    // An unknown guild and a malformed id get exactly the same page: no way to probe which guilds exist.
    for (const id of [unknownGuildId, 'not-a-guild', '0123']) {
      const other = await get(id);
      expect(other.status).toBe(404);
      expect((await other.text()).replaceAll(id, '')).toBe(offBody.replaceAll(guildId, ''));
    }
    expect(offBody).not.toContain(guildId);
    expect(off.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(off.headers.get('cache-control')).toBe('no-store');
  });

  it('is turned on by the settings form field, saved through db/settings.ts', async () => {
    const stored = await bot.db.guildConfig.findUnique({ where: { guildId } });
    expect(formFromSettings(stored).publicPage).toBe('');
    const on = patchFromForm(readForm({ ...formFromSettings(stored), publicPage: 'on' }));
    const off = patchFromForm(readForm({ ...formFromSettings(stored), publicPage: undefined }));
    expect('patch' in on && on.patch.publicPage).toBe(true);
    expect('patch' in off && off.patch.publicPage).toBe(false);
    await expect(saveSettings(bot.db, guildId, { publicPage: 'yes' as unknown as boolean })).rejects.toThrow(
      /publicPage/,
    );
  });

  it('when on: 200 with the name, both counts, the top voter first and the vote link, cached a minute, same CSP', async () => {
    await saveSettings(bot.db, guildId, { publicPage: true });
    const response = await get(guildId);
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toContain('<h1>Pixel Parlour</h1>');
    expect(body).toMatch(/<dd id="votes-all">3<\/dd>/);
    expect(body).toMatch(/<dd id="votes-month">3<\/dd>/);
    const allTime = body.slice(body.indexOf('id="top-all"'), body.indexOf('id="top-month"'));
    expect(allTime).toMatch(
      new RegExp(
        `<ol><li>User …${topVoterId.slice(-4)} — 2 votes</li><li>User …${otherVoterId.slice(-4)} — 1 vote</li></ol>`,
      ),
    );
    expect(body).toContain(`href="${ranklyVoteUrl(guildId)}"`);
    expect(body).not.toContain(topVoterId); // only a part of a voter's id is shown
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // No login needed, and nothing signs anyone in.
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it("links to the guild's own vote page once set, and accepts only rankly.live pages over HTTPS", async () => {
    await saveSettings(bot.db, guildId, { publicPage: true, voteUrl: 'https://rankly.live/s/pixel-parlour' });
    expect(await (await get(guildId)).text()).toContain('href="https://rankly.live/s/pixel-parlour"');
    for (const [url, problem] of [
      ['http://rankly.live/s/pixel', /must be a page of rankly\.live/],
      ['https://rankly.live.evil.example/s/pixel', /must be a page of rankly\.live/],
      ['https://evil.example/?https://rankly.live/', /must be a page of rankly\.live/],
      ['javascript:alert(1)', /must be a page of rankly\.live/],
      ['https://user:pass@rankly.live/s/pixel', /user name or password/],
      ['rankly.live/s/pixel', /must be a full link/],
      [`https://rankly.live/${'x'.repeat(300)}`, /at most 300 characters/],
    ] as const)
      await expect(saveSettings(bot.db, guildId, { voteUrl: url }), url).rejects.toThrow(problem);
    await saveSettings(bot.db, guildId, { voteUrl: 'https://www.rankly.live/servers/1/vote' });
    expect(await (await get(guildId)).text()).toContain('href="https://www.rankly.live/servers/1/vote"');
    await saveSettings(bot.db, guildId, { voteUrl: null });
    expect(await (await get(guildId)).text()).toContain(`href="${ranklyVoteUrl(guildId)}"`);
  });

  it('turned off again: the same 404 as before', async () => {
    const before = await (await get(unknownGuildId)).text();
    await saveSettings(bot.db, guildId, { publicPage: false });
    const off = await get(guildId);
    expect(off.status).toBe(404);
    expect((await off.text()).replaceAll(guildId, '')).toBe(before.replaceAll(unknownGuildId, ''));
    await saveSettings(bot.db, guildId, { publicPage: true });
  });

  it.skipIf(!chromiumPath)(
    'renders on a phone without JavaScript (docs/screenshots/dashboard-public.png)',
    async () => {
      await saveSettings(bot.db, guildId, { publicPage: true });
      const browser = await launchBrowser({
        viewport: { width: 390, height: 844 },
        javaScriptEnabled: false,
      });
      try {
        const page = await browser.context.newPage();
        await page.goto(`${base}${publicPath(guildId)}`);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Pixel Parlour');
        const link = page.getByRole('link', { name: 'Vote on Rankly' });
        expect(await link.getAttribute('href')).toBe(ranklyVoteUrl(guildId));
        expect(await page.getByRole('heading', { name: 'Top voters this month' }).isVisible()).toBe(true);
        // Nothing wider than the phone's screen.
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        await page.screenshot({ path: join(shots, 'dashboard-public.png'), fullPage: true });
      } finally {
        await browser.close();
      }
    },
  );
});
