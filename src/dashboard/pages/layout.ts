import { type Html, html } from '../html.js';

/** What every page's frame needs: who is signed in (for the logout form) and the page's guild, if any. */
export interface Frame {
  title: string;
  user?: { username: string; csrfToken: string };
  guild?: { id: string; name: string; section: GuildSection };
}

export type GuildSection =
  | 'status'
  | 'settings'
  | 'loyalty'
  | 'webhook'
  | 'integrations'
  | 'votes'
  | 'stats'
  | 'rewards';

const sections: Array<[GuildSection, string, string]> = [
  ['status', 'Status', ''],
  ['settings', 'Settings', '/settings'],
  ['loyalty', 'Loyalty', '/loyalty'],
  ['webhook', 'Webhook', '/webhook'],
  ['integrations', 'Integrations', '/integrations'],
  ['votes', 'Vote log', '/votes'],
  ['stats', 'Stats', '/stats'],
  ['rewards', 'Failed rewards', '/rewards'],
];

/** A hidden field with the session's CSRF token: every form that changes something carries it. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export function page(frame: Frame, body: Html): Html {
  const g = frame.guild;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} · Rankly rewards</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/dashboard">Rankly rewards</a>
  ${
    frame.user
      ? html`<form method="post" action="/dashboard/logout">
    ${csrfField(frame.user.csrfToken)}
    <span class="muted">${frame.user.username}</span>
    <button type="submit" class="secondary">Log out</button>
  </form>`
      : ''
  }
</header>
<main>
${
  g
    ? html`<p class="muted"><a href="/dashboard">Your servers</a> › ${g.name}</p>
<nav aria-label="Server pages"><ul class="guild">${sections.map(
        ([key, label, path]) =>
          html`<li><a href="/dashboard/guilds/${g.id}${path}"${key === g.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
      )}</ul></nav>`
    : ''
}
${body}
</main>
</body>
</html>`;
}

/** A short page that says why something was refused, with a way back. */
export function problemPage(frame: Frame, heading: string, problem: Html | string): Html {
  return page(
    frame,
    html`<h1>${heading}</h1><div class="notice bad" role="alert">${problem}</div><p><a href="/dashboard">Back to your servers</a></p>`,
  );
}
