import { periodKeys } from '../domain/periods.js';
import type { Db } from './client.js';

export interface MemberVoteStats {
  votes: number;
  currentStreak: number;
  bestStreak: number;
  lastVoteAt: Date | null;
  balance: bigint;
  /** The month (UTC, 'YYYY-MM') streak protection was used in, and when. */
  protectedMonth: string | null;
  protectedAt: Date | null;
}

/**
 * A member's votes that earned nothing (Rankly did not credit them, and the
 * guild rewards such votes with nothing), and Rankly's reasons: what
 * /votes show says to a member who voted but has no counted vote.
 */
export async function getUncreditedVotes(
  db: Db,
  guildId: string,
  userId: string,
): Promise<{ count: number; reasons: string[] }> {
  const [row] = await db.$queryRaw<{ count: number; reasons: (string | null)[] | null }[]>`
    SELECT count(*)::int AS count, array_agg(DISTINCT credit_denial_reason) AS reasons
    FROM vote WHERE user_id = ${userId} AND guild_id = ${guildId} AND counted = false AND planned_at IS NOT NULL`;
  return {
    count: row?.count ?? 0,
    reasons: (row?.reasons ?? []).filter((r): r is string => Boolean(r)).slice(0, 3),
  };
}

/**
 * A member's votes in a guild. Votes that earned something count (as in
 * the reward matrix: a denied vote is acknowledged, not counted); the
 * reward job keeps the counters on the member row, so this is one lookup.
 */
export async function getMemberVoteStats(db: Db, guildId: string, userId: string): Promise<MemberVoteStats> {
  const member = await db.member.findUnique({ where: { guildId_userId: { guildId, userId } } });
  return {
    votes: member?.totalVotes ?? 0,
    currentStreak: member?.currentStreak ?? 0,
    bestStreak: member?.bestStreak ?? 0,
    lastVoteAt: member?.lastVoteAt ?? null,
    balance: member?.balance ?? 0n,
    protectedMonth: member?.protectedMonth ?? null,
    protectedAt: member?.protectedAt ?? null,
  };
}

export interface LeaderboardRow {
  userId: string;
  votes: number;
  rank: number;
}

export type LeaderboardPeriod = 'week' | 'month' | 'all';

/**
 * The top voters of a guild in this calendar week or month (UTC) or of all
 * time, by counted votes (ties share a rank), and the caller's own row.
 * Reads kept counters (vote_tally, member.total_votes) through their
 * (guild, period, votes) indexes: the top is an index range, and a rank is
 * one plus the number of entries with more votes.
 */
export async function getLeaderboard(
  db: Db,
  guildId: string,
  period: LeaderboardPeriod,
  callerId: string,
  opts: { now?: Date; limit?: number } = {},
): Promise<{ top: LeaderboardRow[]; caller: LeaderboardRow | null }> {
  const limit = opts.limit ?? 10;
  type Row = { userId: string; votes: number; rank: bigint };
  let rows: Row[];
  if (period === 'all') {
    rows = await db.$queryRaw<Row[]>`
      SELECT p.user_id AS "userId", p.votes,
             1 + (SELECT count(*) FROM member b WHERE b.guild_id = ${guildId} AND b.total_votes > p.votes) AS rank
      FROM (
        (SELECT user_id, total_votes AS votes FROM member
         WHERE guild_id = ${guildId} AND total_votes > 0 ORDER BY total_votes DESC, user_id LIMIT ${limit})
        UNION
        (SELECT user_id, total_votes FROM member WHERE guild_id = ${guildId} AND user_id = ${callerId} AND total_votes > 0)
      ) p
      ORDER BY p.votes DESC, p.user_id`;
  } else {
    const key = periodKeys(opts.now ?? new Date())[period];
    rows = await db.$queryRaw<Row[]>`
      SELECT p.user_id AS "userId", p.votes,
             1 + (SELECT count(*) FROM vote_tally b
                  WHERE b.guild_id = ${guildId} AND b.period = ${key} AND b.votes > p.votes) AS rank
      FROM (
        (SELECT user_id, votes FROM vote_tally
         WHERE guild_id = ${guildId} AND period = ${key} ORDER BY votes DESC, user_id LIMIT ${limit})
        UNION
        (SELECT user_id, votes FROM vote_tally WHERE guild_id = ${guildId} AND period = ${key} AND user_id = ${callerId})
      ) p
      ORDER BY p.votes DESC, p.user_id`;
  }
  const all = rows.map((r) => ({ userId: r.userId, votes: Number(r.votes), rank: Number(r.rank) }));
  const top = all.filter((_, i) => i < limit);
  return { top, caller: all.find((r) => r.userId === callerId) ?? null };
}

/**
 * A guild's counted votes of all time and of this calendar month (UTC):
 * the sums of the same kept counters the leaderboards read (member.total_votes,
 * vote_tally), so the totals and the boards never disagree.
 */
export async function getVoteTotals(
  db: Db,
  guildId: string,
  now: Date,
): Promise<{ allTime: number; thisMonth: number }> {
  const month = periodKeys(now).month;
  const [row] = await db.$queryRaw<{ allTime: number; thisMonth: number }[]>`
    SELECT (SELECT COALESCE(SUM(total_votes), 0)::int FROM member WHERE guild_id = ${guildId}) AS "allTime",
           (SELECT COALESCE(SUM(votes), 0)::int FROM vote_tally
            WHERE guild_id = ${guildId} AND period = ${month}) AS "thisMonth"`;
  return { allTime: row?.allTime ?? 0, thisMonth: row?.thisMonth ?? 0 };
}
