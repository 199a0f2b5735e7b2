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
    const [first] = await db.$queryRaw<{ hour: number | null }[]>`
      SELECT min(hour) AS hour FROM vote_hourly WHERE guild_id = ${guildId}`;
    from = startOfUtcDay(first?.hour != null ? new Date(first.hour * HOUR) : now);
  }
  const to = window.to;
  const unit = bucketUnit(from, to);

  // Per-hour counts (hours since the epoch: UTC whatever the session's time
  // zone), kept by the reward job in vote_hourly: at most 24 rows a day, from
  // which both the buckets and the busiest hour of day follow, instead of
  // every vote of a busy guild.
  type HourRow = { hour: number; credited: number; adBlocker: number; denied: number };
  const hours = db.$queryRaw<HourRow[]>`
    SELECT hour, credited, ad_blocker AS "adBlocker", denied FROM vote_hourly
    WHERE guild_id = ${guildId} AND hour >= ${Math.floor(from.getTime() / HOUR)}
      AND hour < ${Math.ceil(to.getTime() / HOUR)}
    ORDER BY hour`;

  // A period ends today (tomorrow's midnight), so its voters are the members
  // whose latest planned vote falls on or after its start: an index range of
  // member rows, as for new voters, instead of every vote in the window
  // (250,000 of them for 90 days of bench:dashboard). A latest vote after the
  // end (a sender's clock ahead of ours) falls back to the member's votes.
  const voters = db.$queryRaw<{ unique: number }[]>`
    SELECT count(*)::int AS unique FROM member m
    WHERE m.guild_id = ${guildId} AND m.latest_vote_at >= ${utc(from)}
      AND (m.latest_vote_at < ${utc(to)} OR EXISTS (
        SELECT 1 FROM vote v WHERE v.guild_id = m.guild_id AND v.user_id = m.user_id
          AND v.planned_at IS NOT NULL AND v.voted_at >= ${utc(from)} AND v.voted_at < ${utc(to)}))`;
  // A voter is new when their first vote in this guild falls in the period;
  // the reward job keeps that first vote on the member row, so this is an
  // index range instead of one look-up per voter into the votes.
  const newVoters = db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM member
    WHERE guild_id = ${guildId} AND first_vote_at >= ${utc(from)} AND first_vote_at < ${utc(to)}`;

  const previous = window.previous ? countVotes(db, guildId, window.previous) : Promise.resolve(null);

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
    previousTotal: previousRows,
  };
}

const HOUR = 3_600_000;

/**
 * Adds the votes `filter` selects to the guilds' hourly counts (vote_hourly).
 * The reward job runs it for each vote it plans (exactly once per vote); the
 * hour is epoch arithmetic, so the session's time zone does not matter.
 */
export function rollUpVotes(filter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO vote_hourly (guild_id, hour, credited, ad_blocker, denied)
    SELECT guild_id, floor(extract(epoch FROM voted_at) / 3600)::int,
           count(*) FILTER (WHERE credits_awarded AND NOT ad_blocker),
           count(*) FILTER (WHERE ad_blocker),
           count(*) FILTER (WHERE NOT credits_awarded AND NOT ad_blocker)
    FROM vote WHERE ${filter}
    GROUP BY 1, 2
    ON CONFLICT (guild_id, hour) DO UPDATE SET credited = vote_hourly.credited + EXCLUDED.credited,
      ad_blocker = vote_hourly.ad_blocker + EXCLUDED.ad_blocker, denied = vote_hourly.denied + EXCLUDED.denied`;
}

/**
 * A guild's planned votes in [from, to): whole hours from vote_hourly, and
 * the part-hours at either end (the previous period ends at the time of day
 * it is now) from the votes themselves, counted as vote_hourly counts them.
 */
async function countVotes(db: Db, guildId: string, range: { from: Date; to: Date }): Promise<number> {
  const firstHour = Math.ceil(range.from.getTime() / HOUR);
  const endHour = Math.max(firstHour, Math.floor(range.to.getTime() / HOUR));
  const headEnd = new Date(Math.min(firstHour * HOUR, range.to.getTime()));
  const tailStart = new Date(Math.max(endHour * HOUR, range.from.getTime()));
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT (SELECT coalesce(sum(credited + ad_blocker + denied), 0) FROM vote_hourly
            WHERE guild_id = ${guildId} AND hour >= ${firstHour} AND hour < ${endHour})::int
         + (SELECT count(*) FROM vote
            WHERE guild_id = ${guildId} AND planned_at IS NOT NULL
              AND ((voted_at >= ${utc(range.from)} AND voted_at < ${utc(headEnd)})
                OR (voted_at >= ${utc(tailStart)} AND voted_at < ${utc(range.to)})))::int AS count`;
  return row?.count ?? 0;
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
