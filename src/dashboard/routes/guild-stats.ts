import type { FastifyInstance } from 'fastify';
import { statsFields } from '../../../commands/stats.js';
import { voteTrendsSvg } from '../../charts/vote-trends-chart.js';
import { getLeaderboard, type LeaderboardPeriod } from '../../db/vote-stats.js';
import { getVoteTrends } from '../../db/vote-trends.js';
import { describePeriod, isStatsPeriod, type StatsPeriod, statsPeriods } from '../../domain/stats-period.js';
import { html } from '../html.js';
import { page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { guildPage } from './guild.js';

const periodLabels: Record<StatsPeriod, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  all: 'All time',
};
const boards: Array<[LeaderboardPeriod, string]> = [
  ['week', 'This week'],
  ['month', 'This month'],
  ['all', 'All time'],
];

/**
 * The votes chart and patterns of /votes stats for any period (the same
 * read model and the same SVG, here at full size), and the leaderboards of
 * /votes leaderboard.
 */
export function registerStatsRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  const periodOf = (query: unknown): StatsPeriod => {
    const asked = (query as { period?: string }).period;
    return isStatsPeriod(asked) ? asked : '30d';
  };

  app.get('/dashboard/guilds/:guildId/stats', async (request, reply) => {
    const g = guildPage(request);
    const period = periodOf(request.query);
    const now = deps.now();
    const [trends, ...leaderboards] = await Promise.all([
      getVoteTrends(deps.db, g.guild.id, period, now),
      ...boards.map(([p]) => getLeaderboard(deps.db, g.guild.id, p, g.session.userId, { now })),
    ]);
    const base = `/dashboard/guilds/${g.guild.id}/stats`;
    return sendPage(
      reply,
      page(
        g.frame('stats', 'Stats'),
        html`<h1>Vote trends</h1>
<form method="get" action="${base}" class="card">
<label for="period">Period<span class="hint">whole UTC days ending today</span></label>
<select id="period" name="period">${statsPeriods.map(
          (p) => html`<option value="${p}"${p === period ? html` selected` : ''}>${periodLabels[p]}</option>`,
        )}</select>
<button type="submit">Show</button></form>
${
  trends.total === 0
    ? html`<p>No votes ${describePeriod(period)}.</p>`
    : html`<section class="card"><img class="chart" src="${base}/chart.svg?period=${period}" width="1000" height="500" alt="Votes per ${trends.unit} ${describePeriod(period)}: ${trends.credited} credited, ${trends.adBlocker} with an ad blocker, ${trends.denied} denied">
<dl class="facts">${statsFields(trends, period, 'en').map((f) => html`<div><dt>${f.name}</dt><dd>${g.text(f.value)}</dd></div>`)}</dl></section>`
}
<h2>Leaderboards</h2>
<div class="row">${boards.map(([key, label], i) => {
          const board = leaderboards[i];
          return html`<section class="card" aria-labelledby="board-${key}"><h3 id="board-${key}">${label}</h3>${
            !board || board.top.length === 0
              ? html`<p class="muted">No votes yet.</p>`
              : html`<ol>${board.top.map((r) => html`<li><a href="/dashboard/guilds/${g.guild.id}/votes?member=${r.userId}">${r.userId}</a> — ${r.votes} vote${r.votes === 1 ? '' : 's'}</li>`)}</ol>`
          }</section>`;
        })}</div>`,
      ),
    );
  });

  app.get('/dashboard/guilds/:guildId/stats/chart.svg', async (request, reply) => {
    const g = guildPage(request);
    const period = periodOf(request.query);
    const trends = await getVoteTrends(deps.db, g.guild.id, period, deps.now());
    const svg = voteTrendsSvg({
      title: `Votes per ${trends.unit} ${describePeriod(period)}`,
      unit: trends.unit,
      buckets: trends.buckets,
    });
    return reply.header('cache-control', 'private, max-age=60').type('image/svg+xml').send(svg);
  });
}
