import { describe, expect, it } from 'vitest';
import { authorizeUrl, exchangeCode, fetchUser } from '../src/dashboard/oauth.js';
import { codeChallenge, randomToken } from '../src/dashboard/pkce.js';
import { maxPendingLogins } from '../src/dashboard/sessions.js';
import { snowflake, startTestBot, votePayload } from './support/bot.js';
import { freePort } from './support/browser.js';
import { startFakeDiscord } from './support/fake-discord.js';

/**
 * The dashboard's configuration and login rules without a browser: what
 * /dashboard says when its settings are missing, what happens to Discord's
 * token without ENCRYPTION_KEY, and that the fake Discord's OAuth2 keeps the
 * real service's rules (the browser tests in dashboard.test.ts rely on it).
 */
describe('the dashboard without its settings', () => {
  it('says what to set at /dashboard, and the webhooks work as before', async () => {
    const plain = await startTestBot({ discord: false, env: { RUN: 'web' } });
    try {
      const page = await fetch(`${plain.url}/dashboard`);
      expect(page.status).toBe(503);
      const text = await page.text();
      for (const name of ['DISCORD_CLIENT_ID', 'DISCORD_CLIENT_SECRET', 'PUBLIC_URL', 'DISCORD_TOKEN'])
        expect(text).toContain(name);
      expect((await fetch(`${plain.url}/dashboard/guilds/123456789012345678`)).status).toBe(503);
      const vote = await plain.post('/webhook/votes', votePayload());
      expect(vote.status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});

describe('the dashboard without ENCRYPTION_KEY', () => {
  it("keeps Discord's access token not at all: not stored, and revoked once the login is done", async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const userId = snowflake();
    const plain = await startTestBot({
      env: {
        PORT: String(port),
        PUBLIC_URL: origin,
        RUN: 'web',
        DISCORD_CLIENT_ID: '1000000000000000001',
        DISCORD_CLIENT_SECRET: 'fake-client-secret',
      },
    });
    try {
      plain.fake.oauth.addRedirectUri(`${origin}/dashboard/callback`);
      plain.fake.oauth.signIn(userId);
      // The browser's round trip, by hand.
      const login = await fetch(`${origin}/dashboard/login`, { redirect: 'manual' });
      const loginCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const authorize = await fetch(login.headers.get('location') as string, { redirect: 'manual' });
      const callback = await fetch(authorize.headers.get('location') as string, {
        redirect: 'manual',
        headers: { cookie: loginCookie },
      });
      expect(callback.status).toBe(303);
      const row = await plain.db.dashboardSession.findFirstOrThrow({ where: { userId } });
      expect(row.accessToken).toBeNull();
      expect(plain.fake.oauth.liveTokens()).toBe(0);

      // Logins need no account: past maxPendingLogins in progress, new ones wait for old ones to expire.
      await plain.db.$executeRaw`
        INSERT INTO dashboard_login (id_hash, state, code_verifier, expires_at)
        SELECT md5(i::text) || md5((i + 1)::text), 's', 'v', now() + interval '5 minutes'
        FROM generate_series(1, ${maxPendingLogins}) AS i`;
      const refused = await fetch(`${origin}/dashboard/login`, { redirect: 'manual' });
      expect(refused.status).toBe(503);
      expect(await refused.text()).toContain('Too many logins at once');
    } finally {
      await plain.close();
    }
  });
});

describe("the fake Discord's OAuth2, by the real service's rules", () => {
  it('exchanges a code once, only with the client secret, the same redirect_uri and the PKCE verifier', async () => {
    const fake = await startFakeDiscord();
    try {
      const userId = snowflake();
      const redirectUri = 'http://127.0.0.1:1/dashboard/callback';
      fake.oauth.addRedirectUri(redirectUri);
      fake.oauth.signIn(userId);
      const settings = {
        clientId: fake.oauth.clientId,
        clientSecret: fake.oauth.clientSecret,
        redirectUri,
        apiUrl: fake.apiUrl,
      };
      const verifier = randomToken();
      const codeFor = async (s = settings) => {
        const response = await fetch(authorizeUrl(s, 'st', codeChallenge(verifier)), { redirect: 'manual' });
        expect(response.status).toBe(302);
        const back = new URL(response.headers.get('location') ?? '');
        expect(back.searchParams.get('state')).toBe('st');
        return back.searchParams.get('code') ?? '';
      };
      // An unregistered redirect_uri gets Discord's error page, not a redirect.
      const elsewhere = await fetch(
        authorizeUrl({ ...settings, redirectUri: 'https://evil.example/cb' }, 'st', 'c'),
        {
          redirect: 'manual',
        },
      );
      expect(elsewhere.status).toBe(400);

      await expect(
        exchangeCode({ ...settings, clientSecret: 'wrong' }, await codeFor(), verifier),
      ).rejects.toThrow(/401 invalid_client/);
      await expect(exchangeCode(settings, await codeFor(), randomToken())).rejects.toThrow(
        /400 invalid_grant/,
      );
      await expect(
        exchangeCode({ ...settings, redirectUri: 'http://127.0.0.1:1/other' }, await codeFor(), verifier),
      ).rejects.toThrow(/400 invalid_grant/);
      const code = await codeFor();
      const token = await exchangeCode(settings, code, verifier);
      expect(token.scope).toBe('identify guilds');
      await expect(exchangeCode(settings, code, verifier)).rejects.toThrow(/400 invalid_grant/);
      expect((await fetchUser(settings, token.access_token)).id).toBe(userId);
      await expect(fetchUser(settings, 'not-a-token')).rejects.toThrow(/401/);
    } finally {
      await fake.close();
    }
  });
});
