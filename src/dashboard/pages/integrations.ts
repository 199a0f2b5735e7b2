import type { EconomyBalance, EconomyMode, economyPayments } from '../../db/economy.js';
import { type EndpointSummary, maxEndpointsPerGuild } from '../../db/event-endpoints.js';
import { applicationsUrl } from '../../economy/connect.js';
import { t } from '../../messages/index.js';
import type { GuildFacts } from '../guild-access.js';
import { type Html, html } from '../html.js';
import { csrfField } from './layout.js';

/**
 * The Integrations page: the guild's UnbelievaBoat economy and its outbound
 * event endpoints, as /setup economy and /setup events set them
 * (routes/guild-integrations.ts). Neither the UnbelievaBoat token nor an
 * endpoint's signing secret is ever written into this page: the token is
 * only said to be set, and a new signing secret is shown by the route, once.
 */
export interface IntegrationsView {
  guild: GuildFacts;
  csrfToken: string;
  economy: {
    on: boolean;
    balance: EconomyBalance;
    mode: EconomyMode;
    /** The bot has ENCRYPTION_KEY: without it no token can be stored or read. */
    keySet: boolean;
    payments: Awaited<ReturnType<typeof economyPayments>>;
  };
  endpoints: EndpointSummary[];
  /** The choices of a refused economy form, shown again: never its token. */
  economyForm?: { balance: string; mode: string };
  /** The URL of a refused endpoint form, shown again. */
  endpointForm?: { url: string };
}

export const balanceLabels: Record<EconomyBalance, string> = {
  cash: 'Cash balance',
  bank: 'Bank balance',
};

export const modeLabels: Record<EconomyMode, string> = {
  instead: t('command.setup.economy.mode.choice.instead'),
  also: t('command.setup.economy.mode.choice.also'),
};

function options<K extends string>(labels: Record<K, string>, selected: string): Html[] {
  return (Object.keys(labels) as K[]).map(
    (value) =>
      html`<option value="${value}"${selected === value ? html` selected` : ''}>${labels[value]}</option>`,
  );
}

function economyCard(v: IntegrationsView): Html {
  const base = `/dashboard/guilds/${v.guild.id}/integrations`;
  const e = v.economy;
  const p = e.payments;
  const f = v.economyForm ?? { balance: e.balance, mode: e.mode };
  return html`<section class="card" aria-labelledby="i-economy"><h2 id="i-economy">Economy (UnbelievaBoat)</h2>
<p class="muted">Vote currency paid into each voter’s UnbelievaBoat balance, as <code>/setup economy</code> sets it.</p>
${
  e.keySet
    ? ''
    : html`<div class="notice bad" role="alert">The bot has no <code>ENCRYPTION_KEY</code>, so an UnbelievaBoat token can be neither stored nor used: ask the bot’s operator to set it.</div>`
}
<dl class="facts">
<div><dt>UnbelievaBoat</dt><dd>${e.on ? 'On: a token is set (stored encrypted, never shown)' : 'Off: no token is set, vote currency goes to the built-in balance'}</dd></div>
${e.on ? html`<div><dt>Paid into</dt><dd>${balanceLabels[e.balance]}</dd></div><div><dt>Mode</dt><dd>${modeLabels[e.mode]}</dd></div>` : ''}
</dl>
<dl class="facts" aria-label="UnbelievaBoat payments">
<div><dt>Paid</dt><dd>${p.paid}</dd></div>
<div><dt>Pending</dt><dd>${p.pending}</dd></div>
<div><dt>Failed</dt><dd>${p.failed}</dd></div>
<div><dt>Unknown outcome</dt><dd>${p.unknown}<span class="hint">never sent again: check the member’s balance in UnbelievaBoat</span></dd></div>
<div><dt>Last problem</dt><dd>${p.lastProblem ? html`<q>${p.lastProblem}</q>` : 'none'}</dd></div>
</dl>
<h3>${e.on ? 'Change it' : 'Turn it on'}</h3>
<form method="post" action="${base}/economy">${csrfField(v.csrfToken)}
<label for="economyToken">UnbelievaBoat API token<span class="hint">From your application on ${applicationsUrl}, authorized for this server. Needed each time: it is checked with UnbelievaBoat before anything is saved, then stored encrypted and never shown again.</span></label>
<input type="password" id="economyToken" name="token" autocomplete="off" maxlength="500" required>
<div class="row">
<div><label for="economyBalance">Pay into</label>
<select id="economyBalance" name="balance">${options(balanceLabels, f.balance)}</select></div>
<div><label for="economyMode">Mode</label>
<select id="economyMode" name="mode">${options(modeLabels, f.mode)}</select></div>
</div>
<button type="submit">${e.on ? 'Check the token and save' : 'Check the token and turn on'}</button>
</form>
${
  e.on
    ? html`<form method="post" action="${base}/economy/off">${csrfField(v.csrfToken)}
<button type="submit" class="secondary">Turn off</button> <span class="muted">The token is deleted; vote currency goes back to the built-in balance.</span></form>`
    : ''
}
</section>`;
}

function eventsCard(v: IntegrationsView): Html {
  const base = `/dashboard/guilds/${v.guild.id}/integrations`;
  const f = v.endpointForm ?? { url: '' };
  const rows = v.endpoints.map(
    (
      s,
    ) => html`<tr><td><code>${s.url}</code></td><td>${s.delivered}</td><td>${s.pending}</td><td>${s.failed}</td>
<td>${s.lastError ? html`<q>${s.lastError}</q>` : 'none'}</td>
<td><form method="post" action="${base}/events/remove">${csrfField(v.csrfToken)}<input type="hidden" name="url" value="${s.url}">
<button type="submit" class="secondary" aria-label="Remove ${s.url}">Remove</button></form></td></tr>`,
  );
  return html`<section class="card" aria-labelledby="i-events"><h2 id="i-events">Outbound events</h2>
<p class="muted">Your own HTTPS endpoints that receive this server’s events (vote.received, vote.rewarded, premium.changed), signed the Standard Webhooks way, as <code>/setup events</code> sets them. ${t('events.max', { n: maxEndpointsPerGuild })}</p>
${
  v.endpoints.length
    ? html`<div class="table"><table aria-label="Event endpoints"><thead><tr><th scope="col">Endpoint</th><th scope="col">Delivered</th><th scope="col">Pending</th><th scope="col">Failed</th><th scope="col">Last problem</th><th scope="col">Remove</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<form method="post" action="${base}/events/replay">${csrfField(v.csrfToken)}
<button type="submit" class="secondary">Send failed deliveries again</button></form>`
    : html`<p>No endpoint receives this server’s events.</p>`
}
<h3>Add an endpoint</h3>
<form method="post" action="${base}/events">${csrfField(v.csrfToken)}
<label for="endpointUrl">Endpoint URL<span class="hint">https://…, at most 500 characters. The same URL again makes a new signing secret for it.</span></label>
<input type="url" id="endpointUrl" name="url" value="${f.url}" maxlength="500" placeholder="https://" required>
<button type="submit">Add endpoint</button>
</form></section>`;
}

export function integrationsPage(v: IntegrationsView): Html {
  return html`${economyCard(v)}${eventsCard(v)}`;
}
