import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en.js';

export type { MessageKey };

/**
 * The message catalogue: one place for every text with a number in it,
 * formatted with ICU plurals and the locale's numbers. `locale` is a
 * Discord locale ('en-US', 'de', ...); a language without a file, or a key
 * a file lacks, falls back to English.
 */
const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en };

const compiled = new Map<string, IntlMessageFormat>();

export type MessageValues = Record<string, string | number | bigint>;

export function t(key: MessageKey, values: MessageValues = {}, locale = 'en'): string {
  const language = locale.split('-')[0] ?? 'en';
  const [lang, text] =
    catalogues[language]?.[key] !== undefined
      ? [language, catalogues[language]?.[key] as string]
      : ['en', en[key]];
  const cacheKey = `${lang}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(text, lang);
    compiled.set(cacheKey, format);
  }
  // bigint is not a valid ICU argument; balances fit a double for display.
  const args = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
  );
  return String(format.format(args));
}

/** 1,000 in English, 1.000 in German: for numbers outside a message. */
export function formatNumber(n: number | bigint, locale = 'en'): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Every key of the catalogue (for tests that render them all). */
export const messageKeys = Object.keys(en) as MessageKey[];
