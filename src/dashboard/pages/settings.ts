import { languageCodes, languages } from '../../messages/languages.js';
import { voteUrlMaxLength } from '../../rankly/links.js';
import type { GuildFacts } from '../guild-access.js';
import { type Html, html } from '../html.js';
import type { SettingsForm } from '../settings-form.js';
import { csrfField } from './layout.js';

/**
 * The settings form: every /setup setting, one labelled control each,
 * grouped as /setup groups them. Works without JavaScript: "Preview"
 * submits the form to be shown again with the messages as voters would
 * get them, "Save" saves it.
 */
export interface SettingsView {
  guild: GuildFacts;
  form: SettingsForm;
  csrfToken: string;
  /** Each role's problem as a reward (null: can be given), for the role list. */
  roleProblems: Map<string, string | null>;
  previews: { dm: Html; announcement: Html };
  /** Where the guild's public page is (shown while it is on). */
  publicPageUrl: string;
  plain(message: string): string;
}

function roleSelect(v: SettingsView, name: 'rewardRoleId' | 'premiumRoleId', label: string, hint: string) {
  const roles = [...v.guild.roles.values()]
    .filter((r) => r.id !== v.guild.id)
    .sort((a, b) => b.position - a.position);
  return html`<label for="${name}">${label}<span class="hint">${hint}</span></label>
<select id="${name}" name="${name}">
<option value="">None</option>
${roles.map((r) => {
  const problem = v.roleProblems.get(r.id);
  const note = problem ? `cannot be given: ${v.plain(problem)}` : 'can be given';
  return html`<option value="${r.id}"${v.form[name] === r.id ? html` selected` : ''}>@${r.name} (position ${r.position}) — ${note}</option>`;
})}
</select>`;
}

function channelSelect(
  v: SettingsView,
  name: 'announceChannelId' | 'logChannelId',
  label: string,
  hint: string,
) {
  return html`<label for="${name}">${label}<span class="hint">${hint}</span></label>
<select id="${name}" name="${name}">
<option value="">None</option>
${v.guild.channels.map(
  (c) => html`<option value="${c.id}"${v.form[name] === c.id ? html` selected` : ''}>#${c.name}</option>`,
)}
</select>`;
}

const number = (v: SettingsView, name: keyof SettingsForm, label: string, hint: string, attrs: Html) =>
  html`<div><label for="${name}">${label}<span class="hint">${hint}</span></label>
<input type="number" id="${name}" name="${name}" value="${v.form[name]}" ${attrs}></div>`;

export function settingsForm(v: SettingsView): Html {
  const f = v.form;
  const policy = (value: string, label: string) =>
    html`<option value="${value}"${f.denialPolicy === value ? html` selected` : ''}>${label}</option>`;
  return html`<form method="post" action="/dashboard/guilds/${v.guild.id}/settings" data-preview-url="/dashboard/guilds/${v.guild.id}/settings/preview">
