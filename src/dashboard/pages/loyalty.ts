import { goalField } from '../../../commands/goal-view.js';
import type { ShopItem } from '../../db/generated/client.js';
import type { GoalProgress } from '../../db/goal.js';
import { settingLimits } from '../../db/settings.js';
import { durationLimits, formatDuration } from '../../domain/duration.js';
import { goalLimits } from '../../domain/goal.js';
import { shopLimits } from '../../domain/shop.js';
import type { Tier, TierCounter } from '../../domain/tiers.js';
import { t } from '../../messages/index.js';
import type { GuildFacts } from '../guild-access.js';
import { type Html, html } from '../html.js';
import { compactDuration } from '../settings-form.js';
import { csrfField } from './layout.js';

/**
 * The loyalty page: the vote tiers and their mode, the shop items, the
 * community goal and the monthly champions. Every change is its own small
 * form (no JavaScript needed), posted to the same rules as /setup tier,
 * shop, goal and champions (routes/guild-loyalty.ts).
 */
export interface LoyaltyView {
  guild: GuildFacts;
  csrfToken: string;
  tiers: Tier[];
  stack: boolean;
  items: ShopItem[];
  currency: string;
  /** The goal and the votes of its current period, as /votes shows them. */
  goal: GoalProgress | null;
  champions: { roleId: string | null; count: number };
  /** Each role's problem as a reward for this member (null: may be chosen), for the role lists. */
  roleProblems: Map<string, string | null>;
  /** The values of a refused add form, shown again. */
  tierForm?: { votes: string; counts: string; roleId: string };
  itemForm?: { name: string; price: string; roleId: string; duration: string; stock: string; limit: string };
  goalForm?: { votes: string; period: string; roleId: string; duration: string; coins: string };
  championsForm?: { roleId: string; count: string };
  plain(message: string): string;
}

export const countLabels: Record<TierCounter, string> = {
  total: 'all votes',
  streak: 'votes in a row (streak)',
  month: 'votes this calendar month (UTC)',
};

const roleName = (v: LoyaltyView, id: string | null) =>
  id ? `@${v.guild.roles.get(id)?.name ?? 'deleted-role'}` : '';

function roleSelect(
  v: LoyaltyView,
  id: string,
  label: string,
  hint: string,
  selected: string,
  /** The label of the empty choice when the role is optional; false: required. */
  none: string | false,
) {
  const roles = [...v.guild.roles.values()]
    .filter((r) => r.id !== v.guild.id)
    .sort((a, b) => b.position - a.position);
  return html`<label for="${id}">${label}<span class="hint">${hint}</span></label>
<select id="${id}" name="roleId"${none ? '' : html` required`}>
<option value="">${none || 'Choose a role'}</option>
${roles.map((r) => {
  const problem = v.roleProblems.get(r.id);
  const note = problem ? `cannot be given: ${v.plain(problem)}` : 'can be given';
  return html`<option value="${r.id}"${selected === r.id ? html` selected` : ''}>@${r.name} (position ${r.position}) — ${note}</option>`;
})}
</select>`;
}

/** A labelled whole-number field, its bounds the db module's (which checks them again). */
const numberField = (
  id: string,
  name: string,
  label: string,
  hint: string,
  value: string,
  limits: { min: number; max: number },
  required = false,
) =>
  html`<div><label for="${id}">${label}<span class="hint">${hint}</span></label>
<input type="number" id="${id}" name="${name}" value="${value}" min="${limits.min}" max="${limits.max}" step="1"${required ? html` required` : ''}></div>`;

const sameRule = 'The same rule as /setup role: no staff powers, below the bot’s and your highest role.';

