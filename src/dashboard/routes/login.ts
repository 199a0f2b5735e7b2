import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { secretMatches } from '../../secrets.js';
import { html } from '../html.js';
import {
  authorizeUrl,
  exchangeCode,
  fetchUser,
  fetchUserGuilds,
  OAuthFailed,
  revokeToken,
} from '../oauth.js';
import { problemPage } from '../pages/layout.js';
import { codeChallenge } from '../pkce.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { cookieOptions } from '../security.js';
import { createSession, endSession, startLogin, TooManyLogins, takeLogin } from '../sessions.js';

const callbackQuery = z.object({
  code: z.string().max(200).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(100).optional(),
});

/**
 * Login with Discord (OAuth2 authorization code flow with PKCE and
 * `state`) and logout. The login cookie ties Discord's answer to the
 * browser that asked; the state and verifier never leave the server.
 */
export function registerLoginRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps, cookies, secure } = ctx;
  const again = html`<p><a class="button" href="/dashboard/login">Log in with Discord again</a></p>`;

  app.get('/dashboard/login', async (_request, reply) => {
    const now = deps.now();
    const login = await startLogin(deps.db, now).catch((err: unknown) => {
      if (err instanceof TooManyLogins) return null;
      throw err;
    });
    if (!login)
      return sendPage(
        reply.header('retry-after', '300'),
        problemPage({ title: 'Login' }, 'Too many logins at once', 'Try again in a few minutes.'),
        503,
      );
    reply.setCookie(
      cookies.login,
      login.loginId,
      cookieOptions(secure, new Date(now.getTime() + 10 * 60_000)),
    );
    return reply.redirect(authorizeUrl(deps.oauth, login.state, codeChallenge(login.verifier)), 302);
  });

  app.get('/dashboard/callback', async (request, reply) => {
    const query = callbackQuery.safeParse(request.query);
    const loginId = request.cookies[cookies.login];
    reply.clearCookie(cookies.login, cookieOptions(secure));
    const refuse = (problem: string) =>
      sendPage(
        reply,
        problemPage({ title: 'Login' }, 'Login did not complete', html`${problem}${again}`),
        400,
      );
    if (!query.success) return refuse('Discord sent back something this page does not understand.');
    if (query.data.error)
      return refuse('Discord did not sign you in (the request was cancelled or refused).');
    const login = loginId ? await takeLogin(deps.db, loginId, deps.now()) : null;
    // No login of this browser: a link from elsewhere, a second use, or a login older than 10 minutes.
    if (!login || !query.data.code || !secretMatches(query.data.state, login.state))
      return refuse('This login link is not from this browser, was used already, or has expired.');
    try {
      const token = await exchangeCode(deps.oauth, query.data.code, login.codeVerifier);
      const scopes = token.scope.split(' ');
      if (!scopes.includes('identify') || !scopes.includes('guilds'))
        return refuse('The dashboard needs to know who you are and which servers you are in.');
      const [user, guilds] = await Promise.all([
        fetchUser(deps.oauth, token.access_token),
        fetchUserGuilds(deps.oauth, token.access_token),
      ]);
      const now = deps.now();
      const session = await createSession(deps.db, {
        user: { id: user.id, username: user.global_name ?? user.username },
        guilds,
        token: { value: token.access_token, expiresInSeconds: token.expires_in },
        encryptionKey: deps.encryptionKey,
        now,
      });
      // Without ENCRYPTION_KEY the token is not kept: Discord may forget it too.
      if (!deps.encryptionKey) await revokeToken(deps.oauth, token.access_token);
      reply.setCookie(cookies.session, session.sessionId, cookieOptions(secure, session.expiresAt));
      request.log.info({ userId: user.id }, 'dashboard login');
      return reply.redirect('/dashboard', 303);
    } catch (err) {
      if (!(err instanceof OAuthFailed)) throw err;
      request.log.warn({ problem: err.message }, 'dashboard login failed');
      return refuse(err.message);
    }
  });

  app.post('/dashboard/logout', async (request, reply) => {
    const session = request.dashboardSession;
    if (session) {
      const token = session.accessToken();
      await endSession(deps.db, session.idHash);
      if (token) await revokeToken(deps.oauth, token);
      request.log.info({ userId: session.userId }, 'dashboard logout');
    }
    reply.clearCookie(cookies.session, cookieOptions(secure));
    return reply.redirect('/dashboard', 303);
  });
}
