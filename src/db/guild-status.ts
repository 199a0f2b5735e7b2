import { effectStatus, fixableStatuses, openStatuses } from '../domain/effects.js';
import type { Db } from './client.js';

/**
 * The activity /setup status and the dashboard show: the last vote, today's,
 * and the rewards still owed. Votes are read by their time (voted_at), which
 * the (guild_id, voted_at, ...) index covers: with a million votes, reading
 * them by arrival time scanned them all (bench:dashboard). The ledger counts
 * use the (guild_id, status) index.
 */
export async function getGuildActivity(db: Db, guildId: string, now: Date) {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [lastVote, today, pending, notGiven, deadLetters] = await Promise.all([
    db.vote.findFirst({ where: { guildId }, orderBy: { votedAt: 'desc' }, select: { votedAt: true } }),
    db.vote.count({ where: { guildId, votedAt: { gte: midnight } } }),
    db.rewardEffect.count({
      where: { guildId, status: { in: [...openStatuses, effectStatus.pendingMember] } },
    }),
    db.rewardEffect.count({ where: { guildId, status: { in: [...fixableStatuses] } } }),
    guildDeadLetters(db, guildId),
  ]);
  return {
    lastVoteAt: lastVote?.votedAt ?? null,
    votesToday: today,
    pending,
    notGiven,
    deadLetters: deadLetters.length,
  };
}

/** The guild's vote rewards that used up their retries and were not replayed yet. */
export async function guildDeadLetters(db: Db, guildId: string): Promise<{ id: bigint; voteId: bigint }[]> {
  return db.$queryRaw<{ id: bigint; voteId: bigint }[]>`
    SELECT d.id, v.id AS "voteId" FROM dead_letter d
    JOIN vote v ON v.id = CASE WHEN d.data->>'voteId' ~ '^[0-9]{1,18}$' THEN (d.data->>'voteId')::bigint END
    WHERE d.replayed_at IS NULL AND d.queue = 'vote.reward' AND v.guild_id = ${guildId}`;
}

/**
 * What became of these ledger rows, once none is still to do (or `untilMs`
 * has passed): how many were given, and why the others were not.
 */
export async function settledOutcomes(db: Db, where: { ids: bigint[]; voteIds: bigint[] }, untilMs: number) {
  const filter = {
    OR: [{ id: { in: where.ids } }, { voteId: { in: where.voteIds }, status: { not: effectStatus.done } }],
  };
  const deadline = Date.now() + untilMs;
  for (;;) {
    const rows = await db.rewardEffect.findMany({
      where: filter,
      select: { kind: true, status: true, detail: true, roleId: true, channelId: true },
    });
    const open = rows.filter((r) => openStatuses.includes(r.status));
    if (open.length === 0 || Date.now() >= deadline) {
      return {
        given: rows.filter((r) => r.status === effectStatus.done).length,
        waiting: open.length + rows.filter((r) => r.status === effectStatus.pendingMember).length,
        notGiven: rows.filter(
          (r) =>
            !openStatuses.includes(r.status) &&
            r.status !== effectStatus.done &&
            r.status !== effectStatus.pendingMember,
        ),
      };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
