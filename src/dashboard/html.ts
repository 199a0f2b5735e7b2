/**
 * Server-rendered HTML without a template engine: a tagged template that
 * escapes every interpolated value unless it is already Html. Typed, so a
 * page that forgets to escape does not compile into one that runs a
 * guild's role name as markup; a value is escaped for text and for quoted
 * attributes alike (& < > " ').
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | bigint | boolean | null | undefined | Value[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] as string);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i] as Value) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Markup written by us (never user data): passed through as is. */
export const trusted = (text: string): Html => new Html(text);

/**
 * Discord-flavoured text of the shared messages (the /setup checklist and
 * refusals: `**bold**`, `code`, role and channel mentions) as HTML, with
 * mentions shown by name. Everything else is escaped.
 */
export function discordText(text: string, names: { role(id: string): string; channel(id: string): string }) {
  const parts = text.split(/(<@&\d+>|<#\d+>|<@!?\d+>|\*\*[^*]+\*\*|`[^`]+`)/);
  return new Html(
    parts
      .map((part, i) => {
        if (i % 2 === 0) return escapeHtml(part);
        const role = /^<@&(\d+)>$/.exec(part);
        if (role) return `<span class="mention">@${escapeHtml(names.role(role[1] as string))}</span>`;
        const channel = /^<#(\d+)>$/.exec(part);
        if (channel)
          return `<span class="mention">#${escapeHtml(names.channel(channel[1] as string))}</span>`;
        if (/^<@!?\d+>$/.test(part)) return '<span class="mention">@member</span>';
        if (part.startsWith('**')) return `<strong>${escapeHtml(part.slice(2, -2))}</strong>`;
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      })
      .join(''),
  );
}
