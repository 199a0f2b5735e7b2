import type { FastifyInstance } from 'fastify';
import { guildSecretState, newWebhookSecret, rotateGuildSecret } from '../../db/webhook-secrets.js';
import { html } from '../html.js';
import { csrfField, page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { guildPage } from './guild.js';
import { guildWebhookUrl } from './guild-status.js';

/**
 * The guild's webhook URL and its own secret, as /setup webhook gives them:
 * a new secret is shown once, on the page that made it (never cached), and
 * stored only as its hash; the one it replaces keeps working for
 * WEBHOOK_SECRET_GRACE_HOURS.
 */
export function registerWebhookRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;

  const render = async (guildId: string, g: ReturnType<typeof guildPage>, secret?: string) => {
    const state = await guildSecretState(deps.db, guildId, deps.now());
    const url = guildWebhookUrl(deps.publicUrl, guildId);
    return page(
      g.frame('webhook', 'Webhook'),
      html`<h1>Webhook</h1>
${
  secret
    ? html`<div class="notice warn" role="status"><p><strong>Your new secret, shown only now:</strong></p>
<code class="secret" id="new-secret">${secret}</code>
<p>Paste it into Rankly (Server Settings → Vote Webhooks → Authorization). ${
        state.previousUntil
          ? `The previous secret keeps working until ${state.previousUntil.toISOString()}, so no vote is refused while you update Rankly.`
          : 'From now on this server’s votes need this secret.'
      }</p></div>`
    : ''
}
<section class="card"><h2>Webhook URL</h2><p>Rankly posts this server’s votes to:</p><code class="secret">${url}</code></section>
<section class="card"><h2>Secret</h2>
<p>${
        state.own
          ? 'This server has a secret of its own. It is stored only as a hash, so it cannot be shown again: make a new one if you lost it.'
          : deps.globalWebhookSecret
            ? 'This server uses the bot’s own secret (ask its operator). A secret of its own replaces it for this server at once.'
            : 'This server has no secret yet, so its votes are refused. Make one and paste it into Rankly.'
      }</p>
${state.previousUntil && !secret ? html`<p>The previous secret still works until ${state.previousUntil.toISOString()}.</p>` : ''}
<form method="post" action="/dashboard/guilds/${guildId}/webhook/rotate">${csrfField(g.session.csrfToken)}
<button type="submit">${state.own ? 'Rotate the secret' : 'Make a secret'}</button></form></section>`,
    );
  };

  app.get('/dashboard/guilds/:guildId/webhook', async (request, reply) => {
    const g = guildPage(request);
    return sendPage(reply, await render(g.guild.id, g));
  });

  app.post('/dashboard/guilds/:guildId/webhook/rotate', async (request, reply) => {
    const g = guildPage(request);
    const now = deps.now();
    const { own } = await guildSecretState(deps.db, g.guild.id, now);
    const secret = newWebhookSecret();
    const previousUntil =
      own && deps.webhookSecretGraceMs > 0 ? new Date(now.getTime() + deps.webhookSecretGraceMs) : null;
    await rotateGuildSecret(deps.db, g.guild.id, secret, previousUntil);
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard rotated a webhook secret');
    return sendPage(reply, await render(g.guild.id, g, secret));
  });
}
