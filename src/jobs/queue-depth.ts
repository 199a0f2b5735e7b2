import type { Db } from '../db/client.js';
import { queues } from './queues.js';

/**
 * Jobs waiting in each queue: created, or failed and waiting for a retry.
 * One count over pg-boss's partial index of unfinished jobs, run when
 * Prometheus scrapes, so nothing on the webhook path pays for it. Every
 * queue is listed, so an empty one shows 0 rather than vanishing.
 */
export async function queueDepths(db: Db): Promise<Array<{ queue: string; depth: number }>> {
  const rows = await db.$queryRaw<{ name: string; depth: number }[]>`
    SELECT name, count(*)::int AS depth FROM pgboss.job WHERE state < 'active' GROUP BY name`;
  const byName = new Map(rows.map((r) => [r.name, r.depth]));
  return Object.values(queues).map((q) => ({ queue: q.name, depth: byName.get(q.name) ?? 0 }));
}