function tiersCard(v: LoyaltyView): Html {
  const base = `/dashboard/guilds/${v.guild.id}/loyalty`;
  const f = v.tierForm ?? { votes: '', counts: 'total', roleId: '' };
  const { min, max } = settingLimits.tierVotes;
  const rows = v.tiers.map(
    (t) => html`<tr><td>${roleName(v, t.roleId)}</td><td>${t.votes}</td><td>${countLabels[t.counts]}</td>
<td>${v.roleProblems.get(t.roleId) ? html`<span class="bad">cannot be given: ${v.plain(v.roleProblems.get(t.roleId) as string)}</span>` : 'can be given'}</td>
<td><form method="post" action="${base}/tiers/remove">${csrfField(v.csrfToken)}<input type="hidden" name="roleId" value="${t.roleId}">
<button type="submit" class="secondary" aria-label="Remove the tier ${roleName(v, t.roleId)}">Remove</button></form></td></tr>`,
  );
  const option = (value: TierCounter) =>
    html`<option value="${value}"${f.counts === value ? html` selected` : ''}>${countLabels[value]}</option>`;
  return html`<section class="card" aria-labelledby="l-tiers"><h2 id="l-tiers">Vote tiers</h2>
<p class="muted">Roles for members who reach a number of votes, as <code>/setup tier</code> sets them.</p>
${
  v.tiers.length
    ? html`<table aria-label="Vote tiers"><thead><tr><th scope="col">Role</th><th scope="col">Votes</th><th scope="col">Counts</th><th scope="col">Can the bot give it</th><th scope="col">Remove</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p>This server has no vote tiers yet.</p>`
}
<form method="post" action="${base}/tiers/mode">${csrfField(v.csrfToken)}
<fieldset><legend>Mode</legend>
<label class="check"><input type="radio" name="mode" value="replace"${v.stack ? '' : html` checked`}> Replace: members hold only the highest tier reached on each count (default)</label>
<label class="check"><input type="radio" name="mode" value="stack"${v.stack ? html` checked` : ''}> Stack: members keep every tier role they reach</label>
</fieldset>
<button type="submit" class="secondary">Save mode</button></form>
<h3>Add a tier</h3>
<form method="post" action="${base}/tiers">${csrfField(v.csrfToken)}
<div class="row">
${numberField('tierVotes', 'votes', 'Votes', `${min} to ${max.toLocaleString('en-US')}`, f.votes, settingLimits.tierVotes, true)}
<div><label for="tierCounts">Which votes count</label>
<select id="tierCounts" name="counts">${option('total')}${option('streak')}${option('month')}</select></div>
</div>
${roleSelect(v, 'tierRole', 'Tier role', `${sameRule} A role already a tier gets the new votes.`, f.roleId, false)}
<button type="submit">Add tier</button>
</form></section>`;
}

function shopCard(v: LoyaltyView): Html {
  const base = `/dashboard/guilds/${v.guild.id}/loyalty`;
  const f = v.itemForm ?? { name: '', price: '', roleId: '', duration: '', stock: '', limit: '' };
  const rows = v.items.map(
    (
      i,
    ) => html`<tr><td>${i.name}</td><td>${i.price} ${v.currency}</td><td>${i.roleId ? roleName(v, i.roleId) : 'custom item'}</td>
<td>${i.roleId ? (i.roleSeconds ? formatDuration(i.roleSeconds) : 'for good') : ''}</td>
<td>${i.stock === null ? 'no limit' : `${Math.max(i.stock - i.sold, 0)} of ${i.stock} left`}</td><td>${i.sold}</td>
<td><form method="post" action="${base}/shop/remove">${csrfField(v.csrfToken)}<input type="hidden" name="name" value="${i.name}">
<button type="submit" class="secondary" aria-label="Remove ${i.name}">Remove</button></form></td></tr>`,
  );
  const p = shopLimits;
  return html`<section class="card" aria-labelledby="l-shop"><h2 id="l-shop">Shop items</h2>
<p class="muted">What members buy with their vote currency, as <code>/setup shop</code> sets it. A removed item's purchases stay in the history.</p>
${
  v.items.length
    ? html`<table aria-label="Shop items"><thead><tr><th scope="col">Name</th><th scope="col">Price</th><th scope="col">Role</th><th scope="col">Duration</th><th scope="col">Stock</th><th scope="col">Sold</th><th scope="col">Remove</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p>Nothing is on sale.</p>`
}
<h3>Add an item</h3>
<form method="post" action="${base}/shop">${csrfField(v.csrfToken)}
<div class="row">
<div><label for="itemName">Name<span class="hint">what members see, at most ${p.nameLength.max} characters</span></label>
<input type="text" id="itemName" name="name" value="${f.name}" maxlength="${p.nameLength.max}" required></div>
${numberField('itemPrice', 'price', 'Price', `in ${v.currency}`, f.price, p.price, true)}
</div>
${roleSelect(v, 'itemRole', 'Role it gives', 'optional; the same rule as /setup role', f.roleId, 'None (a custom item: staff hand it out)')}
<div class="row">
<div><label for="itemDuration">Duration<span class="hint">how long the role is kept, e.g. 7d; empty: for good</span></label>
<input type="text" id="itemDuration" name="duration" value="${f.duration}" maxlength="${durationLimits.maxLength}" autocomplete="off"></div>
${numberField('itemStock', 'stock', 'Stock', `how many can be sold in all; empty: no limit`, f.stock, p.stock)}
${numberField('itemLimit', 'limit', 'Per member', `how many one member may hold; empty: no limit`, f.limit, p.perMemberLimit)}
</div>
<button type="submit">Add item</button>
</form></section>`;
}

