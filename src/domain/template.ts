export interface TemplateValues {
  user: string;
  streak: number;
  total: number;
  reward: string;
  balance?: bigint | number;
  currency?: string;
}

const placeholder = /\{(user|streak|total|reward|balance|currency)\}/g;

/**
 * Fills {user}, {streak}, {total}, {reward}, {balance} and {currency}.
 * Unknown placeholders are left as typed, so an admin sees their mistake.
 * The result is cut to Discord's 2,000-character message limit.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const text = template.replace(placeholder, (_, key: keyof TemplateValues) => String(values[key] ?? ''));
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}
