import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stylesheet } from './assets.js';
import type { DashboardDeps } from './deps.js';
import { type Html, html } from './html.js';
import { page, problemPage } from './pages/layout.js';
import { previewScript } from './preview-script.js';
import { registerGuildRoutes } from './routes/guild.js';
import { registerGuildListRoute } from './routes/guild-list.js';
import { registerLoginRoutes } from './routes/login.js';
import { registerPublicPageRoute } from './routes/public-page.js';
import { cookieNames, csrfProblem, securityHeaders } from './security.js';
import { findSession, type Session } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in dashboard user of this request (dashboard routes only). */
    dashboardSession: Session | null;
  }
}

/** What the route files share: the deps, the cookie names and how to answer with a page. */
export interface DashboardContext {
  deps: DashboardDeps;
  secure: boolean;
  cookies: ReturnType<typeof cookieNames>;
  publicOrigin: string;
}

export function sendPage(reply: FastifyReply, body: Html, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(body.text);
}

/**
 * The web dashboard (README "Dashboard"), in its own Fastify context: its
 * cookie and form parsers, security headers and error pages apply to
 * /dashboard only, so the webhook routes beside it are unchanged. Without
 * its settings (`missing`), /dashboard only says what to set.
 */
export function registerDashboard(app: FastifyInstance, deps: DashboardDeps | { missing: string[] }): void {
  app.register(async (scope) => {
    if ('missing' in deps) {
      securityHeaders(scope, false);
      const explain = async (_request: FastifyRequest, reply: FastifyReply) =>
        sendPage(
          reply,
          page(
            { title: 'Dashboard' },
            html`<h1>The dashboard is not set up</h1>
<section class="card"><p>The web dashboard signs server admins in with Discord. The bot's operator has to set
${deps.missing.map((name, i) => html`${i > 0 ? ', ' : ''}<code>${name}</code>`)} and restart it;
the README's “Dashboard” section says where each value comes from.</p>
<p>Until then, configure the bot with <code>/setup</code> in Discord.</p></section>`,
          ),
          503,
        );
      scope.get('/dashboard', explain);
      scope.get('/dashboard/*', explain);
      return;
    }
    const publicOrigin = new URL(deps.publicUrl).origin;
    const secure = publicOrigin.startsWith('https:');
    const ctx: DashboardContext = { deps, secure, cookies: cookieNames(secure), publicOrigin };
    await scope.register(cookie);
    await scope.register(formbody);
    securityHeaders(scope, secure);
    scope.decorateRequest('dashboardSession', null);

    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'dashboard request failed');
      const frame = { title: 'Error' };
      return sendPage(
        reply,
        problemPage(
          frame,
          status === 500 ? 'Something went wrong' : 'That did not work',
          status === 500 ? 'The page could not be shown. Try again in a moment.' : error.message,
        ),
        status,
      );
    });

    // Every request: who is signed in; every POST: the CSRF rule (security.ts), before any route runs.
    scope.addHook('preHandler', async (request, reply) => {
      const sessionId = request.cookies[ctx.cookies.session];
      request.dashboardSession = sessionId
        ? await findSession(deps.db, sessionId, deps.now(), deps.encryptionKey)
        : null;
      if (request.method !== 'POST') return;
      const problem = csrfProblem(request, publicOrigin, request.dashboardSession?.csrfToken);
      if (problem) {
        request.log.warn({ url: request.routeOptions.url }, 'dashboard form refused (CSRF check)');
        return sendPage(reply, problemPage({ title: 'Refused' }, 'Refused', problem), 403);
      }
    });

    scope.get('/dashboard/assets/dashboard.css', async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(stylesheet),
    );
    scope.get('/dashboard/assets/preview.js', async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=3600')
        .type('text/javascript; charset=utf-8')
        .send(previewScript),
    );
    registerLoginRoutes(scope, ctx);
    registerGuildListRoute(scope, ctx);
    registerGuildRoutes(scope, ctx);
    // Without OAuth2 settings the dashboard is off, and so are the public pages (README "Public page").
    registerPublicPageRoute(scope, ctx);
  });
}
