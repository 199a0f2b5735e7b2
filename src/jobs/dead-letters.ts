import type { Db } from '../db/client.js';
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
    if (!key) continue;
    // Mark first: two operators replaying at once send it only once.
    const claimed = await db.deadLetter.updateMany({
      where: { id: letter.id, replayedAt: null },
      data: { replayedAt: new Date() },
    });
    if (claimed.count === 0) continue;
    // biome-ignore lint/suspicious/noExplicitAny: payload was validated when first sent.
    await queue.send(key, letter.data as any);
    replayed++;
  }
  return replayed;
}
