import type { FastifyInstance } from 'fastify';
import { guildDeadLetters } from '../../db/guild-status.js';
import { fixableStatuses } from '../../domain/effects.js';
import { replayDeadLetters, retryGuildRewards } from '../../jobs/dead-letters.js';
import { html } from '../html.js';
import { csrfField, page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { guildPage } from './guild.js';

/**
 * The rewards that were not given (refused by Discord or by the role rule)
 * and the reward jobs that used up their retries (dead letters), with one
 * button that replays them all, as /setup replay does: the refused ones
 * with the reward role chosen now, the dead letters with fresh retries.
 */
export function registerRewardsRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;

  app.get('/dashboard/guilds/:guildId/rewards', async (request, reply) => {
    const g = guildPage(request);
    const guildId = g.guild.id;
    const [refused, letters] = await Promise.all([
      deps.db.rewardEffect.findMany({
        where: { guildId, status: { in: [...fixableStatuses] } },
        orderBy: { id: 'desc' },
        take: 50,
        select: {
          id: true,
          userId: true,
          kind: true,
          status: true,
          detail: true,
          roleId: true,
          updatedAt: true,
        },
      }),
      guildDeadLetters(deps.db, guildId).then((list) =>
        deps.db.deadLetter.findMany({
          where: { id: { in: list.map((l) => l.id) } },
          orderBy: { id: 'desc' },
          take: 50,
        }),
      ),
    ]);
    const replayed = (request.query as { replayed?: string }).replayed;
    const total = refused.length + letters.length;
    return sendPage(
      reply,
      page(
        g.frame('rewards', 'Failed rewards'),
        html`<h1>Failed rewards</h1>
${replayed !== undefined ? html`<div class="notice ok" role="status">Sent again: ${replayed}. Their outcome shows in the vote log within seconds.</div>` : ''}
<section class="card"><h2>Not given</h2>${
          refused.length === 0
            ? html`<p>None: every reward the bot tried was given or is on its way.</p>`
            : html`<div class="table"><table><thead><tr><th scope="col">Member</th><th scope="col">Reward</th><th scope="col">Why</th></tr></thead><tbody>${refused.map(
                (r) =>
                  html`<tr><td>${r.userId}</td><td>${r.roleId ? html`role ${g.text(`<@&${r.roleId}>`)}` : r.kind}</td><td>${g.text(r.detail ?? r.status)}</td></tr>`,
              )}</tbody></table></div>`
        }</section>
<section class="card"><h2>Out of retries (dead letters)</h2>${
          letters.length === 0
            ? html`<p>None.</p>`
            : html`<div class="table"><table><thead><tr><th scope="col">Failed at (UTC)</th><th scope="col">Vote</th><th scope="col">Last error</th></tr></thead><tbody>${letters.map(
                (l) =>
                  html`<tr><td>${l.failedAt.toISOString().replace('T', ' ').slice(0, 19)}</td><td>${String((l.data as { voteId?: string }).voteId ?? '')}</td><td>${l.reason}</td></tr>`,
              )}</tbody></table></div>`
        }</section>
${
  total > 0
    ? html`<form method="post" action="/dashboard/guilds/${guildId}/rewards/replay" class="card">${csrfField(g.session.csrfToken)}
<p>Fix the cause first (the reasons above say how), then give them again.</p>
<button type="submit">Replay ${total} failed reward${total === 1 ? '' : 's'}</button></form>`
    : ''
}`,
      ),
    );
  });

  app.post('/dashboard/guilds/:guildId/rewards/replay', async (request, reply) => {
    const g = guildPage(request);
    const retried = await retryGuildRewards(deps.db, deps.queue, g.guild.id);
    const letters = await guildDeadLetters(deps.db, g.guild.id);
    const replayed = letters.length
      ? await replayDeadLetters(
          deps.db,
          deps.queue,
          letters.map((l) => l.id),
        )
      : 0;
    request.log.info(
      { guildId: g.guild.id, userId: g.session.userId, retried: retried.length, replayed },
      'dashboard replayed rewards',
    );
    return reply.redirect(
      `/dashboard/guilds/${g.guild.id}/rewards?replayed=${retried.length + replayed}`,
      303,
    );
  });
}
