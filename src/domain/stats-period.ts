/**
 * The periods of /votes stats and vote exports, in UTC days.
 *
 * "7d" is today (UTC) and the 6 days before it; it is compared with the 7
 * days before that, up to the same time of day, so a period that is still
 * running is compared with an equally long stretch of the previous one.
 */
export const statsPeriods = ['7d', '30d', '90d', 'all'] as const;
export type StatsPeriod = (typeof statsPeriods)[number];

export const periodDays: Record<Exclude<StatsPeriod, 'all'>, number> = { '7d': 7, '30d': 30, '90d': 90 };

export function isStatsPeriod(text: unknown): text is StatsPeriod {
  return typeof text === 'string' && (statsPeriods as readonly string[]).includes(text);
}

export interface TimeRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

export interface StatsWindow {
  period: StatsPeriod;
  /** null for "all": no lower bound. */
  from: Date | null;
  /** Exclusive: the start of tomorrow (UTC), so every vote of today counts. */
  to: Date;
  /** The stretch of the previous period to compare with; null for "all". */
  previous: TimeRange | null;
}

const DAY = 86_400_000;

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export function statsWindow(period: StatsPeriod, now: Date): StatsWindow {
  const tomorrow = new Date(startOfUtcDay(now).getTime() + DAY);
  if (period === 'all') return { period, from: null, to: tomorrow, previous: null };
  const length = periodDays[period] * DAY;
  const from = new Date(tomorrow.getTime() - length);
  return {
    period,
    from,
    to: tomorrow,
    previous: { from: new Date(from.getTime() - length), to: new Date(now.getTime() - length) },
  };
}

/** Human words for a period, as in "in the last 7 days". */
export function describePeriod(period: StatsPeriod): string {
  return period === 'all' ? 'of all time' : `in the last ${periodDays[period]} days`;
}