${csrfField(v.csrfToken)}
<section class="card" aria-labelledby="s-role"><h2 id="s-role">Reward role</h2>
${roleSelect(v, 'rewardRoleId', 'Reward role', 'Given to every voter. Roles are listed from the top; the rule is the same as /setup role.')}
<label for="rewardRoleDuration">Role duration<span class="hint">e.g. 12h, 2d or 1d12h (1 minute to 365 days); empty: for good</span></label>
<input type="text" id="rewardRoleDuration" name="rewardRoleDuration" value="${f.rewardRoleDuration}" maxlength="32" autocomplete="off">
</section>
<section class="card" aria-labelledby="s-currency"><h2 id="s-currency">Currency and reward matrix</h2>
<div class="row">
${number(v, 'currencyAmount', 'Currency per vote', '0 to 1,000,000', html`min="0" max="1000000" step="1"`)}
<div><label for="currencyName">Currency name<span class="hint">e.g. coins, or goose/geese</span></label>
<input type="text" id="currencyName" name="currencyName" value="${f.currencyName}" maxlength="32"></div>
${number(v, 'adBlockerPercent', 'Ad-blocker share', 'percent of the reward for votes with an ad blocker', html`min="0" max="100" step="1"`)}
<div><label for="denialPolicy">Other denied votes<span class="hint">votes Rankly did not credit (already voted, captcha, ...)</span></label>
<select id="denialPolicy" name="denialPolicy">${policy('none', 'Nothing')}${policy('reduced', 'The ad-blocker share')}${policy('full', 'The full reward')}</select></div>
</div></section>
<section class="card" aria-labelledby="s-messages"><h2 id="s-messages">Messages</h2>
<label class="check"><input type="checkbox" id="dmEnabled" name="dmEnabled"${f.dmEnabled === 'on' ? html` checked` : ''}> Send voters a thank-you DM</label>
<label for="dmTemplate">DM text<span class="hint">empty: the default. Placeholders: {user} {streak} {total} {reward} {balance} {currency} {role} {server} {next_vote}</span></label>
<textarea id="dmTemplate" name="dmTemplate" maxlength="1500">${f.dmTemplate}</textarea>
<p class="muted">Preview, with your numbers:</p><blockquote id="preview-dm" aria-label="DM preview" aria-live="polite">${v.previews.dm}</blockquote>
${channelSelect(v, 'announceChannelId', 'Announcement channel', 'where each vote is announced; None: not announced')}
<label for="announceTemplate">Announcement text<span class="hint">empty: the default; the same placeholders</span></label>
<textarea id="announceTemplate" name="announceTemplate" maxlength="1500">${f.announceTemplate}</textarea>
<p class="muted">Preview:</p><blockquote id="preview-announcement" aria-label="Announcement preview" aria-live="polite">${v.previews.announcement}</blockquote>
${channelSelect(v, 'logChannelId', 'Log channel', 'test deliveries and problems with rewards are reported here')}
<button type="submit" name="intent" value="preview" class="secondary">Preview messages</button>
</section>
<section class="card" aria-labelledby="s-streaks"><h2 id="s-streaks">Streaks and cooldown</h2><div class="row">
${number(v, 'streakWindowHours', 'Streak window (hours)', 'a vote within this many hours continues the streak', html`min="1" max="720" step="1"`)}
${number(v, 'milestoneEvery', 'Milestone every', 'votes in a row; empty: no milestone', html`min="1" max="1000" step="1"`)}
${number(v, 'milestoneBonus', 'Milestone bonus', 'extra currency at each milestone', html`min="0" max="1000000" step="1"`)}
${number(v, 'voteCooldownHours', 'Vote cooldown (hours)', 'shown in /votes and used by reminders', html`min="1" max="168" step="1"`)}
</div>
<label class="check"><input type="checkbox" id="streakProtection" name="streakProtection"${f.streakProtection === 'on' ? html` checked` : ''}> Streak protection: forgive one missed streak window per member each month (UTC)</label>
</section>
<section class="card" aria-labelledby="s-language"><h2 id="s-language">Language</h2>
<label for="language">Language of DMs and announcements<span class="hint">as /setup language; each member's own replies follow their Discord client</span></label>
<select id="language" name="language">
<option value="">The server’s language in Discord</option>
${languageCodes.map((code) => html`<option value="${code}"${f.language === code ? html` selected` : ''}>${languages[code].name}</option>`)}
</select>
</section>
<section class="card" aria-labelledby="s-premium"><h2 id="s-premium">Premium</h2>
${roleSelect(v, 'premiumRoleId', 'Premium role', 'given to members with Rankly premium; the same role rule')}
${number(v, 'premiumVoteMultiplier', 'Premium vote multiplier', 'e.g. 2 doubles their currency', html`min="0" max="100" step="any"`)}
</section>
<section class="card" aria-labelledby="s-public"><h2 id="s-public">Public page</h2>
<label class="check"><input type="checkbox" id="publicPage" name="publicPage"${f.publicPage === 'on' ? html` checked` : ''}> Show a public page of this server's leaderboards and vote counts</label>
<p class="hint">Anyone with the link sees it, without logging in: vote counts and the top voters, with a link to vote on Rankly. Never settings, rewards or the vote log.</p>
${f.publicPage === 'on' ? html`<p>Public page: <a href="${v.publicPageUrl}"><code>${v.publicPageUrl}</code></a></p>` : ''}
<label for="voteUrl">Vote link<span class="hint">your server's vote page on Rankly, for the page's Vote button; empty: rankly.live/servers/&lt;id&gt;/vote</span></label>
<input type="url" id="voteUrl" name="voteUrl" value="${f.voteUrl}" maxlength="${voteUrlMaxLength}" placeholder="https://rankly.live/…" autocomplete="off">
</section>
<button type="submit" name="intent" value="save">Save settings</button>
</form>
<script src="/dashboard/assets/preview.js" defer></script>`;
}
