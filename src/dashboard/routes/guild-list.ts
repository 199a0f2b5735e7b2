import type { FastifyInstance } from 'fastify';
import type { DashboardDeps } from '../deps.js';
import { invitePermissions, managesGuild } from '../guild-access.js';
import { html } from '../html.js';
import { fetchUserGuilds, OAuthFailed, type UserGuild } from '../oauth.js';
import { page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { type Session, updateSessionGuilds } from '../sessions.js';

/** The user's guild list is read from Discord again when older than this (with a kept token). */
const guildListTtlMs = 5 * 60_000;

/** Discord's page that adds the bot to one server, with the permissions it needs. */
export function inviteUrl(deps: DashboardDeps, guildId: string): string {
  const url = new URL('oauth2/authorize', new URL(deps.oauth.apiUrl.replace(/\/api\/?$/, '/')));
  url.search = new URLSearchParams({
    client_id: deps.oauth.clientId,
    scope: 'bot applications.commands',
    permissions: invitePermissions.toString(),
    guild_id: guildId,
    disable_guild_select: 'true',
  }).toString();
  return url.toString();
}

async function currentGuilds(deps: DashboardDeps, session: Session): Promise<UserGuild[]> {
  const token = session.accessToken();
  if (!token || deps.now().getTime() - session.guildsAt.getTime() < guildListTtlMs) return session.guilds;
  try {
    const guilds = await fetchUserGuilds(deps.oauth, token);
    await updateSessionGuilds(deps.db, session.idHash, guilds, deps.now());
    return guilds;
  } catch (err) {
    if (!(err instanceof OAuthFailed)) throw err;
    deps.log.warn({ problem: err.message }, 'could not refresh a dashboard guild list');
    return session.guilds;
  }
}

/**
 * GET /dashboard: the login button, or the servers the user manages
 * (Manage Server): those with the bot open, the others get an invite link.
 * Which guild a page may show is decided again by every guild request
 * (routes/guild.ts), not by this list.
 */
export function registerGuildListRoute(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  app.get('/dashboard', async (request, reply) => {
    const session = request.dashboardSession;
    if (!session) {
      return sendPage(
        reply,
        page(
          { title: 'Log in' },
          html`<h1>Vote rewards dashboard</h1>
<section class="card"><p>Configure the vote rewards of your servers, watch the votes come in and repair failed rewards.
Sign in with your Discord account: the dashboard shows the servers where you have the <strong>Manage Server</strong> permission.</p>
<p><a class="button" href="/dashboard/login">Log in with Discord</a></p></section>`,
        ),
      );
    }
    const managed = (await currentGuilds(deps, session)).filter(managesGuild);
    const present = await Promise.all(
      managed.map((g) => deps.guildAccess.botInGuild(g.id).catch(() => false)),
    );
    const withBot = managed.filter((_, i) => present[i]);
    const withoutBot = managed.filter((_, i) => !present[i]);
    const frame = { title: 'Your servers', user: session };
    return sendPage(
      reply,
      page(
        frame,
        html`<h1>Your servers</h1>
${
  withBot.length
    ? html`<ul class="guilds" aria-label="Servers with the bot">${withBot.map(
        (g) =>
          html`<li><a href="/dashboard/guilds/${g.id}"><strong>${g.name}</strong></a><br><span class="muted">Open the dashboard</span></li>`,
      )}</ul>`
    : html`<p>The bot is in none of the servers you manage yet.</p>`
}
${
  withoutBot.length
    ? html`<h2>Add the bot</h2><p class="muted">You manage these servers, but the bot is not in them.</p>
<ul class="guilds" aria-label="Servers without the bot">${withoutBot.map(
        (g) =>
          html`<li><strong>${g.name}</strong><br><a href="${inviteUrl(deps, g.id)}" rel="noopener">Add the bot to ${g.name}</a></li>`,
      )}</ul>`
    : ''
}
<p class="muted">Only servers where you have the Manage Server permission are listed.</p>`,
      ),
    );
  });
}
