import { type StatsPeriod, type StatsWindow, startOfUtcDay, statsWindow } from '../domain/stats-period.js';
import type { Db } from './client.js';
import { Prisma } from './generated/client.js';

export type BucketUnit = 'day' | 'week' | 'month';

export interface VoteBucket {
  /** Start of the UTC day, ISO week (Monday) or month. */
  start: Date;
  credited: number;
  adBlocker: number;
  denied: number;
}

export interface VoteTrends {
  window: StatsWindow;
  /** The first bucket's start: the period's start, or for "all" the day of the first vote. */
  from: Date;
  unit: BucketUnit;
  /** Every bucket of the window in order, empty ones included. */
  buckets: VoteBucket[];
  total: number;
  credited: number;
  adBlocker: number;
  denied: number;
  uniqueVoters: number;
  /**
   * Voters whose first vote in this guild falls in the period, as far as the
   * reward job has planned their votes (normally seconds after they arrive).
   */
  newVoters: number;
  returningVoters: number;
  /** The UTC hour of day with the most votes (the earliest on a tie); null without votes. */
  busiestHour: { hour: number; votes: number } | null;
  /** Votes in the same stretch of the previous period; null for "all". */
  previousTotal: number | null;
}

/**
 * Votes per day (or week or month, for long "all" periods) and voting
 * patterns of a guild, counted by Postgres: each query is an index-only scan
 * of the window's range of the (guild_id, voted_at, user_id, credits_awarded,
 * ad_blocker) index, and what comes back is at most 24 rows a day plus a few
 * numbers. Credited, ad-blocker and denied follow the reward matrix: an
 * ad-blocker vote counts as ad blocker whatever Rankly credited; denied is
 * "not credited, no ad blocker".
 */
export async function getVoteTrends(
  db: Db,
  guildId: string,
  period: StatsPeriod,
  now: Date,
): Promise<VoteTrends> {
  const window = statsWindow(period, now);
  let from = window.from;
  if (!from) {
    // The day as text: Prisma's pg adapter would read a timestamptz in the session's time zone.
    const [first] = await db.$queryRaw<{ day: string | null }[]>`
      SELECT to_char(min(voted_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM vote WHERE guild_id = ${guildId}`;
    from = first?.day ? new Date(`${first.day}T00:00:00.000Z`) : startOfUtcDay(now);
  }
  const to = window.to;
  const unit = bucketUnit(from, to);

  // Counted per hour since the epoch (UTC by definition, whatever the session's
  // time zone): at most 24 rows a day, from which both the buckets and the
  // busiest hour of day follow. One cheap expression per vote keeps the
  // index-only scan of the window fast; date_trunc with a time zone costs
  // several times more per row.
  type HourRow = { hour: number; credited: number; adBlocker: number; denied: number };
  const hours = db.$queryRaw<HourRow[]>`
    SELECT floor(date_part('epoch', voted_at) / 3600)::int AS hour,
           count(*) FILTER (WHERE credits_awarded AND NOT ad_blocker)::int AS credited,
           count(*) FILTER (WHERE ad_blocker)::int AS "adBlocker",
           count(*) FILTER (WHERE NOT credits_awarded AND NOT ad_blocker)::int AS denied
    FROM vote
    WHERE guild_id = ${guildId} AND voted_at >= ${utc(from)} AND voted_at < ${utc(to)}
    GROUP BY 1 ORDER BY 1`;

  const voters = db.$queryRaw<{ unique: number }[]>`
    SELECT count(*)::int AS unique FROM (
      SELECT DISTINCT user_id FROM vote
      WHERE guild_id = ${guildId} AND voted_at >= ${utc(from)} AND voted_at < ${utc(to)}) v`;
  // A voter is new when their first vote in this guild falls in the period;
  // the reward job keeps that first vote on the member row, so this is an
  // index range instead of one look-up per voter into the votes.
  const newVoters = db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM member
    WHERE guild_id = ${guildId} AND first_vote_at >= ${utc(from)} AND first_vote_at < ${utc(to)}`;

  const previous = window.previous
    ? db.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM vote
        WHERE guild_id = ${guildId} AND voted_at >= ${utc(window.previous.from)} AND voted_at < ${utc(window.previous.to)}`
    : Promise.resolve(null);

  const [hourRows, [voterRow], [newRow], previousRows] = await Promise.all([
    hours,
    voters,
    newVoters,
    previous,
  ]);

  const starts = bucketStarts(from, to, unit);
  const buckets = starts.map((start) => ({ start, credited: 0, adBlocker: 0, denied: 0 }));
  const byHourOfDay = new Array<number>(24).fill(0);
  let i = 0;
  for (const r of hourRows) {
    const at = r.hour * 3_600_000;
    // Rows come in time order: move to the bucket this hour falls in.
    while (i + 1 < buckets.length && (starts[i + 1] as Date).getTime() <= at) i++;
    const bucket = buckets[i] as VoteBucket;
    bucket.credited += r.credited;
    bucket.adBlocker += r.adBlocker;
    bucket.denied += r.denied;
    byHourOfDay[r.hour % 24] = (byHourOfDay[r.hour % 24] as number) + r.credited + r.adBlocker + r.denied;
  }
  const most = Math.max(...byHourOfDay);
  const busiestHour = most > 0 ? { hour: byHourOfDay.indexOf(most), votes: most } : null;
  const sum = (key: 'credited' | 'adBlocker' | 'denied') => buckets.reduce((n, b) => n + b[key], 0);
  const credited = sum('credited');
  const adBlocker = sum('adBlocker');
  const denied = sum('denied');
  const uniqueVoters = voterRow?.unique ?? 0;
  const newCount = newRow?.count ?? 0;
  return {
    window,
    from,
    unit,
    buckets,
    total: credited + adBlocker + denied,
    credited,
    adBlocker,
    denied,
    uniqueVoters,
    newVoters: newCount,
    returningVoters: uniqueVoters - newCount,
    busiestHour,
    previousTotal: previousRows ? (previousRows[0]?.count ?? 0) : null,
  };
}

/**
 * A moment as a query parameter. Prisma's pg adapter sends a Date as a
 * timestamp without time zone, which Postgres reads in the session's
 * TimeZone; an ISO string with its Z, cast to timestamptz, means the same
 * instant whatever that setting is.
 */
export const utc = (at: Date) => Prisma.sql`${at.toISOString()}::timestamptz`;

/** Days up to about four months; weeks up to two years; months beyond, so bars stay readable. */
function bucketUnit(from: Date, to: Date): BucketUnit {
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  if (days <= 120) return 'day';
  if (days <= 730) return 'week';
  return 'month';
}

/** The start of every bucket that overlaps [from, to), as Postgres's date_trunc computes them in UTC. */
export function bucketStarts(from: Date, to: Date, unit: BucketUnit): Date[] {
  const starts: Date[] = [];
  let at = startOfUtcDay(from);
  if (unit === 'week') at = new Date(at.getTime() - ((at.getUTCDay() + 6) % 7) * 86_400_000);
  if (unit === 'month') at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  while (at < to) {
    starts.push(at);
    if (unit === 'day') at = new Date(at.getTime() + 86_400_000);
    else if (unit === 'week') at = new Date(at.getTime() + 7 * 86_400_000);
    else at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  }
  return starts;
}
