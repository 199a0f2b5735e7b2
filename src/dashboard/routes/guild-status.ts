import type { FastifyInstance } from 'fastify';
import { setupChecklist } from '../../../commands/setup/checklist.js';
import { getGuildActivity } from '../../db/guild-status.js';
import { loadSettings } from '../../db/settings.js';
import { describeGuildSecret } from '../../db/webhook-secrets.js';
import { formatDuration } from '../../domain/duration.js';
import { policyFrom } from '../../domain/reward-policy.js';
import { html } from '../html.js';
import { page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { dashboardRoleProblem } from '../role-rules.js';
import { guildPage } from './guild.js';

/** The guild's webhook URL for Rankly (as /setup webhook shows it). */
export const guildWebhookUrl = (publicUrl: string, guildId: string) =>
  `${publicUrl}/webhook/votes/${guildId}`;

/** GET /dashboard/guilds/<id>: the /setup status checklist, the rewards in effect and recent activity. */
export function registerStatusRoute(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  app.get('/dashboard/guilds/:guildId', async (request, reply) => {
    const g = guildPage(request);
    const now = deps.now();
    const [config, activity] = await Promise.all([
      loadSettings(deps.db, g.guild.id),
      getGuildActivity(deps.db, g.guild.id, now),
    ]);
    const p = policyFrom(config);
    const roleProblem = p.rewardRoleId ? dashboardRoleProblem(g.guild, p.rewardRoleId, false) : null;
    const steps = setupChecklist({
      config,
      webhookUrl: guildWebhookUrl(deps.publicUrl, g.guild.id),
      globalSecret: deps.globalWebhookSecret,
      roleProblem,
    });
    const left = steps.filter((s) => !s.done).length;
    const secret = describeGuildSecret(config, now);
    const fixable = activity.notGiven + activity.deadLetters;
    return sendPage(
      reply,
      page(
        g.frame('status', 'Status'),
        html`<h1>Status</h1>
<section class="card" aria-labelledby="steps"><h2 id="steps">Setup</h2>
<ul class="checklist">${steps.map((s) => html`<li class="${s.done ? 'done' : 'todo'}">${g.text(s.text)}</li>`)}</ul>
<p>${left === 0 ? 'Everything is set up.' : `${left} step${left === 1 ? '' : 's'} left.`}</p></section>
<section class="card" aria-labelledby="rewards"><h2 id="rewards">Rewards</h2><ul>
<li>Role: ${p.rewardRoleId ? g.text(`<@&${p.rewardRoleId}>`) : 'none'}${p.rewardRoleSeconds ? ` for ${formatDuration(p.rewardRoleSeconds)}` : ''}${
          p.rewardRoleId ? (roleProblem ? html` — ✗ ${g.text(roleProblem)}` : ' — ✓ can be given') : ''
        }</li>
<li>Currency: ${p.currencyAmount.toLocaleString('en-US')} ${p.currencyName} per vote</li>
<li>Ad blocker: ${p.adBlockerPercent}% · other denials: ${p.denialPolicy}</li>
<li>DM: ${p.dmEnabled ? 'on' : 'off'}${p.dmTemplate !== null ? ' (own text)' : ''} · announcements: ${
          p.announceChannelId ? g.text(`<#${p.announceChannelId}>`) : 'off'
        }</li>
</ul><p><a href="/dashboard/guilds/${g.guild.id}/settings">Change the settings</a></p></section>
<section class="card" aria-labelledby="activity"><h2 id="activity">Activity</h2><ul>
<li>Own webhook secret: ${secret.own ? 'yes' : 'no (the bot-wide one applies)'}${
          secret.previousUntil ? ` · the previous one works until ${secret.previousUntil.toISOString()}` : ''
        }</li>
<li>Last vote received: ${activity.lastVoteAt ? activity.lastVoteAt.toISOString() : 'never'} · today: ${activity.votesToday}</li>
<li>Rewards pending: ${activity.pending} · not given: ${activity.notGiven} · dead letters: ${activity.deadLetters}</li>
</ul>${fixable > 0 ? html`<p><a href="/dashboard/guilds/${g.guild.id}/rewards">See and replay the failed rewards</a></p>` : ''}</section>`,
      ),
    );
  });
}
