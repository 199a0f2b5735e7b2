import { type Db, sqlRunnerFor } from '../db/client.js';
import { effectStatus, fixableStatuses, rewardEffectKind } from '../domain/effects.js';
import type { JobQueue } from './boss.js';
import { type QueueKey, queues } from './queues.js';

export async function listDeadLetters(db: Db, opts: { includeReplayed?: boolean } = {}) {
  return db.deadLetter.findMany({
    where: opts.includeReplayed ? {} : { replayedAt: null },
    orderBy: { id: 'asc' },
  });
}

/**
 * Sends dead-lettered jobs back to their queue with a fresh set of retries.
 * Handlers read current state from the database, so a replay redoes only
 * what is still undone.
 */
export async function replayDeadLetters(db: Db, queue: JobQueue, ids: bigint[] | 'all'): Promise<number> {
  const letters = await db.deadLetter.findMany({
    where: { replayedAt: null, ...(ids === 'all' ? {} : { id: { in: ids } }) },
    orderBy: { id: 'asc' },
  });
  const keyByName = new Map(Object.entries(queues).map(([key, q]) => [q.name as string, key as QueueKey]));
  let replayed = 0;
  for (const letter of letters) {
    const key = keyByName.get(letter.queue);
    // A payload its queue refuses (it was dead-lettered for that) can never
    // run: it stays listed, and does not stop the others from being replayed.
    if (!key || !queues[key].payload.safeParse(letter.data).success) continue;
    // Mark and send in one transaction: two operators replaying at once send
    // it once, and a failed send leaves it unreplayed.
    const sent = await db.$transaction(async (tx) => {
      const claimed = await tx.deadLetter.updateMany({
        where: { id: letter.id, replayedAt: null },
        data: { replayedAt: new Date() },
      });
      if (claimed.count === 0) return false;
      // biome-ignore lint/suspicious/noExplicitAny: payload was validated when first sent.
      await queue.send(key, letter.data as any, { db: sqlRunnerFor(tx) });
      return true;
    });
    if (sent) replayed++;
  }
  return replayed;
}

/**
 * After an admin fixed what Discord refused (missing permissions, a deleted
 * role or channel), tries a guild's refused vote rewards again: their
 * ledger rows go back to 'planned' and their votes' jobs are sent again.
 * A role is given as the guild's reward role is *now* (the admin may have
 * chosen another one since); with no reward role any more, it is skipped.
 * Returns the ledger rows sent again.
 */
export async function retryGuildRewards(db: Db, queue: JobQueue, guildId: string): Promise<bigint[]> {
  return db.$transaction(async (tx) => {
    const config = await tx.guildConfig.findUnique({
      where: { guildId },
      select: { rewardRoleId: true, rewardRoleSeconds: true },
    });
    // The admin says it is fixed: ask Discord again, even if it refused a moment ago.
    await tx.guildConfig.updateMany({ where: { guildId }, data: { roleRefusedUntil: null } });
    const fixable = { guildId, status: { in: [...fixableStatuses] } };
    // Server votes' roles are the guild's reward role; a bot vote's is BOT_VOTE_ROLE_ID's, kept as is.
    const guildRoles = { ...fixable, kind: rewardEffectKind.role, vote: { botId: '' } };
    if (config?.rewardRoleId) {
      await tx.rewardEffect.updateMany({
        where: guildRoles,
        data: { roleId: config.rewardRoleId, roleSeconds: config.rewardRoleSeconds },
      });
    } else {
      await tx.rewardEffect.updateMany({
        where: guildRoles,
        data: { status: effectStatus.skipped, detail: 'the server has no reward role any more' },
      });
    }
    const rows = await tx.rewardEffect.updateManyAndReturn({
      where: fixable,
      data: { status: effectStatus.planned, detail: 'retried by an admin' },
      select: { id: true, voteId: true },
    });
    const voteIds = [...new Set(rows.map((r) => r.voteId))];
    if (voteIds.length === 0) return [];
    await tx.vote.updateMany({ where: { id: { in: voteIds } }, data: { settledAt: null } });
    for (const id of voteIds)
      await queue.send('voteReward', { voteId: id.toString() }, { db: sqlRunnerFor(tx) });
    return rows.map((r) => r.id);
  });
}

/** retryGuildRewards, counting the votes sent again (the CLI's `rewards retry`). */
export async function retryRefusedRewards(db: Db, queue: JobQueue, guildId: string): Promise<number> {
  const ids = await retryGuildRewards(db, queue, guildId);
  if (ids.length === 0) return 0;
  const votes = await db.rewardEffect.findMany({
    where: { id: { in: ids } },
    select: { voteId: true },
    distinct: ['voteId'],
  });
  return votes.length;
}