function goalCard(v: LoyaltyView): Html {
  const base = `/dashboard/guilds/${v.guild.id}/loyalty`;
  const g = v.goal?.goal;
  // A refused form keeps what was typed; otherwise the form shows the goal in effect, so saving changes only what is edited.
  const f = v.goalForm ?? {
    votes: g ? String(g.votes) : '',
    period: g?.period ?? 'month',
    roleId: g?.rewardRoleId ?? '',
    duration: g?.rewardRoleId ? (g.rewardRoleSeconds ? compactDuration(g.rewardRoleSeconds) : 'forever') : '',
    coins: g ? String(g.rewardCoins) : '',
  };
  const period = (value: string, label: string) =>
    html`<option value="${value}"${f.period === value ? html` selected` : ''}>${label}</option>`;
  const l = goalLimits;
  return html`<section class="card" aria-labelledby="l-goal"><h2 id="l-goal">Community goal</h2>
<p class="muted">A server-wide number of votes per calendar week or month (UTC); when it is reached, everyone who voted in it gets the reward. As <code>/setup goal</code> sets it.</p>
${
  v.goal
    ? html`<p>${goalField(v.goal, v.currency)
        .value.split('\n')
        .map((line, i) => html`${i ? html`<br>` : ''}${v.plain(line)}`)}</p>
<form method="post" action="${base}/goal/remove">${csrfField(v.csrfToken)}<button type="submit" class="secondary">Remove goal</button></form>`
    : html`<p>${v.plain(t('goal.none'))}</p>`
}
<h3>${g ? 'Change the goal' : 'Set a goal'}</h3>
<form method="post" action="${base}/goal">${csrfField(v.csrfToken)}
<div class="row">
${numberField('goalVotes', 'votes', 'Goal votes', `the whole server’s, ${l.votes.min} to ${l.votes.max.toLocaleString('en-US')}`, f.votes, l.votes, true)}
<div><label for="goalPeriod">Goal period</label>
<select id="goalPeriod" name="period">${period('week', 'each calendar week (UTC)')}${period('month', 'each calendar month (UTC)')}</select></div>
</div>
${roleSelect(v, 'goalRole', 'Goal reward role', `optional; ${sameRule}`, f.roleId, 'None (no role)')}
<div class="row">
<div><label for="goalDuration">Goal role duration<span class="hint">how long the role is kept, e.g. 7d or "forever"; empty: ${formatDuration(l.defaultRoleSeconds)}</span></label>
<input type="text" id="goalDuration" name="duration" value="${f.duration}" maxlength="${durationLimits.maxLength}" autocomplete="off"></div>
${numberField('goalCoins', 'coins', 'Goal coins', `a bonus in ${v.currency} for everyone who voted; empty: none`, f.coins, l.coins)}
</div>
<button type="submit">Save goal</button>
</form></section>`;
}

function championsCard(v: LoyaltyView): Html {
  const base = `/dashboard/guilds/${v.guild.id}/loyalty`;
  const c = v.champions;
  const f = v.championsForm ?? { roleId: c.roleId ?? '', count: String(c.count) };
  const { min, max } = settingLimits.championCount;
  return html`<section class="card" aria-labelledby="l-champions"><h2 id="l-champions">Monthly champions</h2>
<p class="muted">The top voters of each calendar month (UTC) get a role on the 1st, as <code>/setup champions</code> sets it. Turned on now, this month’s are the first.</p>
<p><strong>Now:</strong> ${
    c.roleId ? `the top ${c.count} voters of each month get ${roleName(v, c.roleId)}.` : 'off.'
  }</p>
${
  c.roleId
    ? html`<form method="post" action="${base}/champions/off">${csrfField(v.csrfToken)}<button type="submit" class="secondary">Turn off champions</button></form>`
    : ''
}
<form method="post" action="${base}/champions">${csrfField(v.csrfToken)}
${roleSelect(v, 'championsRole', 'Champions’ role', sameRule, f.roleId, false)}
${numberField('championsCount', 'count', 'How many top voters', `${min} to ${max}`, f.count, settingLimits.championCount, true)}
<button type="submit">Save champions</button>
</form></section>`;
}

export function loyaltyPage(v: LoyaltyView): Html {
  return html`${tiersCard(v)}${shopCard(v)}${goalCard(v)}${championsCard(v)}`;
}
