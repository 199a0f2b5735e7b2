import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue, MessageKey } from './en.js';
import { en } from './en.js';
import { intlLocale, type Language, languageOf, languages } from './languages.js';

export type { Catalogue, MessageKey } from './en.js';
export { intlLocale, isLanguage, type Language, languageCodes, languageOf, languages } from './languages.js';

/**
 * The message catalogue: every text the bot composes, formatted with ICU
 * plurals and the locale's numbers. `locale` is a Discord locale ('en-US',
 * 'de', 'pt-BR', ...) or one of our language codes; a language without a
 * file, or a key its file lacks, falls back to English.
 */
const compiled = new Map<string, IntlMessageFormat>();

export type MessageValues = Record<string, string | number | bigint>;

/** The text of `key` in `language`, or English's when the language lacks it. */
export function messageText(
  key: MessageKey,
  language: Language,
  messages: Catalogue = languages[language].messages,
): { text: string; language: Language } {
  const own = messages[key];
  return own === undefined ? { text: en[key], language: 'en' } : { text: own, language };
}

export function t(key: MessageKey, values: MessageValues = {}, locale = 'en'): string {
  const { text, language } = messageText(key, languageOf(locale));
  const cacheKey = `${language}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(text, intlLocale(language));
    compiled.set(cacheKey, format);
  }
  // bigint is not a valid ICU argument; balances fit a double for display.
  const args = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
  );
  return String(format.format(args));
}

/** 1,000 in English, 1.000 in German: for numbers outside a message. */
export function formatNumber(n: number | bigint, locale = 'en', options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(n);
}

/** "Dec 12, 2026" in the reader's language (UTC: the bot does not know the reader's time zone). */
export function formatDate(date: Date, locale = 'en', options?: Intl.DateTimeFormatOptions): string {
  const shape = options ?? { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', ...shape }).format(date);
}

/**
 * "in 3 hours", "vor 2 Minuten": the distance from `now` to `date` in its
 * largest whole unit, for texts Discord does not render itself (its `<t:…:R>`
 * timestamps already follow the reader's client).
 */
export function formatRelativeTime(date: Date, now: Date, locale = 'en'): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

/** Every key of the catalogue (for tests that render them all). */
export const messageKeys = Object.keys(en) as MessageKey[];

/**
 * A refusal whose reason is a catalogue text: thrown by the code that holds
 * a rule (db/tiers.ts, db/shop-items.ts), said in the reader's language by
 * whoever answers (/setup, the dashboard). Its `message` is the English, for
 * logs and the CLI.
 */
export class CatalogueRefusal extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: MessageValues = {},
  ) {
    super(t(key, values));
  }

  textIn(locale = 'en'): string {
    return t(this.key, this.values, locale);
  }
}
