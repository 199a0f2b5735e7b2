import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clearEconomy, type EconomyBalance, type EconomyMode, economyPayments } from '../../db/economy.js';
import { addEventEndpoint, eventEndpointSummaries, removeEventEndpoint } from '../../db/event-endpoints.js';
import { InvalidSetting, loadSettings } from '../../db/settings.js';
import { connectEconomy } from '../../economy/connect.js';
import { replayFailedEvents } from '../../jobs/outbound-events.js';
import { t } from '../../messages/index.js';
import { type Html, html } from '../html.js';
import { balanceLabels, type IntegrationsView, integrationsPage, modeLabels } from '../pages/integrations.js';
import { page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { formField as field, type GuildPage, guildPage } from './guild.js';

/**
 * The Integrations page (issue 19): the UnbelievaBoat economy and the
 * outbound event endpoints, changed through the very functions /setup
 * economy and /setup events call (economy/connect.ts, db/economy.ts,
 * db/event-endpoints.ts, jobs/outbound-events.ts), so a token or URL the
 * command refuses is refused here with the same sentence. Both are
 * settings (Manage Server), which guild.ts checks afresh for every POST;
 * plugin.ts checks the CSRF token. A refusal saves nothing and shows the
 * page again (the token never re-filled); a change redirects back with a
 * notice, except a new endpoint, whose signing secret is shown on the
 * answer to its POST only: a redirect would put it in a URL.
 */

const notices: Record<string, (n: number) => string> = {
  'economy-off': () => t('economy.off'),
  'economy-was-off': () => t('economy.wasOff'),
  'endpoint-removed': () => t('setup.events.removed', { url: 'The endpoint' }),
  replayed: (n) => t('setup.events.replayed', { n }),
};

export function registerIntegrationsRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  const url = (g: GuildPage) => `/dashboard/guilds/${g.guild.id}/integrations`;

  async function show(
    reply: FastifyReply,
    g: GuildPage,
    notice: Html | '',
    forms: Pick<IntegrationsView, 'economyForm' | 'endpointForm'> = {},
    status = 200,
  ) {
    const [config, payments, endpoints] = await Promise.all([
      loadSettings(deps.db, g.guild.id),
      economyPayments(deps.db, g.guild.id),
      eventEndpointSummaries(deps.db, g.guild.id),
    ]);
    const body = integrationsPage({
      guild: g.guild,
      csrfToken: g.session.csrfToken,
      economy: {
        on: Boolean(config?.economyToken),
        balance: (config?.economyBalance ?? 'cash') as EconomyBalance,
        mode: (config?.economyMode ?? 'instead') as EconomyMode,
        keySet: Boolean(deps.economy.key),
        payments,
      },
      endpoints,
      ...forms,
    });
    return sendPage(
      reply,
      page(g.frame('integrations', 'Integrations'), html`<h1>Integrations</h1>${notice}${body}`),
      status,
    );
  }

  const ok = (g: GuildPage, text: string) => html`<div class="notice ok" role="status">${g.text(text)}</div>`;
  const bad = (g: GuildPage, text: string) =>
    html`<div class="notice bad" role="alert">${g.text(text)}</div>`;
  const done = (reply: FastifyReply, g: GuildPage, key: string, n?: number) =>
    reply.redirect(`${url(g)}?done=${key}${n === undefined ? '' : `&n=${n}`}`, 303);
  const log = (request: FastifyRequest, g: GuildPage, what: string) =>
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, what);

  app.get('/dashboard/guilds/:guildId/integrations', async (request: FastifyRequest, reply) => {
    const g = guildPage(request);
    const query = request.query as { done?: string; n?: string };
    const key = query.done ?? '';
    if (key === 'economy-on') {
      // The saved choice as it is now, in /setup economy's words.
      const config = await loadSettings(deps.db, g.guild.id);
      const saved = config?.economyToken
        ? t('economy.saved', { balance: config.economyBalance, mode: config.economyMode })
        : '';
      return show(reply, g, saved ? ok(g, saved) : '');
    }
    const notice = Object.hasOwn(notices, key) ? notices[key] : undefined;
    const n = Math.max(0, Math.min(Number.parseInt(query.n ?? '0', 10) || 0, 1_000_000));
    return show(reply, g, notice ? ok(g, notice(n)) : '');
  });

  app.post('/dashboard/guilds/:guildId/integrations/economy', async (request, reply) => {
    const g = guildPage(request);
    const form = { balance: field(request.body, 'balance'), mode: field(request.body, 'mode') };
    // The token is never put back into the form: a refused one is typed again.
    const refuse = (problem: string) => show(reply, g, bad(g, problem), { economyForm: form }, 400);
    if (!Object.hasOwn(balanceLabels, form.balance)) return refuse('Choose the cash or the bank balance.');
    if (!Object.hasOwn(modeLabels, form.mode))
      return refuse('Choose instead of or as well as the built-in balance.');
    const result = await connectEconomy(deps, g.guild.id, g.session.userId, {
      token: field(request.body, 'token'),
      balance: form.balance as EconomyBalance,
      mode: form.mode as EconomyMode,
    });
    if (!result.ok) {
      log(request, g, 'dashboard economy refused');
      return refuse(result.problem);
    }
    log(request, g, 'dashboard economy saved');
    return done(reply, g, 'economy-on');
  });

  app.post('/dashboard/guilds/:guildId/integrations/economy/off', async (request, reply) => {
    const g = guildPage(request);
    const was = await clearEconomy(deps.db, g.guild.id);
    log(request, g, 'dashboard economy turned off');
    return done(reply, g, was ? 'economy-off' : 'economy-was-off');
  });

  app.post('/dashboard/guilds/:guildId/integrations/events', async (request, reply) => {
    const g = guildPage(request);
    const endpoint = field(request.body, 'url').trim();
    let secret: string;
    try {
      secret = await addEventEndpoint(deps.db, g.guild.id, endpoint, deps.allowPrivateEventTargets);
    } catch (err) {
      if (err instanceof InvalidSetting)
        return show(
          reply,
          g,
          bad(g, t('setup.notSaved', { problem: `${err.problem}.` })),
          { endpointForm: { url: endpoint } },
          400,
        );
      throw err;
    }
    log(request, g, 'dashboard event endpoint added');
    // Set here as well as by security.ts: this answer is the one place the secret ever appears.
    reply.header('cache-control', 'no-store');
    return show(
      reply,
      g,
      html`<div class="notice warn" role="status"><p>${g.text(t('setup.events.added', { url: `\`${endpoint}\`` }))}</p>
<code class="secret" id="new-secret">${secret}</code>
<p><strong>Copy it now, it will not be shown again.</strong> Your endpoint checks each delivery’s signature with it; adding the same URL again makes a new one.</p></div>`,
    );
  });

  app.post('/dashboard/guilds/:guildId/integrations/events/remove', async (request, reply) => {
    const g = guildPage(request);
    const endpoint = field(request.body, 'url');
    if (!endpoint || !(await removeEventEndpoint(deps.db, g.guild.id, endpoint)))
      return show(reply, g, bad(g, t('events.notOurs', { url: `\`${endpoint}\`` })), {}, 400);
    log(request, g, 'dashboard event endpoint removed');
    return done(reply, g, 'endpoint-removed');
  });

  app.post('/dashboard/guilds/:guildId/integrations/events/replay', async (request, reply) => {
    const g = guildPage(request);
    const n = await replayFailedEvents(deps.db, deps.queue, g.guild.id, deps.now());
    log(request, g, 'dashboard event deliveries replayed');
    return done(reply, g, 'replayed', n);
  });
}
