/**
 * The placeholders an admin's own DM or announcement text may use, each
 * filled when the message is sent (after the role it mentions was given).
 */
export const templatePlaceholders = {
  user: 'the voter (a mention)',
  streak: 'votes in a row',
  total: 'votes in all',
  reward: 'what this vote earned, e.g. "25 coins and the Voter role"',
  balance: 'the voter’s balance after this vote',
  currency: 'the currency name',
  role: 'the reward role’s name (empty when it was not given)',
  server: 'the server’s name',
  next_vote: 'when the voter can vote again (a Discord timestamp)',
} as const;

export type Placeholder = keyof typeof templatePlaceholders;
export type TemplateValues = Record<Placeholder, string>;

const anyPlaceholder = /\{([^{}\s]{1,40})\}/g;

/** The placeholders in `template` that are not ones the bot fills, in order, once each. */
export function unknownPlaceholders(template: string): string[] {
  const found = [...template.matchAll(anyPlaceholder)].map((m) => m[1] as string);
  return [...new Set(found.filter((name) => !(name in templatePlaceholders)))];
}

/** `{user} {streak} ...`, for help texts and refusals. */
export const placeholderList = Object.keys(templatePlaceholders)
  .map((p) => `{${p}}`)
  .join(' ');

/**
 * Fills the placeholders (values already formatted for the reader); one it
 * does not know is left as typed. The result is cut to Discord's 2,000
 * characters.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const text = template.replace(anyPlaceholder, (whole, name: string) =>
    name in templatePlaceholders ? values[name as Placeholder] : whole,
  );
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}
