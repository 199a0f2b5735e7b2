import type { FastifyInstance } from 'fastify';
import { decodeCursor, encodeCursor, voteLogPage } from '../../db/vote-log.js';
import { effectStatus, fixableStatuses, openStatuses } from '../../domain/effects.js';
import { isSnowflake } from '../../domain/snowflake.js';
import { html } from '../html.js';
import { page } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { guildPage } from './guild.js';

const pageSize = 25;

/** A ledger status as the vote log shows it, with its colour class. */
function outcome(status: string): { label: string; css: string } {
  if (status === effectStatus.done) return { label: 'given', css: 'status-done' };
  if ((openStatuses as string[]).includes(status)) return { label: 'in progress', css: 'status-open' };
  if (status === effectStatus.pendingMember)
    return { label: 'waits for the member to join', css: 'status-open' };
  if ((fixableStatuses as string[]).includes(status))
    return { label: `not given (${status.replace(/_/g, ' ')})`, css: 'status-failed' };
  return { label: status.replace(/_/g, ' '), css: 'muted' };
}

/** GET /dashboard/guilds/<id>/votes[?member=<id>][&before=<cursor>]: the vote log, newest first. */
export function registerVotesRoute(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  app.get('/dashboard/guilds/:guildId/votes', async (request, reply) => {
    const g = guildPage(request);
    const query = request.query as { member?: string; before?: string };
    const member = query.member?.trim() ?? '';
    const badMember = member !== '' && !isSnowflake(member);
    const { votes, next } = badMember
      ? { votes: [], next: null }
      : await voteLogPage(deps.db, {
          guildId: g.guild.id,
          ...(member ? { userId: member } : {}),
          ...(decodeCursor(query.before) ? { before: decodeCursor(query.before) } : {}),
          limit: pageSize,
        });
    const base = `/dashboard/guilds/${g.guild.id}/votes`;
    const nextUrl = next
      ? `${base}?${new URLSearchParams({ ...(member ? { member } : {}), before: encodeCursor(next) })}`
      : null;
    return sendPage(
      reply,
      page(
        g.frame('votes', 'Vote log'),
        html`<h1>Vote log</h1>
<form method="get" action="${base}" class="card">
<label for="member">Member<span class="hint">a member’s Discord ID, to see only their votes</span></label>
<input type="text" id="member" name="member" value="${member}" inputmode="numeric" autocomplete="off" maxlength="20">
<button type="submit">Filter</button>${member ? html` <a class="button secondary" href="${base}">Show everyone</a>` : ''}
</form>
${badMember ? html`<div class="notice bad" role="alert">A member ID is 17 to 20 digits.</div>` : ''}
${
  votes.length === 0
    ? html`<p>No votes${member ? ' from this member' : ''}${query.before ? ' before these' : ''} yet.</p>`
    : html`<div class="table"><table>
<caption class="muted">Newest first${member ? `, member ${member}` : ''}</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Member</th><th scope="col">Vote</th><th scope="col">Rewards and their outcome</th></tr></thead>
<tbody>${votes.map(
        (v) => html`<tr>
<td>${v.votedAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
<td><a href="${base}?member=${v.userId}">${v.userId}</a></td>
<td>${v.creditsAwarded ? 'credited' : `not credited${v.creditDenialReason ? `: ${v.creditDenialReason}` : ''}`}${v.adBlocker ? ' · ad blocker' : ''}</td>
<td>${
          v.botNotInGuild
            ? 'not rewarded: the bot was not in the server'
            : v.effects.length === 0
              ? html`<span class="muted">none yet</span>`
              : html`<ul>${v.effects.map((e) => {
                  const o = outcome(e.status);
                  const what = e.roleId
                    ? html`role ${g.text(`<@&${e.roleId}>`)}`
                    : e.amount !== null
                      ? `${e.kind} ${e.amount}`
                      : e.kind;
                  return html`<li>${what}: <span class="${o.css}">${o.label}</span>${e.detail && o.css !== 'status-done' ? html` <span class="muted">— ${e.detail}</span>` : ''}</li>`;
                })}</ul>`
        }</td></tr>`,
      )}</tbody></table></div>`
}
${nextUrl ? html`<p><a class="button secondary" href="${nextUrl}" rel="next">Older votes</a></p>` : ''}
<form method="get" action="/dashboard/guilds/${g.guild.id}/export.csv" class="card">
<h2>Export</h2>
<label for="period">Period<span class="hint">every vote of the period as CSV, oldest first, with the rewards given</span></label>
<select id="period" name="period"><option value="7d">Last 7 days</option><option value="30d">Last 30 days</option><option value="90d">Last 90 days</option><option value="all" selected>All time</option></select>
<button type="submit">Download CSV</button>
</form>`,
      ),
    );
  });
}
