import { de } from './de.js';
import { type Catalogue, en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ptBR } from './pt-BR.js';
import { tr } from './tr.js';

/**
 * The languages the bot speaks: a language is its catalogue file and one
 * line here. The key is what `/setup language` stores; `discord` lists the
 * Discord locales it serves (the first is also its Intl locale, for numbers,
 * dates and plural rules), so command names and replies reach every client
 * that speaks it.
 */
export const languages = {
  en: { name: 'English', discord: ['en-US', 'en-GB'], messages: en },
  de: { name: 'Deutsch', discord: ['de'], messages: de },
  fr: { name: 'Français', discord: ['fr'], messages: fr },
  es: { name: 'Español', discord: ['es-ES', 'es-419'], messages: es },
  'pt-BR': { name: 'Português (Brasil)', discord: ['pt-BR'], messages: ptBR },
  tr: { name: 'Türkçe', discord: ['tr'], messages: tr },
} as const satisfies Record<string, { name: string; discord: readonly string[]; messages: Catalogue }>;

export type Language = keyof typeof languages;
export const languageCodes = Object.keys(languages) as Language[];

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && Object.hasOwn(languages, code);
}

/**
 * The language for a Discord locale ('de', 'es-419', 'pt-BR', 'en-US') or
 * one of ours: an exact match, else the same base language ('pt' → pt-BR),
 * else English.
 */
export function languageOf(locale: string | null | undefined): Language {
  if (!locale) return 'en';
  if (isLanguage(locale)) return locale;
  const exact = languageCodes.find((code) => (languages[code].discord as readonly string[]).includes(locale));
  if (exact) return exact;
  const base = locale.split('-')[0]?.toLowerCase();
  return languageCodes.find((code) => code.split('-')[0] === base) ?? 'en';
}

/** The Intl locale of a language, for Intl.NumberFormat, DateTimeFormat and plural rules. */
export function intlLocale(locale: string | null | undefined): string {
  return languages[languageOf(locale)].discord[0];
}
