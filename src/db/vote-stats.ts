import type { Db } from './client.js';

export interface MemberVoteStats {
  votes: number;
  currentStreak: number;
  bestStreak: number;
  lastVoteAt: Date | null;
  balance: bigint;
}

/** A member's votes in a guild: stored votes, and the counters rewards keep. */
export async function getMemberVoteStats(db: Db, guildId: string, userId: string): Promise<MemberVoteStats> {
  const [votes, member] = await Promise.all([
    db.vote.count({ where: { guildId, userId } }),
    db.member.findUnique({ where: { guildId_userId: { guildId, userId } } }),
  ]);
  return {
    votes,
    currentStreak: member?.currentStreak ?? 0,
    bestStreak: member?.bestStreak ?? 0,
    lastVoteAt: member?.lastVoteAt ?? null,
    balance: member?.balance ?? 0n,
  };
}

export interface LeaderboardRow {
  userId: string;
  votes: number;
  rank: number;
}

/**
 * The top voters of a guild since a moment (null: all time), ranked by
 * stored votes (ties share a rank), and the caller's own row if it has one.
 * One query; the (guild_id, voted_at) index keeps it fast.
 */
export async function getLeaderboard(
  db: Db,
  guildId: string,
  since: Date | null,
  callerId: string,
  limit = 10,
): Promise<{ top: LeaderboardRow[]; caller: LeaderboardRow | null }> {
  const rows = await db.$queryRaw<{ userId: string; votes: bigint; rank: bigint }[]>`
    WITH counts AS (
      SELECT user_id, count(*) AS votes FROM vote
      WHERE guild_id = ${guildId} AND (${since}::timestamptz IS NULL OR voted_at >= ${since}::timestamptz)
      GROUP BY user_id
    ), ranked AS (
      SELECT user_id, votes, rank() OVER (ORDER BY votes DESC) AS rank,
             row_number() OVER (ORDER BY votes DESC, user_id) AS position
      FROM counts
    )
    SELECT user_id AS "userId", votes, rank FROM ranked
    WHERE position <= ${limit} OR user_id = ${callerId}
    ORDER BY position`;
  const all = rows.map((r) => ({ userId: r.userId, votes: Number(r.votes), rank: Number(r.rank) }));
  return { top: all.slice(0, limit), caller: all.find((r) => r.userId === callerId) ?? null };
}
