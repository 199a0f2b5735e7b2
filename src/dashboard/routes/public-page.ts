import type { FastifyInstance, FastifyReply } from 'fastify';
import { loadSettings } from '../../db/settings.js';
import { getLeaderboard, getVoteTotals, type LeaderboardRow } from '../../db/vote-stats.js';
import { isSnowflake } from '../../domain/snowflake.js';
import { formatNumber } from '../../messages/index.js';
import { ranklyVoteUrl } from '../../rankly/links.js';
import { html } from '../html.js';
import { page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';

/**
 * A guild's optional public page (guild_config.public_page, off by
 * default): its vote counts and top voters, with a link to vote on Rankly,
 * for anyone, without logging in. Only what members already see in
 * /votes leaderboard: never settings, rewards, the vote log or anything
 * else of the dashboard.
 */
export function registerPublicPageRoute(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;

  // One answer for "off", "never configured" and "not an id", decided
  // before Discord is asked anything: the page cannot tell which guilds
  // use the bot.
  const notHere = (reply: FastifyReply) =>
    sendPage(
      reply,
      page({ title: 'Not found' }, html`<h1>No public page here</h1><p>This server has no public page.</p>`),
      404,
    );

  app.get('/dashboard/public/:guildId', async (request, reply) => {
    const guildId = (request.params as { guildId: string }).guildId;
    if (!isSnowflake(guildId)) return notHere(reply);
    const settings = await loadSettings(deps.db, guildId);
    if (!settings?.publicPage) return notHere(reply);

    const now = deps.now();
    // No caller: the boards' "your rank" row is for signed-in members in Discord.
    const [name, totals, allTime, month] = await Promise.all([
      deps.guildAccess.guildName(guildId).catch((err: unknown) => {
        // The counts do not need Discord: without its answer the page names the guild by id.
        request.log.warn({ err, guildId }, 'public page: guild name unavailable');
        return null;
      }),
      getVoteTotals(deps.db, guildId, now),
      getLeaderboard(deps.db, guildId, 'all', '', { now }),
      getLeaderboard(deps.db, guildId, 'month', '', { now }),
    ]);
    const title = name ?? `Server ${guildId}`;
    const board = (id: string, label: string, rows: LeaderboardRow[]) =>
      html`<section class="card" aria-labelledby="${id}"><h2 id="${id}">${label}</h2>${
        rows.length === 0
          ? html`<p class="muted">No votes yet.</p>`
          : html`<ol>${rows.map((r) => html`<li>${voterName(r.userId)} — ${votes(r.votes)}</li>`)}</ol>`
      }</section>`;
    reply.header('cache-control', 'public, max-age=60');
    return sendPage(
      reply,
      page(
        { title },
        html`<h1>${title}</h1>
<section class="card"><dl class="facts">
<div><dt>Votes, all time</dt><dd id="votes-all">${count(totals.allTime)}</dd></div>
<div><dt>Votes this month</dt><dd id="votes-month">${count(totals.thisMonth)}</dd></div>
</dl>
<p><a class="button" href="${ranklyVoteUrl(guildId, settings.voteUrl)}" rel="noopener">Vote on Rankly</a></p></section>
<div class="row">${board('top-all', 'Top voters, all time', allTime.top)}${board('top-month', 'Top voters this month', month.top)}</div>`,
      ),
    );
  });
}

const count = (n: number) => formatNumber(n);
const votes = (n: number) => `${count(n)} vote${n === 1 ? '' : 's'}`;

/**
 * The bot keeps no Discord usernames (discord_user holds DM state only), so
 * a voter is shown by a part of their id. The last digits, not the first:
 * a snowflake starts with its creation time, so the first digits of most
 * accounts are the same and would not tell the rows apart.
 */
export function voterName(userId: string): string {
  return `User …${userId.slice(-4)}`;
}
