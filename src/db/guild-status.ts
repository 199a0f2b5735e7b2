import { effectStatus, fixableStatuses, openStatuses } from '../domain/effects.js';
import type { Db } from './client.js';

/** The activity /setup status shows: the last vote, today's, and the rewards still owed. */
export async function getGuildActivity(db: Db, guildId: string, now: Date) {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [lastVote, today, pending, notGiven, deadLetters] = await Promise.all([
    db.vote.findFirst({ where: { guildId }, orderBy: { receivedAt: 'desc' }, select: { receivedAt: true } }),
    db.vote.count({ where: { guildId, receivedAt: { gte: midnight } } }),
    db.rewardEffect.count({
      where: { guildId, status: { in: [...openStatuses, effectStatus.pendingMember] } },
    }),
    db.rewardEffect.count({ where: { guildId, status: { in: [...fixableStatuses] } } }),
    guildDeadLetterIds(db, guildId),
  ]);
  return {
    lastVoteAt: lastVote?.receivedAt ?? null,
    votesToday: today,
    pending,
    notGiven,
    deadLetters: deadLetters.length,
  };
}

/** The guild's vote rewards that used up their retries and were not replayed yet. */
export async function guildDeadLetterIds(db: Db, guildId: string): Promise<bigint[]> {
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    SELECT d.id FROM dead_letter d JOIN vote v ON d.data->>'voteId' = v.id::text
    WHERE d.replayed_at IS NULL AND d.queue = 'vote.reward' AND v.guild_id = ${guildId}`;
  return rows.map((r) => r.id);
}
