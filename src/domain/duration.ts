import { t } from '../messages/index.js';

/** The range every duration an admin sets must fall in: a role for a second, or for ten years, is a typo. */
export const durationLimits = { minSeconds: 60, maxSeconds: 365 * 86_400, maxLength: 32 } as const;

export type ParsedDuration =
  | { ok: true /** null: no limit ("forever"). */; seconds: number | null }
  | { ok: false; problem: string };

const examples = 'Try 12h, 30m, 2d or 1d12h (or "forever")';

/**
 * Parses a duration typed by an admin: "12h", "30m", "2d", "1w", "90s",
 * combinations like "1d12h", or a bare number of hours. "0", "none",
 * "forever" and "permanent" mean no limit. Anything else, and anything
 * outside 1 minute to 365 days, is refused with a sentence saying why.
 */
export function parseDuration(text: string): ParsedDuration {
  const input = text.trim().toLowerCase();
  if (input.length > durationLimits.maxLength) {
    return { ok: false, problem: `That duration is too long to be one. ${examples}.` };
  }
  if (['0', 'none', 'forever', 'permanent', 'never'].includes(input)) return { ok: true, seconds: null };
  const seconds = secondsOf(input);
  if (seconds === undefined) return { ok: false, problem: `"${input}" is not a duration. ${examples}.` };
  if (seconds < durationLimits.minSeconds || seconds > durationLimits.maxSeconds) {
    return {
      ok: false,
      problem: `${formatDuration(seconds)} is outside the allowed range: from 1 minute to 365 days. ${examples}.`,
    };
  }
  return { ok: true, seconds };
}

function secondsOf(input: string): number | undefined {
  if (/^\d{1,6}(\.\d{1,3})?$/.test(input)) return Math.round(Number(input) * 3600);
  const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
  const parts = [...input.matchAll(/(\d{1,9})\s*([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== input.replace(/\s+/g, '')) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * (units[p[2] as string] as number), 0);
}

/** "12 hours", "2 days", "36 hours", "90 seconds": the largest unit that divides it, in the reader's language. */
export function formatDuration(seconds: number, locale = 'en'): string {
  if (seconds % 86_400 === 0) return t('duration.days', { n: seconds / 86_400 }, locale);
  if (seconds % 3_600 === 0) return t('duration.hours', { n: seconds / 3_600 }, locale);
  if (seconds % 60 === 0) return t('duration.minutes', { n: seconds / 60 }, locale);
  return t('duration.seconds', { n: seconds }, locale);
}
